using MathNet.Numerics.Distributions;
using Soc.Simulation.Abstractions.GrantCall;

namespace Soc.Simulation.Model.Projection;

/// <summary>
/// How long employers take from a contract's start to filing it (the pipeline of H7), in days from the later of the
/// start and the filing start. On the as-of day a contract that started <c>T</c> days ago is in the register only if
/// its delay is at most <c>T</c>: the observed delays are right-truncated, and the recent starts look short of filings
/// only because their filings have not come yet. The distribution is estimated with the Lynden-Bell estimator for
/// right-truncated data (Lynden-Bell 1971; the "reverse hazard" of nowcasting): the share of delays equal to k among
/// the contracts that could have shown a delay of k and have one of at most k. Each replicate draws its own reverse
/// hazards from Beta posteriors (Jeffreys prior), so the uncertainty of the pipeline goes into the bands.
/// </summary>
public sealed class FilingDelays
{
    /// <summary>ASSUMPTION: beyond the longest delay the register can show yet, the daily density stays at its mean over the last 14 days, up to the filing window.</summary>
    private const int TailDays = 14;

    private readonly int[] _count;
    private readonly int[] _atRisk;
    private readonly int _observable;
    private readonly int _window;
    private readonly double[]? _historyCdf;

    /// <param name="applications">The applications known on the as-of day.</param>
    /// <param name="asOf">The as-of day.</param>
    /// <param name="call">The call: its filing start and filing window.</param>
    /// <param name="history">A previous edition's complete register: when the register cannot show delays up to the filing window yet, its delays give the tail.</param>
    public FilingDelays(IReadOnlyList<Application> applications, DateOnly asOf, CallParameters call, IReadOnlyList<Application>? history = null)
    {
        // The longest on-time filing: contract start + filingWindowMonths calendar months (F2), at most 62 days for 2.
        _window = Enumerable.Range(0, 12).Max(m => new DateOnly(2023, 1 + m, 1).AddMonths(call.FilingWindowMonths).DayNumber - new DateOnly(2023, 1 + m, 1).DayNumber);
        _observable = Math.Max(0, asOf.DayNumber - call.FilingStart.DayNumber);
        int longest = applications.Select(a => Delay(a, call)).DefaultIfEmpty(0).Max();
        Max = Math.Max(Math.Min(longest, _observable), 0);
        _count = new int[Max + 1];
        var diff = new int[Max + 2];
        foreach (Application a in applications)
        {
            // A contract that started before the filing opened waited for the opening, not by choice: its delay says nothing.
            if (a.ContractStart < call.FilingStart) continue;
            int d = Delay(a, call), t = Math.Min(Max, Truncation(a.ContractStart, asOf, call));
            if (d > Max || d > t) continue;
            _count[d]++;
            diff[d]++;
            diff[t + 1]--;
        }

        _atRisk = new int[Max + 1];
        for (int k = 0, run = 0; k <= Max; k++) _atRisk[k] = run += diff[k];
        if (history is { Count: > 0 }) _historyCdf = HistoryCdf(history);
        Cdf = Distribution(k => _atRisk[k] == 0 ? 0 : (double)_count[k] / _atRisk[k]);
    }

    /// <summary>The longest delay estimated from the register; a longer one comes from the tail (history or ASSUMPTION above).</summary>
    public int Max { get; }

    /// <summary>The point estimate: P(delay ≤ k) for k = 0 … the last delay of the distribution.</summary>
    public double[] Cdf { get; }

    /// <summary>Days from the contract start (or the filing start, if later) to its registration.</summary>
    public static int Delay(Application a, CallParameters call) =>
        a.RegisteredOn.DayNumber - (a.ContractStart > call.FilingStart ? a.ContractStart : call.FilingStart).DayNumber;

    /// <summary>The longest delay a contract that started on <paramref name="start"/> can show on the as-of day.</summary>
    public static int Truncation(DateOnly start, DateOnly asOf, CallParameters call) =>
        asOf.DayNumber - (start > call.FilingStart ? start : call.FilingStart).DayNumber;

    /// <summary>One replicate's distribution: each reverse hazard drawn from Beta(n + ½, at risk − n + ½).</summary>
    public double[] Draw(Random random) =>
        Distribution(k => _atRisk[k] == 0 ? 0 : k == 0 ? 1 : Beta.Sample(random, _count[k] + 0.5, _atRisk[k] - _count[k] + 0.5));

    /// <summary>P(delay ≤ k) from the reverse hazards g(k) = P(delay = k | delay ≤ k): F(k) = Π over j &gt; k of (1 − g(j)).</summary>
    private double[] Distribution(Func<int, double> reverseHazard)
    {
        var within = new double[Max + 1];
        within[Max] = 1;
        for (int k = Max; k > 0; k--) within[k - 1] = within[k] * (1 - reverseHazard(k));
        if (_observable >= _window || Max == 0) return within;

        // The register cannot show delays up to the window yet: P(delay ≤ Max) is below 1 by the tail's mass.
        int tail = _window - Max;
        double reach;
        if (_historyCdf is double[] h) reach = h[Math.Min(Max, h.Length - 1)] / h[^1];
        else
        {
            int from = Math.Max(1, Max - TailDays + 1);
            double density = (within[Max] - within[from - 1]) / (Max - from + 1);
            reach = 1 / (1 + density * tail);
        }

        var cdf = new double[_window + 1];
        for (int k = 0; k <= Max; k++) cdf[k] = within[k] * reach;
        for (int k = Max + 1; k <= _window; k++)
        {
            cdf[k] = _historyCdf is double[] hc && k < hc.Length
                ? Math.Max(cdf[k - 1], hc[k] / hc[^1])
                : reach + (1 - reach) * (k - Max) / tail;
        }

        cdf[_window] = 1;
        return cdf;
    }

    private static double[] HistoryCdf(IReadOnlyList<Application> history)
    {
        int[] delays = [.. history.Select(a => Math.Max(0, a.RegisteredOn.DayNumber - a.ContractStart.DayNumber))];
        var cdf = new double[delays.Max() + 1];
        foreach (int d in delays) cdf[d]++;
        for (int k = 1; k < cdf.Length; k++) cdf[k] += cdf[k - 1];
        return cdf;
    }

    /// <summary>A delay above <paramref name="atLeast"/> − 1 drawn from <paramref name="cdf"/> with the uniform <paramref name="u"/>, or null if none can be that long.</summary>
    public static int? DrawDelay(double[] cdf, int atLeast, double u)
    {
        double below = atLeast <= 0 ? 0 : cdf[Math.Min(atLeast - 1, cdf.Length - 1)];
        if (below >= 1 - 1e-12) return null;
        double target = below + u * (1 - below);
        int i = Array.BinarySearch(cdf, target);
        int k = i < 0 ? ~i : i;
        return Math.Max(atLeast, Math.Min(k, cdf.Length - 1));
    }
}
