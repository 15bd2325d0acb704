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
    double? ExhaustionErrorDays);

/// <summary>
/// Checks <see cref="CallProjector"/> on a call whose outcome is known: decide the full register, then cut it at
/// each date, project from the cut, and measure how far the projection falls from the actual outcome: the final
/// commitment, the mean absolute error of the cumulative commitment month by month from the cut on (the path),
/// and the exhaustion date (projected median against actual).
/// </summary>
public static class BackTest
{
    public static IReadOnlyList<BackTestRow> Run(Scenario scenario, IReadOnlyList<Application> fullRegister, IReadOnlyList<DateOnly> cuts, ulong seed, int replicates)
    {
        var (actual, _) = DirectReplay.Run(scenario, fullRegister);
        return [.. cuts.Order().Select(cut =>
        {
            ProjectionSummary p = CallProjector.Project(scenario, fullRegister, cut, seed, replicates);
            var end = p.CommittedEur[^1];
            double actualCommitted = (double)actual.Kpis.NetCommittedEur;
            string cutMonth = $"{cut.Year:0000}-{cut.Month:00}";
            double[] pathErrors = [.. p.CommittedEur.Zip(actual.CallMonthly)
                .Where(x => string.CompareOrdinal(x.First.Month, cutMonth) >= 0)
                .Select(x => Math.Abs(x.First.Mean - (double)x.Second.NetCommittedEur))];
            double? exhaustionError = p.Exhaustion.Median is DateOnly m && actual.Kpis.ExhaustionDate is DateOnly a ? Math.Abs(m.DayNumber - a.DayNumber) : null;
            return new BackTestRow(cut, p.KnownApplications, end.Mean, end.P10, end.P90, actualCommitted, Math.Abs(end.Mean - actualCommitted),
                actualCommitted >= end.P10 && actualCommitted <= end.P90, p.ApplicationsRefusedBudget.Mean, actual.Kpis.RefusedBudget,
                pathErrors.Length == 0 ? 0 : pathErrors.Average(), exhaustionError);
        })];
    }
}
