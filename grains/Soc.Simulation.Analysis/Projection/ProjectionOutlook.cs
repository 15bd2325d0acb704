using System.Globalization;

namespace Soc.Simulation.Analysis.Projection;

/// <summary>What a projection says in words: when the call is likely to run out (P10 / median / P90) and what is likely to be left.</summary>
public static class ProjectionOutlook
{
    /// <summary>Exhaustion-date quantiles over all replicates; a replicate that never runs out sorts after every date.</summary>
    public static UnconditionalExhaustion Unconditional(DateOnly?[] exhaustedOn)
    {
        int[] days = [.. exhaustedOn.Select(d => d?.DayNumber ?? int.MaxValue).Order()];
        DateOnly? At(double p)
        {
            int i = Math.Clamp((int)Math.Ceiling(p * days.Length) - 1, 0, days.Length - 1);
            return days.Length == 0 || days[i] == int.MaxValue ? null : DateOnly.FromDayNumber(days[i]);
        }

        return new UnconditionalExhaustion(days.Length == 0 ? 0 : (double)days.Count(d => d != int.MaxValue) / days.Length, At(0.1), At(0.5), At(0.9));
    }

    public static string Sentence(ProjectionSummary p)
    {
        UnconditionalExhaustion x = p.ExhaustionUnconditional ?? Unconditional([]);
        static string Day(DateOnly? d) => d is DateOnly v ? v.ToString("d MMMM yyyy", CultureInfo.InvariantCulture) : "not at all";
        string when = x.Median is DateOnly median
            ? $"The call is likely to run out around {Day(median)} (P10 {Day(x.P10)}, P90 {Day(x.P90)}; it runs out in {x.Probability:P0} of replicates)."
            : x.Probability > 0
                ? $"The call is more likely than not to last to the end: it runs out in only {x.Probability:P0} of replicates (P10 {Day(x.P10)})."
                : "The call is not projected to run out: it lasts to the end in every replicate.";
        double left = (double)p.BudgetEur - (double)p.CommittedAsOfEur;
        return $"{when} Of the {Eur(left)} not committed on {p.AsOf:yyyy-MM-dd}, {Eur(p.UnspentMedianEur)} is likely to be left unspent at the end (P10 {Eur(p.UnspentP10Eur)}, P90 {Eur(p.UnspentP90Eur)}).";
    }

    private static string Eur(double v) => v.ToString("N0", CultureInfo.InvariantCulture) + " €";
}
