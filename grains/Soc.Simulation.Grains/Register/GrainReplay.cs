using Soc.Simulation.Abstractions.GrantCall;
using Soc.Simulation.Abstractions.Portfolio;
using Soc.Simulation.Abstractions.Scenarios;
using Soc.Simulation.Model.Portfolio;
using Soc.Simulation.Model.Results;

namespace Soc.Simulation.Grains.Register;

/// <summary>
/// Decides a register on the cluster: the call as a portfolio of one (<see cref="Portfolio.PortfolioGrain"/>), asking the
/// grains of its budget lines and of its employers before its grants count.
/// </summary>
public static class GrainReplay
{
    public static async Task<(ReplayReport Report, IReadOnlyList<AwardDecision> Decisions)> RunAsync(
        IGrainFactory grains, Scenario scenario, IReadOnlyList<Application> applications, string runId)
    {
        Abstractions.Portfolio.Portfolio alone = PortfolioOf(scenario);
        PortfolioResult result = (await grains.GetGrain<IPortfolioGrain>(runId)
            .RunAsync(alone, new[] { new CallRegister(alone.Calls[0].Id, [.. applications]) }.AsImmutable())).Value;
        CallResult call = result.Calls[0];
        return (ReplayReport.Build(scenario.Name, call.Summary, call.Decisions, CallBooks.Lines(scenario.Call, call.Books)) with { Promoters = result.Promoters, Quotas = Model.GrantCall.QuotaOutcome.Of(scenario.Call, applications, call.Decisions) },
            call.Decisions);
    }

    /// <summary>A call alone, charged to the lines of the year its filing ends, which hold its own budget.</summary>
    public static Abstractions.Portfolio.Portfolio PortfolioOf(Scenario scenario) =>
        new(scenario.Name, "", [new PortfolioCall("call", scenario.Name, scenario.Call.FilingEnd.Year, scenario.Call)], []);
}
