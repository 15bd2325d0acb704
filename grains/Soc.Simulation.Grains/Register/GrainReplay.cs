using Soc.Simulation.Abstractions;
using Soc.Simulation.Abstractions.GrantCall;
using Soc.Simulation.Abstractions.Scenarios;
using Soc.Simulation.Model.GrantCall;
using Soc.Simulation.Model.Portfolio;
using Soc.Simulation.Model.Results;

namespace Soc.Simulation.Grains.Register;

/// <summary>
/// Decides a register on the cluster: its call's grain, alone. No other call charges the call's lines or grants to its
/// employers, so the call keeps their books itself (a portfolio's calls share them through their grains,
/// <see cref="Portfolio.PortfolioGrain"/>), and decides in registry order exactly as the Model alone does.
/// </summary>
public static class GrainReplay
{
    public static async Task<(ReplayReport Report, IReadOnlyList<AwardDecision> Decisions)> RunAsync(
        IGrainFactory grains, Scenario scenario, IReadOnlyList<Application> applications, string runId)
    {
        IGrantCallGrain call = grains.GetGrain<IGrantCallGrain>(GrainKeys.Child(runId, "call"));
        // The fiscal year a call alone is charged to: the year its filing ends.
        await call.OpenAsync(scenario.Call, scenario.Call.FilingEnd.Year, alone: true);
        await call.RegisterAsync(applications.ToArray().AsImmutable());
        await call.FinishAsync();
        CallResult result = (await call.GetResultAsync("call")).Value;
        Abstractions.Promoters.PromoterPlaces[] promoters = (await call.GetOwnPromotersAsync()).Value;
        await call.CloseAsync();
        ReplayReport report = ReplayReport.Build(scenario.Name, result.Summary, result.Decisions, CallBooks.Lines(scenario.Call, result.Books))
            with { Promoters = promoters, Quotas = QuotaOutcome.Of(scenario.Call, applications, result.Decisions) };
        return (report, result.Decisions);
    }
}
