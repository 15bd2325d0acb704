using Soc.Simulation.Analysis.Summaries;
using Soc.Simulation.Abstractions.Budget;
using Soc.Simulation.Abstractions.GrantCall;
using Soc.Simulation.Abstractions.Scenarios;
using Soc.Simulation.Model.Projection;
using Soc.Simulation.Model;
using Soc.Simulation.Abstractions.Projection;

namespace Soc.Simulation.Analysis.Projection;

/// <summary>
/// Projects a running call from its register on an as-of day. Each replicate (<see cref="ProjectionReplicate"/>)
/// draws its own rates (filing delays, the trend and level of contract starts, early-end and renunciation hazards),
/// decides the known applications as the call did (F), gives the known grants their future early ends and
/// renunciations, and adds the filings still to come from contracts already started and contracts still to start.
/// The books of all replicates give the projected committed, paid and refunded euros with P10–P90 bands.
/// </summary>
public static class CallProjector
{
    /// <summary>Runs a projection's replicates 0..n−1 somewhere (in this process, or on a cluster) and returns their books in order.</summary>
    public delegate Task<ProjectionRun[]> RunReplicates(ProjectionPlan plan, int replicates);

    /// <summary>In this process, on every core.</summary>
    public static readonly RunReplicates Here = (plan, n) => Task.Run(() => ProjectionRuns.Run(plan, [.. Enumerable.Range(0, n)]));

    /// <summary>The projection from the register known on <paramref name="asOf"/>.</summary>
    /// <param name="scenario">The call's scenario.</param>
    /// <param name="register">The register; applications after the as-of day are ignored.</param>
    /// <param name="asOf">The as-of day.</param>
    /// <param name="seed">The experiment's seed.</param>
    /// <param name="replicates">How many replicates.</param>
    /// <param name="history">A previous edition's complete register, whose daily profile is the prior shape of demand (or null).</param>
    /// <param name="run">Where the replicates run (default: <see cref="Here"/>).</param>
    public static async Task<ProjectionSummary> ProjectAsync(Scenario scenario, IReadOnlyList<Application> register, DateOnly asOf, ulong seed, int replicates,
        IReadOnlyList<Application>? history = null, RunReplicates? run = null) =>
        (await ProjectWithReplicatesAsync(scenario, register, asOf, seed, replicates, history, run)).Summary;

    /// <summary>A projection runs from a day of the call: from its filing start to the end of its execution.</summary>
    public static void CheckAsOf(CallParameters call, DateOnly asOf)
    {
        if (asOf < call.FilingStart || asOf > call.ExecutionEnd)
        {
            throw new InputException($"--as-of {asOf:yyyy-MM-dd}: expected a date from the filing start {call.FilingStart:yyyy-MM-dd} to the end of execution {call.ExecutionEnd:yyyy-MM-dd}");
        }
    }

    /// <summary>The projection and each replicate's final net committed euros (for the calibration of a back-test).</summary>
    public static async Task<(ProjectionSummary Summary, double[] FinalCommittedEur)> ProjectWithReplicatesAsync(Scenario scenario, IReadOnlyList<Application> register,
        DateOnly asOf, ulong seed, int replicates, IReadOnlyList<Application>? history = null, RunReplicates? run = null)
    {
        CallParameters call = scenario.Call;
        CheckAsOf(call, asOf);

        var plan = new ProjectionPlan(scenario, [.. register], asOf, seed, history is null ? null : [.. history]);
        var known = KnownSoFar.Of(plan);
        ProjectionRun[] runs = await (run ?? Here)(plan, replicates);
        return (Summarise(scenario, known, seed, runs), [.. runs.Select(r => (double)r.NetCommittedEur)]);
    }

    private static ProjectionSummary Summarise(Scenario scenario, KnownSoFar known, ulong seed, ProjectionRun[] runs)
    {
        // Replicates whose last event falls later have more months: the books of the others stand still after their last.
        string[] months = [.. runs.MaxBy(r => r.CallMonthly.Length)!.CallMonthly.Select(m => m.Month)];
        IReadOnlyList<SeriesPoint> Band(Func<ProjectionRun, IReadOnlyList<LedgerMonth>> book, Func<LedgerMonth, decimal> pick) =>
            [.. months.Select((month, i) =>
            {
                double[] values = [.. runs.Select(r => (double)pick(Month(book(r), i)))];
                return new SeriesPoint(month, values.Average(), ExperimentSummary.Percentile(values, 0.1), ExperimentSummary.Percentile(values, 0.9));
            })];

        decimal refundedSoFar(LedgerMonth m) => m.RefundedEur;
        LineProjection[] lines = [.. scenario.Call.BudgetLines.Select((l, k) => new LineProjection(l.Code,
            Band(r => r.LineMonths[k], m => m.NetCommittedEur),
            Band(r => r.LineMonths[k], m => m.CumulativePaidEur),
            CumulativeBand(runs, months, r => r.LineMonths[k], refundedSoFar)))];
        double[] unspent = [.. runs.Select(r => (double)r.UnspentEur)];
        var exhaustion = ExperimentSummary.ExhaustionOf([.. runs.Select(r => r.ExhaustedOn)]);
        var summary = new ProjectionSummary(scenario.Name, known.AsOf, seed, runs.Length, known.Applications.Length, known.ApplicationsPerDay,
            scenario.Call.BudgetEur, known.CommittedEur, known.NetPaidEur,
            Band(r => r.CallMonthly, m => m.NetCommittedEur), Band(r => r.CallMonthly, m => m.CumulativePaidEur),
            CumulativeBand(runs, months, r => r.CallMonthly, refundedSoFar), lines, exhaustion,
            ExperimentSummary.TInterval(unspent), ExperimentSummary.Percentile(unspent, 0.1), ExperimentSummary.Percentile(unspent, 0.9),
            ExperimentSummary.TInterval([.. runs.Select(r => (double)r.RefusedBudget)]))
        {
            UnspentMedianEur = ExperimentSummary.Percentile(unspent, 0.5),
            ExhaustionUnconditional = ProjectionOutlook.Unconditional([.. runs.Select(r => r.ExhaustedOn)]),
            Demand = DemandEstimate.Of(known),
        };
        return summary with { Outlook = ProjectionOutlook.Sentence(summary) };
    }

    private static LedgerMonth Month(IReadOnlyList<LedgerMonth> book, int i) => book[Math.Min(i, book.Count - 1)];

    private static IReadOnlyList<SeriesPoint> CumulativeBand(ProjectionRun[] runs, string[] months,
        Func<ProjectionRun, IReadOnlyList<LedgerMonth>> book, Func<LedgerMonth, decimal> flow)
    {
        double[][] cumulative = [.. runs.Select(r =>
        {
            double total = 0;
            return book(r).Select(m => total += (double)flow(m)).ToArray();
        })];
        return [.. months.Select((month, i) =>
        {
            double[] values = [.. cumulative.Select(c => c[Math.Min(i, c.Length - 1)])];
            return new SeriesPoint(month, values.Average(), ExperimentSummary.Percentile(values, 0.1), ExperimentSummary.Percentile(values, 0.9));
        })];
    }
}
