using Soc.Simulation.Budget;
using Soc.Simulation.GrantCall;
using Soc.Simulation.Results;
using Soc.Simulation.Scenarios;
using Soc.Simulation.Analysis.Summaries;
using Soc.Simulation.Projection;

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
    /// <summary>The projection from the register known on <paramref name="asOf"/>.</summary>
    /// <param name="scenario">The call's scenario.</param>
    /// <param name="register">The register; applications after the as-of day are ignored.</param>
    /// <param name="asOf">The as-of day.</param>
    /// <param name="seed">The experiment's seed.</param>
    /// <param name="replicates">How many replicates.</param>
    /// <param name="history">A previous edition's complete register, whose daily profile is the prior shape of demand (or null).</param>
    public static ProjectionSummary Project(Scenario scenario, IReadOnlyList<Application> register, DateOnly asOf, ulong seed, int replicates, IReadOnlyList<Application>? history = null) =>
        ProjectWithReplicates(scenario, register, asOf, seed, replicates, history).Summary;

    /// <summary>The projection and each replicate's final net committed euros (for the calibration of a back-test).</summary>
    public static (ProjectionSummary Summary, double[] FinalCommittedEur) ProjectWithReplicates(Scenario scenario, IReadOnlyList<Application> register, DateOnly asOf, ulong seed, int replicates, IReadOnlyList<Application>? history = null)
    {
        CallParameters call = scenario.Call;
        if (asOf < call.FilingStart || asOf > call.ExecutionEnd)
        {
            throw new InputException($"--as-of {asOf:yyyy-MM-dd}: expected a date from the filing start {call.FilingStart:yyyy-MM-dd} to the end of execution {call.ExecutionEnd:yyyy-MM-dd}");
        }

        var known = new KnownSoFar(register, asOf, call, history);
        var now = new GrantCallEngine(call);
        now.Register(known.Applications);
        now.AdvanceThrough(asOf);

        var runs = new (ReplayReport Report, DateOnly? ExhaustedOn)[replicates];
        Parallel.For(0, replicates, r => runs[r] = ProjectionReplicate.Run(scenario, known, seed, r));
        return (Summarise(scenario, known, now, seed, runs), [.. runs.Select(r => (double)r.Report.Kpis.NetCommittedEur)]);
    }

    private static ProjectionSummary Summarise(Scenario scenario, KnownSoFar known, GrantCallEngine now, ulong seed, (ReplayReport Report, DateOnly? ExhaustedOn)[] runs)
    {
        // Replicates whose last event falls later have more months: the books of the others stand still after their last.
        string[] months = [.. runs.MaxBy(r => r.Report.CallMonthly.Count).Report.CallMonthly.Select(m => m.Month)];
        IReadOnlyList<SeriesPoint> Band(Func<ReplayReport, IReadOnlyList<LedgerMonth>> book, Func<LedgerMonth, decimal> pick) =>
            [.. months.Select((month, i) =>
            {
                double[] values = [.. runs.Select(r => (double)pick(Month(book(r.Report), i)))];
                return new SeriesPoint(month, values.Average(), ExperimentSummary.Percentile(values, 0.1), ExperimentSummary.Percentile(values, 0.9));
            })];

        decimal refundedSoFar(LedgerMonth m) => m.RefundedEur;
        LineProjection[] lines = [.. scenario.Call.BudgetLines.Select((l, k) => new LineProjection(l.Code,
            Band(r => r.BudgetLines[k].Months, m => m.NetCommittedEur),
            Band(r => r.BudgetLines[k].Months, m => m.CumulativePaidEur),
            CumulativeBand(runs, months, r => r.BudgetLines[k].Months, refundedSoFar)))];
        double[] unspent = [.. runs.Select(r => (double)r.Report.Kpis.UnspentEur)];
        var exhaustion = ExperimentSummary.ExhaustionOf([.. runs.Select(r => r.ExhaustedOn)]);
        decimal paidAsOf = now.Budget.Postings.Where(p => p.Kind == PostingKind.Payment).Sum(p => p.AmountEur)
            - now.Budget.Postings.Where(p => p.Kind == PostingKind.Refund).Sum(p => p.AmountEur);
        var summary = new ProjectionSummary(scenario.Name, known.AsOf, seed, runs.Length, known.Applications.Length, known.ApplicationsPerDay,
            scenario.Call.BudgetEur, now.Budget.CommittedEur, paidAsOf,
            Band(r => r.CallMonthly, m => m.NetCommittedEur), Band(r => r.CallMonthly, m => m.CumulativePaidEur),
            CumulativeBand(runs, months, r => r.CallMonthly, refundedSoFar), lines, exhaustion,
            ExperimentSummary.TInterval(unspent), ExperimentSummary.Percentile(unspent, 0.1), ExperimentSummary.Percentile(unspent, 0.9),
            ExperimentSummary.TInterval([.. runs.Select(r => (double)r.Report.Kpis.RefusedBudget)]))
        {
            UnspentMedianEur = ExperimentSummary.Percentile(unspent, 0.5),
            ExhaustionUnconditional = ProjectionOutlook.Unconditional([.. runs.Select(r => r.ExhaustedOn)]),
            Demand = DemandEstimate.Of(known),
        };
        return summary with { Outlook = ProjectionOutlook.Sentence(summary) };
    }

    private static LedgerMonth Month(IReadOnlyList<LedgerMonth> book, int i) => book[Math.Min(i, book.Count - 1)];

    private static IReadOnlyList<SeriesPoint> CumulativeBand((ReplayReport Report, DateOnly? ExhaustedOn)[] runs, string[] months,
        Func<ReplayReport, IReadOnlyList<LedgerMonth>> book, Func<LedgerMonth, decimal> flow)
    {
        double[][] cumulative = [.. runs.Select(r =>
        {
            double total = 0;
            return book(r.Report).Select(m => total += (double)flow(m)).ToArray();
        })];
        return [.. months.Select((month, i) =>
        {
            double[] values = [.. cumulative.Select(c => c[Math.Min(i, c.Length - 1)])];
            return new SeriesPoint(month, values.Average(), ExperimentSummary.Percentile(values, 0.1), ExperimentSummary.Percentile(values, 0.9));
        })];
    }
}
