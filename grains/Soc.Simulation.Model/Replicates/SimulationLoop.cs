using Soc.Simulation.Abstractions.GrantCall;
using Soc.Simulation.Model.GrantCall;
using Soc.Simulation.Model.Results;
using Soc.Simulation.Abstractions.Simulation;

using Soc.Simulation.Model.Simulation;

namespace Soc.Simulation.Model.Replicates;

/// <summary>
/// One replicate, month by month, in a fixed phase order: arrivals, services and job matching (inside each
/// cohort), then the month's applications go to the call in registry order, then the call decides and pays
/// through the month's last day, then the month's data are collected. Fan-outs are merged by district key.
/// </summary>
public static class SimulationLoop
{
    public static async Task<ReplicateResult> RunAsync(SimulationSetup setup, ISimulationBackend backend)
    {
        var monthly = new MonthlyCounts(setup.TotalMonths);
        var news = new CallNews(setup.CallHasMoney, null);
        for (int month = 0; month < setup.TotalMonths; month++)
        {
            CohortStepReport[] steps = await backend.StepCohortsAsync(month, news);
            Application[] applications = [.. steps.SelectMany(s => s.Applications).OrderBy(a => a, RegistryOrder.Comparer)];
            // I1: the other territories' employers apply to the same call in the same registry order.
            IReadOnlyList<Application> others = setup.OtherTerritoriesByMonth[month];
            DateOnly monthEnd = setup.MonthStarts[month].AddMonths(1).AddDays(-1);
            CallStatus status = await backend.RegisterAndAdvanceAsync(
                others.Count == 0 ? applications : [.. applications.Concat(others).OrderBy(a => a, RegistryOrder.Comparer)], monthEnd);
            // What employers hiring next month can know: the day the call ran out, if it has (H4).
            news = news with { ExhaustedOn = status.ExhaustedOn };
            monthly.Record(month, steps.Sum(s => s.Arrivals), steps.Sum(s => s.Active), steps.Sum(s => s.Hires), applications.Length);
            monthly.RecordSpending(month, steps.Sum(s => s.ServiceSpendingSocEur), steps.Sum(s => s.ServiceSpendingCityCouncilEur));
        }

        CallSummary summary = await backend.FinishCallAsync();
        AwardDecision[] decisions = await backend.DecisionsAsync();
        LineLedger[] ledger = await backend.LedgerAsync(summary);
        CohortReport[] cohorts = await backend.CohortReportsAsync();
        return ReplicateReporters.Collect(setup, cohorts, decisions, summary, ledger, monthly);
    }
}
