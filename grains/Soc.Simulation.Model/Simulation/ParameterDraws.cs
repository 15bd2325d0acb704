using Soc.Simulation.Model.Randomness;
using Soc.Simulation.Abstractions.Scenarios;
using Soc.Simulation.Model.Scenarios;
using Soc.Simulation.Model.Uncertainty;

namespace Soc.Simulation.Model.Simulation;

/// <summary>One replicate's parameter values (H6), by JSON path, and the point scenario that has them.</summary>
public sealed record ParameterDraw(int Index, IReadOnlyList<string> Paths, IReadOnlyList<double> Values, Scenario Scenario);

/// <summary>
/// Draws a replicate's parameters from the scenario's priors and posterior (H6). Replicates come in pairs that share a
/// draw — replicates 2j and 2j+1 use draw j — so that the spread due to chance can be told from the spread due to
/// the parameters (law of total variance: VarianceDecomposition in the Analysis). Each parameter gets its own uniform
/// from a stream keyed by (seed, draw, "parameters", path): compared scenarios with the same seed share their draws,
/// so a scenario compared with itself differs by exactly zero.
/// </summary>
public static class ParameterDraws
{
    /// <summary>Replicates per parameter draw.</summary>
    public const int ReplicatesPerDraw = 2;

    private const string PosteriorKey = "posterior";

    public static int DrawOf(int replicate) => replicate / ReplicatesPerDraw;

    /// <summary>The replicate's point scenario; the same scenario, with no draw, when it has no uncertainty.</summary>
    public static ParameterDraw For(Scenario scenario, ulong seed, int replicate)
    {
        if (!scenario.IsUncertain) return new ParameterDraw(-1, [], [], scenario);
        int draw = DrawOf(replicate);
        var values = new SortedDictionary<string, double>(StringComparer.Ordinal);
        if (scenario.Posterior is { Samples.Count: > 0 } posterior)
        {
            int row = (int)(Uniform(seed, draw, PosteriorKey) * posterior.Samples.Count);
            for (int i = 0; i < posterior.Paths.Count; i++) values[ScenarioPaths.Canonical(posterior.Paths[i])] = (double)posterior.Samples[row][i];
        }

        foreach ((string path, ParameterPrior prior) in scenario.Uncertainty ?? new Dictionary<string, ParameterPrior>())
        {
            string canonical = ScenarioPaths.Canonical(path);
            // A calibrated parameter with a posterior takes the posterior's value (drawn jointly above).
            if (!values.ContainsKey(canonical)) values[canonical] = PriorSampler.Quantile(prior, Uniform(seed, draw, canonical));
        }

        return new ParameterDraw(draw, [.. values.Keys], [.. values.Values], UncertainParameters.PointScenario(scenario, values));
    }

    private static double Uniform(ulong seed, int draw, string key) => RandomStream.For(seed, draw, key, "parameters").NextDouble();
}
