using Soc.Simulation.Model.Randomness;

namespace Soc.Simulation.Analysis.Screening;

/// <summary>An index with its 95 % bootstrap percentile interval (NaN when it cannot be estimated).</summary>
public sealed record SobolIndex(double Estimate, double Ci95Low, double Ci95High);

/// <summary>One factor's first-order index S (its share of the KPI's variance alone) and total index ST (alone and with every interaction).</summary>
public sealed record FactorIndices(string Factor, SobolIndex FirstOrder, SobolIndex Total);

/// <summary>
/// A KPI's indices: its mean and variance over the A and B samples, each factor's S and ST, and a note when they
/// cannot be estimated (the KPI did not vary, or too few rows had a value).
/// </summary>
public sealed record KpiIndices(string Kpi, double Mean, double Variance, int Rows, IReadOnlyList<FactorIndices> Factors, string? Note);

/// <summary>
/// Sobol' indices from a Saltelli design (Saltelli et al. 2010, "Variance based sensitivity analysis of model output",
/// Comput. Phys. Commun. 181): for N rows, the model at A, at B and at each A_B^(i) (A with factor i's column from B).
/// First order S_i = mean((f(B) − f₀)·(f(A_B^i) − f(A))) / V (their table 2, b, with f(B) centred on the mean f₀); total
/// ST_i = mean((f(A) − f(A_B^i))²) / (2V) (Jansen 1999, their table 2, f); f₀ and V = the mean and variance of f(A) and f(B)
/// together. Intervals: the rows resampled with
/// replacement, the percentile interval of each index over the resamples; the same resamples for every factor, and for
/// every KPI with a value in the same rows.
/// </summary>
public static class SobolIndices
{
    public const int DefaultResamples = 1000;

    /// <summary>The rows of each bootstrap resample, drawn from the seed: resamples × rows indices into 0..rows−1.</summary>
    public static int[][] Resamples(ulong seed, int rows, int resamples)
    {
        var rng = RandomStream.For(seed, 0, "sobol", "bootstrap");
        return [.. Enumerable.Range(0, resamples).Select(_ => Enumerable.Range(0, rows).Select(_ => rng.Next(0, rows)).ToArray())];
    }

    /// <summary>
    /// The indices of one KPI. <paramref name="ab"/>[i][j] is the KPI at row j of A_B^(i); rows where any of the KPI's
    /// values is NaN (it was not defined in that run) are left out, and the bootstrap draws from the rows kept.
    /// </summary>
    public static KpiIndices Estimate(string kpi, IReadOnlyList<string> factors, double[] a, double[] b, double[][] ab, ulong seed, int resamples)
    {
        int[] kept = [.. Enumerable.Range(0, a.Length).Where(j => !double.IsNaN(a[j]) && !double.IsNaN(b[j]) && ab.All(col => !double.IsNaN(col[j])))];
        (double mean, double variance) = Moments(a, b, kept);
        FactorIndices Empty(string f) => new(f, new SobolIndex(double.NaN, double.NaN, double.NaN), new SobolIndex(double.NaN, double.NaN, double.NaN));
        if (kept.Length < 4) return new KpiIndices(kpi, mean, variance, kept.Length, [.. factors.Select(Empty)], $"only {kept.Length} rows have a value: at least 4 are needed");
        if (!(variance > 0)) return new KpiIndices(kpi, mean, variance, kept.Length, [.. factors.Select(Empty)], "the KPI took the same value in every run: nothing to apportion");

        int[][] drawn = [.. Resamples(seed, kept.Length, resamples).Select(r => r.Select(x => kept[x]).ToArray())];
        var result = new FactorIndices[factors.Count];
        for (int i = 0; i < factors.Count; i++)
        {
            (double s, double st) = Point(a, b, ab[i], kept);
            double[] bs = new double[drawn.Length], bst = new double[drawn.Length];
            for (int r = 0; r < drawn.Length; r++) (bs[r], bst[r]) = Point(a, b, ab[i], drawn[r]);
            result[i] = new FactorIndices(factors[i], Interval(s, bs), Interval(st, bst));
        }

        return new KpiIndices(kpi, mean, variance, kept.Length, result, null);
    }

    /// <summary>S and ST of one factor over the given rows (a row may come more than once: a bootstrap resample).</summary>
    public static (double First, double Total) Point(double[] a, double[] b, double[] abi, IReadOnlyList<int> rows)
    {
        (double mean, double v) = Moments(a, b, rows);
        if (!(v > 0)) return (double.NaN, double.NaN);
        double first = 0, total = 0;
        foreach (int j in rows)
        {
            // f(B) centred on the mean: the same expectation (f(A_B) − f(A) has mean 0) with far less noise when the
            // KPI's mean is large against its spread (euros, counts), as SALib does by standardising the outputs.
            first += (b[j] - mean) * (abi[j] - a[j]);
            double d = a[j] - abi[j];
            total += d * d;
        }

        return (first / rows.Count / v, total / (2.0 * rows.Count) / v);
    }

    /// <summary>The mean and variance (dividing by n) of the A and B values of these rows taken together.</summary>
    private static (double Mean, double Variance) Moments(double[] a, double[] b, IReadOnlyList<int> rows)
    {
        if (rows.Count == 0) return (double.NaN, double.NaN);
        double sum = 0;
        foreach (int j in rows) sum += a[j] + b[j];
        double mean = sum / (2.0 * rows.Count), squares = 0;
        foreach (int j in rows) squares += (a[j] - mean) * (a[j] - mean) + (b[j] - mean) * (b[j] - mean);
        return (mean, squares / (2.0 * rows.Count));
    }

    private static SobolIndex Interval(double estimate, double[] resampled)
    {
        double[] finite = [.. resampled.Where(double.IsFinite).Order()];
        if (finite.Length < 2) return new SobolIndex(estimate, double.NaN, double.NaN);
        return new SobolIndex(estimate, Quantile(finite, 0.025), Quantile(finite, 0.975));
    }

    /// <summary>The q-quantile of sorted values, interpolated between order statistics (type 7, as R and NumPy by default).</summary>
    private static double Quantile(double[] sorted, double q)
    {
        double h = (sorted.Length - 1) * q;
        int lo = (int)Math.Floor(h);
        return lo + 1 >= sorted.Length ? sorted[^1] : sorted[lo] + (h - lo) * (sorted[lo + 1] - sorted[lo]);
    }
}
