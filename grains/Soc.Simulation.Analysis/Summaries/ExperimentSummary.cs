using MathNet.Numerics.Distributions;
using MathNet.Numerics.Statistics;
using Soc.Simulation.Model.Kpis;
using Soc.Simulation.Abstractions.Simulation;

namespace Soc.Simulation.Analysis.Summaries;

/// <summary>
/// A KPI over replicates: the mean and its 95% interval. For a point scenario the interval is the Student-t confidence
/// interval of the mean (chance only). With parameter uncertainty (H6) it is where the KPI's expected value lies over
/// the uncertainty of the assumptions as well as chance, so more replicates do not shrink it below what the
/// assumptions leave open; <see cref="ParameterVarianceShare"/> is the share of a replicate's variance due to the
/// parameters (law of total variance; 0 for a point scenario, NaN when it cannot be told).
/// </summary>
public sealed record KpiEstimate(double Mean, double Ci95Low, double Ci95High, int Replicates, double ParameterVarianceShare = 0);

/// <summary>A monthly series over replicates: the mean and the 10th and 90th percentiles.</summary>
public sealed record SeriesPoint(string Month, double Mean, double P10, double P90);

/// <summary>When the call ran out, over replicates: how often, and the dates at the 10/50/90th percentiles.</summary>
public sealed record ExhaustionDistribution(double Probability, DateOnly? P10, DateOnly? Median, DateOnly? P90, IReadOnlyDictionary<string, int> ByMonth);

/// <summary>What results.json holds for a Monte Carlo run.</summary>
public sealed record ExperimentSummary(
    string Scenario,
    ulong Seed,
    int Replicates,
    IReadOnlyDictionary<string, KpiEstimate> Kpis,
    ExhaustionDistribution Exhaustion,
    IReadOnlyDictionary<string, IReadOnlyList<SeriesPoint>> Monthly)
{
    public static ExperimentSummary Aggregate(string scenario, ulong seed, IReadOnlyList<ReplicateResult> replicates)
    {
        ReplicateResult[] ordered = [.. replicates.OrderBy(r => r.Replicate)];
        ReplicateResult first = ordered[0];
        var kpis = new Dictionary<string, KpiEstimate>(StringComparer.Ordinal);
        int[]? draws = first.ParameterDraw >= 0 ? [.. ordered.Select(r => r.ParameterDraw)] : null;
        for (int k = 0; k < first.KpiNames.Length; k++)
        {
            double[] values = [.. ordered.Select(r => r.Kpis[k])];
            kpis[first.KpiNames[k]] = Within(draws is null ? Estimate(values) : WithParameters(values, draws), KpiCatalogue.Find(first.KpiNames[k])?.Unit);
        }

        var monthly = new Dictionary<string, IReadOnlyList<SeriesPoint>>(StringComparer.Ordinal);
        for (int s = 0; s < first.SeriesNames.Length; s++)
        {
            monthly[first.SeriesNames[s]] = [.. first.Months.Select((month, m) =>
            {
                double[] values = [.. ordered.Select(r => r.Series[s][m])];
                return new SeriesPoint(month, values.Average(), Percentile(values, 0.10), Percentile(values, 0.90));
            })];
        }

        return new ExperimentSummary(scenario, seed, ordered.Length, kpis, ExhaustionOf([.. ordered.Select(r => r.ExhaustedOn)]), monthly);
    }

    /// <summary>Mean and t-interval over the replicates that have a value; NaN when none has one.</summary>
    public static KpiEstimate Estimate(double[] values)
    {
        double[] present = [.. values.Where(v => !double.IsNaN(v))];
        if (present.Length == 0) return new KpiEstimate(double.NaN, double.NaN, double.NaN, 0);
        if (present.Length > 1 && present.All(v => v is 0 or 1)) return Wilson(present.Average(), present.Length);
        return TInterval(present);
    }

    /// <summary>
    /// Both sources of uncertainty (H6): replicates that share a parameter draw tell chance from the parameters; the
    /// interval is mean ± 1.96 × √(parameter variance + Monte Carlo variance of the mean).
    /// </summary>
    public static KpiEstimate WithParameters(double[] values, int[] draws)
    {
        VarianceDecomposition? v = VarianceDecomposition.Of(values, draws);
        if (v is null) return Estimate(values) with { ParameterVarianceShare = double.NaN };
        double half = Normal.InvCDF(0, 1, 0.975) * Math.Sqrt(v.VarianceOfExpectation);
        return new KpiEstimate(v.Mean, v.Mean - half, v.Mean + half, v.Replicates, v.ParameterShare);
    }

    /// <summary>An interval cut to what the KPI can be: a share between 0 and 1, a count or an amount not below 0.</summary>
    public static KpiEstimate Within(KpiEstimate e, KpiUnit? unit) => unit switch
    {
        KpiUnit.Share => e with { Ci95Low = Math.Clamp(e.Ci95Low, 0, 1), Ci95High = Math.Clamp(e.Ci95High, 0, 1) },
        KpiUnit.Count or KpiUnit.Euros or KpiUnit.Percent or KpiUnit.Days => e with { Ci95Low = Math.Max(0, e.Ci95Low) },
        _ => e,
    };

    /// <summary>Mean and Student-t 95% interval of values (all present): for KPIs, and for paired differences.</summary>
    public static KpiEstimate TInterval(double[] present)
    {
        double mean = present.Average();
        if (present.Length == 1) return new KpiEstimate(mean, double.NaN, double.NaN, 1);
        double halfWidth = StudentT.InvCDF(0, 1, present.Length - 1, 0.975) * present.StandardDeviation() / Math.Sqrt(present.Length);
        return new KpiEstimate(mean, mean - halfWidth, mean + halfWidth, present.Length);
    }

    /// <summary>
    /// A yes/no KPI (did the call run out?) is a proportion over replicates: the Wilson score interval stays
    /// inside [0, 1] and keeps its coverage with few replicates, where a t-interval would not.
    /// </summary>
    public static KpiEstimate Wilson(double p, int n)
    {
        double z = Normal.InvCDF(0, 1, 0.975), z2 = z * z;
        double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
        double half = z / (1 + z2 / n) * Math.Sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
        return new KpiEstimate(p, Math.Max(0, centre - half), Math.Min(1, centre + half), n);
    }

    /// <summary>Percentile by the R-7 rule (linear between order statistics), the spreadsheet default.</summary>
    public static double Percentile(double[] values, double p) => Statistics.QuantileCustom(values, p, QuantileDefinition.R7);

    /// <summary>The distribution of exhaustion dates over replicates (null: the call did not run out).</summary>
    public static ExhaustionDistribution ExhaustionOf(DateOnly?[] exhaustedOn)
    {
        DateOnly[] dates = [.. exhaustedOn.Where(d => d is not null).Select(d => d!.Value).Order()];
        var byMonth = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (DateOnly d in dates)
        {
            string key = $"{d.Year:0000}-{d.Month:00}";
            byMonth[key] = byMonth.GetValueOrDefault(key) + 1;
        }

        DateOnly? At(double p) => dates.Length == 0 ? null : DateOnly.FromDayNumber((int)Math.Round(Percentile([.. dates.Select(d => (double)d.DayNumber)], p)));
        return new ExhaustionDistribution((double)dates.Length / exhaustedOn.Length, At(0.1), At(0.5), At(0.9), byMonth);
    }
}
