using MathNet.Numerics.Distributions;
using Soc.Simulation.Abstractions.Scenarios;

namespace Soc.Simulation.Model.Uncertainty;

/// <summary>
/// A prior's value at a uniform draw u in [0, 1), by its inverse CDF (MathNet.Numerics): one uniform per parameter, so a
/// parameter's draw is the same in every compared scenario whatever other parameters they have.
/// </summary>
public static class PriorSampler
{
    public static double Quantile(ParameterPrior p, double u) => p.Distribution switch
    {
        DistributionKind.Uniform => D(p.Min) + u * (D(p.Max) - D(p.Min)),
        DistributionKind.Triangular => Triangular.InvCDF(D(p.Min), D(p.Max), D(p.Mode), u),
        DistributionKind.TruncatedNormal => TruncatedNormal(p, u),
        DistributionKind.Beta => Stretch(p, MathNet.Numerics.Distributions.Beta.InvCDF(D(p.Alpha), D(p.Beta), u)),
        DistributionKind.Lognormal => LogNormal.InvCDF(Math.Log(D(p.Median)), D(p.Sigma), u),
        _ => throw new ArgumentOutOfRangeException(nameof(p)),
    };

    /// <summary>The middle of the prior: the value a point scenario would use (for reports and for --uncertainty off).</summary>
    public static double Median(ParameterPrior p) => Quantile(p, 0.5);

    /// <summary>Where the prior lives: the values it can give at u = 0 and just below 1.</summary>
    public static (double Low, double High) Support(ParameterPrior p) => (Quantile(p, 0), Quantile(p, 1 - 1e-12));

    private static double TruncatedNormal(ParameterPrior p, double u)
    {
        double mean = D(p.Mean), sd = D(p.Sd);
        double lo = p.Min is decimal a ? Normal.CDF(mean, sd, (double)a) : 0;
        double hi = p.Max is decimal b ? Normal.CDF(mean, sd, (double)b) : 1;
        return Normal.InvCDF(mean, sd, lo + u * (hi - lo));
    }

    private static double Stretch(ParameterPrior p, double x) =>
        p.Min is decimal a && p.Max is decimal b ? (double)a + x * (double)(b - a) : x;

    private static double D(decimal? v) => (double)(v ?? throw new ArgumentException("a prior without the parameter its distribution needs (the validator refuses it)"));
}
