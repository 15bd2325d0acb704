using MathNet.Numerics.Distributions;

namespace Soc.Simulation.Model.Projection;

/// <summary>
/// A monthly rate of an event (an early end by contract month, a renunciation by month since registration), with its
/// uncertainty: events in month m are Poisson with mean hazard(m) × months exposed, and each month's hazard has a
/// Gamma posterior whose prior is the pooled rate over all months with shape 2 (ASSUMPTION: a month not yet observed
/// behaves like the pooled months, give or take 70 %). With no exposure at all the pooled rate is half an event in
/// 50 months, 1 % a month (ASSUMPTION). Each replicate draws its own hazards.
/// </summary>
public sealed class MonthlyHazard
{
    private const double PriorShape = 2;
    private readonly double[] _events;
    private readonly double[] _exposure;

    public MonthlyHazard(double[] events, double[] exposureMonths)
    {
        _events = events;
        _exposure = exposureMonths;
        Pooled = (events.Sum() + 0.5) / (exposureMonths.Sum() + 50);
    }

    /// <summary>The pooled monthly rate over all months observed.</summary>
    public double Pooled { get; }

    public int Months => _events.Length;

    /// <summary>The posterior mean by month.</summary>
    public double[] Mean => [.. _events.Select((e, m) => (PriorShape + e) / (PriorShape / Pooled + _exposure[m]))];

    /// <summary>One replicate's hazards by month, each from its Gamma posterior.</summary>
    public double[] Draw(Random random) =>
        [.. _events.Select((e, m) => Gamma.Sample(random, PriorShape + e, PriorShape / Pooled + _exposure[m]))];

    /// <summary>
    /// The time of the event, in months from the origin, for something still without it at <paramref name="fromMonths"/>;
    /// null when it does not come within the months modelled. <paramref name="u"/> is a uniform in [0, 1).
    /// </summary>
    public static double? TimeToEvent(double[] hazards, double fromMonths, double u)
    {
        double need = -Math.Log(1 - u);
        for (int m = Math.Max(0, (int)fromMonths); m < hazards.Length; m++)
        {
            double start = Math.Max(m, fromMonths), length = m + 1 - start;
            double mass = hazards[m] * length;
            if (mass >= need) return start + need / hazards[m];
            need -= mass;
        }

        return null;
    }

    /// <summary>Adds one subject's exposure from <paramref name="from"/> to <paramref name="to"/> months and its event, if any, at <paramref name="eventAt"/>.</summary>
    public static void Observe(double[] events, double[] exposure, double from, double to, double? eventAt)
    {
        for (int m = Math.Max(0, (int)from); m < exposure.Length && m < to; m++) exposure[m] += Math.Min(m + 1, to) - Math.Max(m, from);
        if (eventAt is double at && at >= 0 && (int)at < events.Length) events[(int)at]++;
    }
}
