
using Soc.Simulation.Model.Projection;

namespace Soc.Simulation.Analysis.Projection;

/// <summary>
/// The registration model of a projection as estimated on the as-of day (H7), for projection.json: the contract-start
/// rate at the end of the fit and its weekly trend, the dispersion and the weekly sd of the level, the weekday effects
/// (Sunday first), the median and P90 filing delay, the share of the started contracts' filings still to come, and the
/// pooled monthly early-end and renunciation rates.
/// </summary>
public sealed record DemandEstimate(
    double StartsPerDay,
    double TrendPerWeek,
    double Dispersion,
    double LevelSdPerWeek,
    IReadOnlyList<double> WeekdayEffects,
    int FilingDelayMedianDays,
    int FilingDelayP90Days,
    double ExpectedPendingFilings,
    double MonthlyEarlyEndRate,
    double MonthlyRenunciationRate)
{
    public static DemandEstimate Of(KnownSoFar known)
    {
        double[] cdf = known.Delays.Cdf;
        StartRate s = known.Starts;
        double pending = 0;
        for (int i = 0; i < s.Days && i <= s.FitEnd; i++)
        {
            double c = StartRate.Completeness(cdf, (known.AsOf.DayNumber - s.First.AddDays(i).DayNumber));
            if (c > 0.05) pending += s.Observed[i] * (1 - c) / c;
        }

        int Quantile(double p) => Math.Max(0, Array.FindIndex(cdf, v => v >= p));
        return new DemandEstimate(Math.Round(s.Level, 3), Math.Round(s.TrendPerWeek, 4), Math.Round(s.Dispersion, 3), Math.Round(s.LevelSd, 3),
            [.. s.WeekdayEffects.Select(w => Math.Round(w, 3))], Quantile(0.5), Quantile(0.9), Math.Round(pending, 1),
            Math.Round(known.MonthlyEarlyEndHazard, 5), Math.Round(known.RenunciationShare, 5));
    }
}
