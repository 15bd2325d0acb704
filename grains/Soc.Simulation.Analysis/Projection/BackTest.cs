using Soc.Simulation.Analysis.Summaries;
using Soc.Simulation.Abstractions.GrantCall;
using Soc.Simulation.Model.Register;
using Soc.Simulation.Abstractions.Scenarios;

namespace Soc.Simulation.Analysis.Projection;

/// <summary>One cut of a back-test: the projection from that day against the known outcome of the whole call.</summary>
public sealed record BackTestRow(
    DateOnly Cut,
    int KnownApplications,
    double ProjectedCommittedEur,
    double P10Eur,
    double P90Eur,
    double ActualCommittedEur,
    double ErrorEur,
    bool ActualInsideBand,
    double ProjectedRefusedBudget,
    int ActualRefusedBudget,
    double PathErrorEur,
    double? ExhaustionErrorDays)
{
    /// <summary>The register the cut was made in (its file name), for a back-test over several.</summary>
    public string Registry { get; init; } = "";

    /// <summary>The probability integral transform: the share of replicates below the actual final commitment (ties count half).</summary>
    public double Pit { get; init; }

    public DateOnly? ProjectedExhaustion { get; init; }

    public DateOnly? ActualExhaustion { get; init; }
}

/// <summary>Over all cuts of all registers: how often the P10–P90 band held the actual, the median error, and the PIT histogram.</summary>
public sealed record BackTestPooled(int Cases, double Coverage, double MedianErrorPctOfBudget, double MedianPathErrorPctOfBudget, IReadOnlyList<int> PitHistogram)
{
    /// <summary>PIT values fall in 10 equal bins; a calibrated projection fills them evenly, an overconfident one the two ends.</summary>
    public static BackTestPooled Of(IReadOnlyList<BackTestRow> rows, decimal budgetEur)
    {
        var bins = new int[10];
        foreach (BackTestRow r in rows) bins[Math.Clamp((int)(r.Pit * 10), 0, 9)]++;
        double budget = (double)budgetEur;
        return new BackTestPooled(rows.Count, rows.Count == 0 ? double.NaN : (double)rows.Count(r => r.ActualInsideBand) / rows.Count,
            rows.Count == 0 ? double.NaN : ExperimentSummary.Percentile([.. rows.Select(r => 100 * r.ErrorEur / budget)], 0.5),
            rows.Count == 0 ? double.NaN : ExperimentSummary.Percentile([.. rows.Select(r => 100 * r.PathErrorEur / budget)], 0.5), bins);
    }
}

/// <summary>
/// Checks <see cref="CallProjector"/> on a call whose outcome is known: decide the full register, then cut it at
/// each date, project from the cut, and measure how far the projection falls from the actual outcome: the final
/// commitment, the mean absolute error of the cumulative commitment month by month from the cut on (the path),
/// the exhaustion date (projected median against actual), the refusals for budget, and where the actual falls
/// among the replicates (PIT).
/// </summary>
public static class BackTest
{
    public static async Task<IReadOnlyList<BackTestRow>> RunAsync(Scenario scenario, IReadOnlyList<Application> fullRegister, IReadOnlyList<DateOnly> cuts, ulong seed, int replicates,
        IReadOnlyList<Application>? history = null, string registry = "", CallProjector.RunReplicates? run = null)
    {
        var (actual, _) = DirectReplay.Run(scenario, fullRegister);
        var rows = new List<BackTestRow>();
        foreach (DateOnly cut in cuts.Order())
        {
            var (p, finals) = await CallProjector.ProjectWithReplicatesAsync(scenario, fullRegister, cut, seed, replicates, history, run);
            var end = p.CommittedEur[^1];
            double actualCommitted = (double)actual.Kpis.NetCommittedEur;
            string cutMonth = $"{cut.Year:0000}-{cut.Month:00}";
            double[] pathErrors = [.. p.CommittedEur.Zip(actual.CallMonthly)
                .Where(x => string.CompareOrdinal(x.First.Month, cutMonth) >= 0)
                .Select(x => Math.Abs(x.First.Mean - (double)x.Second.NetCommittedEur))];
            double? exhaustionError = p.Exhaustion.Median is DateOnly m && actual.Kpis.ExhaustionDate is DateOnly a ? Math.Abs(m.DayNumber - a.DayNumber) : null;
            double pit = (finals.Count(f => f < actualCommitted) + 0.5 * finals.Count(f => f == actualCommitted)) / finals.Length;
            rows.Add(new BackTestRow(cut, p.KnownApplications, end.Mean, end.P10, end.P90, actualCommitted, Math.Abs(end.Mean - actualCommitted),
                actualCommitted >= end.P10 && actualCommitted <= end.P90, p.ApplicationsRefusedBudget.Mean, actual.Kpis.RefusedBudget,
                pathErrors.Length == 0 ? 0 : pathErrors.Average(), exhaustionError)
            {
                Registry = registry,
                Pit = pit,
                ProjectedExhaustion = p.Exhaustion.Median,
                ActualExhaustion = actual.Kpis.ExhaustionDate,
            });
        }

        return rows;
    }
}
