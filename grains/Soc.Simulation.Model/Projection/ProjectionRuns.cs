using Soc.Simulation.Abstractions.Projection;

namespace Soc.Simulation.Model.Projection;

/// <summary>Projection replicates run in this process: what a silo does for a batch, and what a command does alone.</summary>
public static class ProjectionRuns
{
    /// <summary>The books of these replicates, each a pure function of (plan, replicate), computed in parallel.</summary>
    public static ProjectionRun[] Run(ProjectionPlan plan, IReadOnlyList<int> replicates)
    {
        var known = KnownSoFar.Of(plan);
        var runs = new ProjectionRun[replicates.Count];
        Parallel.For(0, replicates.Count, i =>
        {
            var (report, exhaustedOn) = ProjectionReplicate.Run(plan.Scenario, known, plan.Seed, replicates[i]);
            runs[i] = new ProjectionRun([.. report.CallMonthly], [.. report.BudgetLines.Select(l => l.Months.ToArray())],
                report.Kpis.NetCommittedEur, report.Kpis.UnspentEur, report.Kpis.RefusedBudget, exhaustedOn);
        });
        return runs;
    }
}
