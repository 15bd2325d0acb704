using Soc.Simulation.Abstractions.Budget;
using Soc.Simulation.Abstractions.Employers;
using Soc.Simulation.Abstractions.GrantCall;
using Soc.Simulation.Model.Results;
using Soc.Simulation.Abstractions.Scenarios;
using Soc.Simulation.Abstractions;

namespace Soc.Simulation.Grains.Register;

/// <summary>
/// Decides a register on the cluster: every employer files its own applications through its grain, all at
/// the same time; the call grain decides them in registry order; the books come back from the line grains.
/// </summary>
public static class GrainReplay
{
    public static async Task<(ReplayReport Report, IReadOnlyList<AwardDecision> Decisions)> RunAsync(
        IGrainFactory grains, Scenario scenario, IReadOnlyList<Application> applications, string callId)
    {
        IGrantCallGrain call = grains.GetGrain<IGrantCallGrain>(callId);
        await call.OpenAsync(scenario.Call);
        await Task.WhenAll(applications
            .GroupBy(a => a.EmployerId, StringComparer.Ordinal)
            .Select(hires => grains.GetGrain<IEmployerGrain>(GrainKeys.Child(callId, hires.Key)).ApplyAsync(hires.ToArray().AsImmutable())));

        CallSummary summary = await call.FinishAsync();
        AwardDecision[] decisions = (await call.GetDecisionsAsync()).Value;
        LineLedger[] lines = await Task.WhenAll(scenario.Call.BudgetLines.Select(async l =>
        {
            LedgerMonth[] months = (await grains.GetGrain<IBudgetLineGrain>(GrainKeys.Child(callId, l.Code))
                .GetMonthsAsync(summary.OpenedOn, summary.LastDay)).Value;
            return new LineLedger(l.Code, months);
        }));
        return (ReplayReport.Build(scenario.Name, summary, decisions, lines), decisions);
    }
}
