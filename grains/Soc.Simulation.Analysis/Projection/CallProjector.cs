using Soc.Simulation.Analysis.Summaries;
using Soc.Simulation.Abstractions.Budget;
using Soc.Simulation.Abstractions.GrantCall;
using Soc.Simulation.Model.GrantCall;
using Soc.Simulation.Model.Results;
using Soc.Simulation.Abstractions.Scenarios;
using Soc.Simulation.Model.Projection;
using Soc.Simulation.Model;

namespace Soc.Simulation.Analysis.Projection;

/// <summary>
/// Projects a running call from its register on an as-of day. Each replicate decides the known applications
/// as the call did (F), gives the known grants their future early ends and renunciations, and adds future
/// applications at the rate seen so far, each a copy of a known one (its employer, reused at the repeat rate
/// seen so far, its contract, hours, age and filing delay) moved to its new registration day. The books of all
/// replicates give the projected committed, paid and refunded euros with P10–P90 bands.
/// </summary>
public static class CallProjector
{
    public static ProjectionSummary Project(Scenario scenario, IReadOnlyList<Application> register, DateOnly asOf, ulong seed, int replicates)
    {
        CallParameters call = scenario.Call;
        if (asOf < call.FilingStart || asOf > call.ExecutionEnd)
        {
            throw new InputException($"--as-of {asOf:yyyy-MM-dd}: expected a date from the filing start {call.FilingStart:yyyy-MM-dd} to the end of execution {call.ExecutionEnd:yyyy-MM-dd}");
        }

        var known = new KnownSoFar(register, asOf, call);
        var now = new GrantCallEngine(call);
        now.Register(known.Applications);
        now.AdvanceThrough(asOf);

        var runs = new (ReplayReport Report, DateOnly? ExhaustedOn)[replicates];
        Parallel.For(0, replicates, r => runs[r] = ProjectionReplicate.Run(scenario, known, seed, r));
        return Summarise(scenario, known, now, seed, runs);
    }

    private static ProjectionSummary Summarise(Scenario scenario, KnownSoFar known, GrantCallEngine now, ulong seed, (ReplayReport Report, DateOnly? ExhaustedOn)[] runs)
    {
        string[] months = [.. runs[0].Report.CallMonthly.Select(m => m.Month)];
        IReadOnlyList<SeriesPoint> Band(Func<ReplayReport, IReadOnlyList<LedgerMonth>> book, Func<LedgerMonth, decimal> pick) =>
            [.. months.Select((month, i) =>
            {
                double[] values = [.. runs.Select(r => (double)pick(book(r.Report)[i]))];
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
        return new ProjectionSummary(scenario.Name, known.AsOf, seed, runs.Length, known.Applications.Length, known.ApplicationsPerDay,
            scenario.Call.BudgetEur, now.Budget.CommittedEur, paidAsOf,
            Band(r => r.CallMonthly, m => m.NetCommittedEur), Band(r => r.CallMonthly, m => m.CumulativePaidEur),
            CumulativeBand(runs, months, r => r.CallMonthly, refundedSoFar), lines, exhaustion,
            ExperimentSummary.TInterval(unspent), ExperimentSummary.Percentile(unspent, 0.1), ExperimentSummary.Percentile(unspent, 0.9),
            ExperimentSummary.TInterval([.. runs.Select(r => (double)r.Report.Kpis.RefusedBudget)]));
    }

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
            double[] values = [.. cumulative.Select(c => c[i])];
            return new SeriesPoint(month, values.Average(), ExperimentSummary.Percentile(values, 0.1), ExperimentSummary.Percentile(values, 0.9));
        })];
    }
}
