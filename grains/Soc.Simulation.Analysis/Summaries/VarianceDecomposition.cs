namespace Soc.Simulation.Analysis.Summaries;

/// <summary>
/// The law of total variance over replicates grouped by their parameter draw (one-way random-effects ANOVA): the
/// spread of a KPI is the spread of its expected value over the parameters, plus the chance within one parameter set.
/// </summary>
public sealed record VarianceDecomposition(double Mean, double ParameterVariance, double ChanceVariance, int Replicates, int Draws)
{
    /// <summary>Share of a replicate's variance that comes from the parameters: 0 with no uncertainty, NaN when it cannot be told.</summary>
    public double ParameterShare => ParameterVariance + ChanceVariance is > 0 and var total ? ParameterVariance / total : ParameterVariance == 0 ? 0 : double.NaN;

    /// <summary>
    /// The variance of what we know of the KPI's expected value: the parameters' spread, which more replicates do not
    /// shrink, plus the Monte Carlo error of the mean.
    /// </summary>
    public double VarianceOfExpectation => ParameterVariance + (ParameterVariance + ChanceVariance) / Replicates;

    /// <summary>Values with their draw index; NaN values are left out. Needs two values in at least one draw.</summary>
    public static VarianceDecomposition? Of(IReadOnlyList<double> values, IReadOnlyList<int> draws)
    {
        var groups = values.Zip(draws).Where(x => !double.IsNaN(x.First)).GroupBy(x => x.Second).Select(g => g.Select(x => x.First).ToArray()).ToArray();
        int n = groups.Sum(g => g.Length), k = groups.Length;
        if (n - k < 1 || k < 2) return null;
        double mean = groups.SelectMany(g => g).Average();
        double within = groups.Sum(g => g.Sum(v => Math.Pow(v - g.Average(), 2))) / (n - k);
        double between = groups.Sum(g => g.Length * Math.Pow(g.Average() - mean, 2)) / (k - 1);
        // n0: the group size that makes the expected mean square between groups σ²n + n0·σ²θ when sizes differ.
        double n0 = (n - groups.Sum(g => (double)g.Length * g.Length) / n) / (k - 1);
        return new VarianceDecomposition(mean, Math.Max(0, (between - within) / n0), within, n, k);
    }
}
