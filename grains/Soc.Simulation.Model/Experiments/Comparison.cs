using MathNet.Numerics.Distributions;
using Soc.Simulation.Simulation;

namespace Soc.Simulation.Experiments;

/// <summary>Which way a KPI is better, for "the probability that the alternative is better".</summary>
public enum Better
{
    Higher,
    Lower,
    /// <summary>Neither: spending, counts of applications… depend on what the planner wants.</summary>
    Neither,
}

/// <summary>A parameter that differs between the base and an alternative (by JSON path).</summary>
public sealed record ParameterDifference(string Path, string Base, string Alternative);

/// <summary>
/// The paired difference alternative − base for one KPI over replicates run with the same seeds (common random
/// numbers): its mean, the 95% t-interval of the paired differences, and the probability that the alternative
/// is better (normal approximation of the mean difference; 0.5 when the difference is exactly zero).
/// </summary>
public sealed record KpiDifference(string Kpi, KpiEstimate Base, KpiEstimate Alternative, double MeanDifference, double Ci95Low, double Ci95High, Better Better, double? ProbabilityBetter);

/// <summary>One alternative against the base.</summary>
public sealed record AlternativeComparison(string Name, IReadOnlyList<ParameterDifference> Parameters, IReadOnlyList<KpiDifference> Kpis);

/// <summary>What compare.json holds.</summary>
public sealed record ComparisonSummary(
    ulong Seed,
    int Replicates,
    ExperimentSummary Base,
    IReadOnlyList<ExperimentSummary> Alternatives,
    IReadOnlyList<AlternativeComparison> Differences)
{
    public static ComparisonSummary Build(ulong seed, ExperimentSummary baseSummary, ReplicateResult[] baseRuns,
        IReadOnlyList<(ExperimentSummary Summary, ReplicateResult[] Runs, IReadOnlyList<ParameterDifference> Parameters)> alternatives)
    {
        var differences = alternatives.Select(alt => new AlternativeComparison(alt.Summary.Scenario, alt.Parameters,
            [.. baseRuns[0].KpiNames.Select((kpi, k) => Difference(kpi, k, baseSummary, alt.Summary, baseRuns, alt.Runs))])).ToList();
        return new ComparisonSummary(seed, baseRuns.Length, baseSummary, [.. alternatives.Select(a => a.Summary)], differences);
    }

    private static KpiDifference Difference(string kpi, int k, ExperimentSummary b, ExperimentSummary a, ReplicateResult[] baseRuns, ReplicateResult[] altRuns)
    {
        // Pairs where both replicates have a value; the pairing is by replicate number (same random streams).
        double[] diffs = [.. baseRuns.Zip(altRuns, (x, y) => y.Kpis[k] - x.Kpis[k]).Where(d => !double.IsNaN(d))];
        Better better = Direction(kpi);
        if (diffs.Length == 0) return new KpiDifference(kpi, b.Kpis[kpi], a.Kpis[kpi], double.NaN, double.NaN, double.NaN, better, null);
        double mean = diffs.Average();
        if (diffs.All(d => d == 0)) return new KpiDifference(kpi, b.Kpis[kpi], a.Kpis[kpi], 0, 0, 0, better, better == Better.Neither ? null : 0.5);
        KpiEstimate ci = ExperimentSummary.TInterval(diffs);
        double se = diffs.Length > 1 ? (ci.Ci95High - ci.Ci95Low) / 2 / StudentT.InvCDF(0, 1, diffs.Length - 1, 0.975) : double.NaN;
        double? probability = better == Better.Neither || double.IsNaN(se) ? null
            : se == 0 ? (mean > 0 == (better == Better.Higher) ? 1 : 0)
            : Normal.CDF(0, 1, (better == Better.Higher ? mean : -mean) / se);
        return new KpiDifference(kpi, b.Kpis[kpi], a.Kpis[kpi], mean, ci.Ci95Low, ci.Ci95High, better, probability);
    }

    /// <summary>Insertions are better higher; costs, refusals for budget and deadweight lower; the rest is the planner's call.</summary>
    public static Better Direction(string kpi) => kpi switch
    {
        _ when kpi.Contains("nsertion", StringComparison.Ordinal) && !kpi.StartsWith("costPer", StringComparison.Ordinal) => Better.Higher,
        "guidanceUsage" or "permanentShare" => Better.Higher,
        "costPerInsertionEur" or "applicationsRefusedBudget" or "deadweightShare" => Better.Lower,
        _ => Better.Neither,
    };
}
