using MathNet.Numerics.Distributions;
using Soc.Simulation.Analysis.Summaries;
using Soc.Simulation.Model.Kpis;
using Soc.Simulation.Abstractions.Simulation;
using Soc.Simulation.Model.Scenarios;

using Soc.Simulation.Abstractions.Scenarios;

namespace Soc.Simulation.Analysis.Comparisons;

/// <summary>
/// The paired difference alternative − base for one KPI over replicates run with the same seeds (common random
/// numbers): its mean, the 95% t-interval of the paired differences, and the probability that the alternative
/// is better (normal approximation of the mean difference; 0.5 when the difference is exactly zero). A KPI that
/// only one side has (a programme the other does not run) has no difference, and <see cref="OnlyIn"/> says which
/// side has it: "base" or "alternative".
/// </summary>
public sealed record KpiDifference(string Kpi, KpiEstimate Base, KpiEstimate Alternative, double MeanDifference, double Ci95Low, double Ci95High, Better Better, double? ProbabilityBetter, string? OnlyIn = null);

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
    /// <summary>The base (the first scenario) against each other, from their replicates run with the same seed.</summary>
    public static ComparisonSummary OfScenarios(ulong seed, IReadOnlyList<Scenario> scenarios, ReplicateResult[][] runs)
    {
        ExperimentSummary Summary(int i) => ExperimentSummary.Aggregate(scenarios[i].Name, seed, runs[i]);
        return Build(seed, Summary(0), runs[0],
            [.. Enumerable.Range(1, scenarios.Count - 1).Select(i => (Summary(i), runs[i], ScenarioDiff.Between(scenarios[0], scenarios[i])))]);
    }

    public static ComparisonSummary Build(ulong seed, ExperimentSummary baseSummary, ReplicateResult[] baseRuns,
        IReadOnlyList<(ExperimentSummary Summary, ReplicateResult[] Runs, IReadOnlyList<ParameterDifference> Parameters)> alternatives)
    {
        var differences = alternatives.Select(alt => new AlternativeComparison(alt.Summary.Scenario, alt.Parameters,
            [.. Names(baseRuns[0], alt.Runs[0]).Select(kpi => Difference(kpi, baseSummary, alt.Summary, baseRuns, alt.Runs))])).ToList();
        return new ComparisonSummary(seed, baseRuns.Length, baseSummary, [.. alternatives.Select(a => a.Summary)], differences);
    }

    /// <summary>The base's KPIs in its order, then those only the alternative has: pairs are made by name, never by position.</summary>
    private static IEnumerable<string> Names(ReplicateResult b, ReplicateResult a) => b.KpiNames.Concat(a.KpiNames.Where(n => !b.KpiNames.Contains(n, StringComparer.Ordinal)));

    /// <summary>The paired difference alternative − base of one KPI (also a design against its scenario's own call); a KPI the catalogue does not know has no better side.</summary>
    internal static KpiDifference Difference(string kpi, ExperimentSummary b, ExperimentSummary a, ReplicateResult[] baseRuns, ReplicateResult[] altRuns)
    {
        Better better = KpiCatalogue.Find(kpi)?.Better ?? Better.Neither;
        int kb = Array.IndexOf(baseRuns[0].KpiNames, kpi), ka = Array.IndexOf(altRuns[0].KpiNames, kpi);
        if (kb < 0 || ka < 0)
        {
            var none = new KpiEstimate(double.NaN, double.NaN, double.NaN, 0);
            return new KpiDifference(kpi, kb < 0 ? none : b.Kpis[kpi], ka < 0 ? none : a.Kpis[kpi], double.NaN, double.NaN, double.NaN, better, null, kb < 0 ? "alternative" : "base");
        }

        // Pairs where both replicates have a value; the pairing is by replicate number (same random streams and, with
        // uncertainty, the same parameter draws).
        (double Difference, int Draw)[] pairs = [.. baseRuns.Zip(altRuns, (x, y) => (y.Kpis[ka] - x.Kpis[kb], x.ParameterDraw)).Where(d => !double.IsNaN(d.Item1))];
        double[] diffs = [.. pairs.Select(p => p.Difference)];
        if (diffs.Length == 0) return new KpiDifference(kpi, b.Kpis[kpi], a.Kpis[kpi], double.NaN, double.NaN, double.NaN, better, null);
        double mean = diffs.Average();
        if (diffs.All(d => d == 0)) return new KpiDifference(kpi, b.Kpis[kpi], a.Kpis[kpi], 0, 0, 0, better, better == Better.Neither ? null : 0.5);
        // H6: with parameter uncertainty the difference's spread over the assumptions counts too, in the interval and in P(better).
        KpiEstimate ci = baseRuns[0].ParameterDraw >= 0 ? ExperimentSummary.WithParameters(diffs, [.. pairs.Select(p => p.Draw)]) : ExperimentSummary.TInterval(diffs);
        double quantile = baseRuns[0].ParameterDraw >= 0 ? Normal.InvCDF(0, 1, 0.975) : diffs.Length > 1 ? StudentT.InvCDF(0, 1, diffs.Length - 1, 0.975) : double.NaN;
        double se = diffs.Length > 1 ? (ci.Ci95High - ci.Ci95Low) / 2 / quantile : double.NaN;
        double? probability = better == Better.Neither || double.IsNaN(se) ? null
            : se == 0 ? (mean > 0 == (better == Better.Higher) ? 1 : 0)
            : Normal.CDF(0, 1, (better == Better.Higher ? mean : -mean) / se);
        // A difference of two shares lies in [−1, 1]: the normal interval over both sources can reach past it.
        (double low, double high) = KpiCatalogue.Find(kpi)?.Unit == KpiUnit.Share
            ? (Math.Max(-1, ci.Ci95Low), Math.Min(1, ci.Ci95High))
            : (ci.Ci95Low, ci.Ci95High);
        return new KpiDifference(kpi, b.Kpis[kpi], a.Kpis[kpi], mean, low, high, better, probability);
    }
}
