using Soc.Simulation.Abstractions.GrantCall;
using Soc.Simulation.Model.GrantCall;
using Soc.Simulation.Model.Portfolio;
using Soc.Simulation.Abstractions.Simulation;

using Soc.Simulation.Model.Simulation;

namespace Soc.Simulation.Model.Replicates;

/// <summary>
/// One replicate, month by month, in a fixed phase order: arrivals, services and job matching (inside each
/// cohort, wherever the backend keeps them), then the month's applications go to the replicate's call
/// (<see cref="ReplicateCall"/>) in registry order, then the call decides and pays through the month's last day, then
/// the month's data are collected. Fan-outs are merged by district key.
/// Once no hire can be subsidised any more (after the month of the hiring window's last day), the cohorts send the
/// call nothing and read nothing from it: they step the remaining months in one go, and the call then takes the other
/// territories' remaining applications and moves to the last day in one step, which decides exactly what the
/// months one at a time would.
/// </summary>
public static class SimulationLoop
{
    public static async Task<ReplicateResult> RunAsync(SimulationSetup setup, ISimulationBackend backend) => (await RunWithCallAsync(setup, backend)).Result;

    /// <summary>The replicate, and its call's outcome: every decision, for a look at one replicate's applications.</summary>
    public static async Task<(ReplicateResult Result, CallResult Call)> RunWithCallAsync(SimulationSetup setup, ISimulationBackend backend)
    {
        var monthly = new MonthlyCounts(setup.TotalMonths);
        var call = new ReplicateCall(setup.Call);
        var news = new CallNews(setup.CallHasMoney, null);
        for (int month = 0; month < setup.MonthsLinkedToCall; month++)
        {
            CohortStepReport[] steps = (await backend.StepCohortsAsync(month, 1, news))[0];
            Application[] applications = [.. steps.SelectMany(s => s.Applications).OrderBy(a => a, RegistryOrder.Comparer)];
            // I1: the other territories' employers apply to the same call in the same registry order.
            IReadOnlyList<Application> others = setup.OtherTerritoriesByMonth[month];
            CallStatus status = call.RegisterAndAdvance(
                others.Count == 0 ? applications : [.. applications.Concat(others).OrderBy(a => a, RegistryOrder.Comparer)], MonthEnd(setup, month));
            // What employers hiring next month can know: the day the call ran out, if it has (H4).
            news = news with { ExhaustedOn = status.ExhaustedOn };
            Record(monthly, month, steps, applications.Length);
        }

        if (setup.MonthsLinkedToCall < setup.TotalMonths)
        {
            int first = setup.MonthsLinkedToCall, months = setup.TotalMonths - first;
            CohortStepReport[][] rest = await backend.StepCohortsAsync(first, months, news);
            for (int i = 0; i < months; i++)
            {
                if (rest[i].Any(s => s.Applications.Length > 0)) throw new InvalidOperationException($"month {first + i}: an application after the hiring window's last month");
                Record(monthly, first + i, rest[i], 0);
            }

            Application[] others = [.. setup.OtherTerritoriesByMonth.Skip(first).SelectMany(a => a).OrderBy(a => a, RegistryOrder.Comparer)];
            call.RegisterAndAdvance(others, MonthEnd(setup, setup.TotalMonths - 1));
        }

        CallResult outcome = call.Finish();
        CohortReport[] cohorts = await backend.CohortReportsAsync();
        return (ReplicateReporters.Collect(setup, cohorts, outcome.Decisions, outcome.Summary, CallBooks.Lines(setup.Call, outcome.Books), monthly), outcome);
    }

    private static DateOnly MonthEnd(SimulationSetup setup, int month) => setup.MonthStarts[month].AddMonths(1).AddDays(-1);

    private static void Record(MonthlyCounts monthly, int month, CohortStepReport[] steps, int applications)
    {
        monthly.Record(month, steps.Sum(s => s.Arrivals), steps.Sum(s => s.Active), steps.Sum(s => s.Hires), applications);
        monthly.RecordSpending(month, steps.Sum(s => s.ServiceSpendingSocEur), steps.Sum(s => s.ServiceSpendingCityCouncilEur));
    }
}
