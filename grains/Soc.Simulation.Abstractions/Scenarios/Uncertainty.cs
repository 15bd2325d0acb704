namespace Soc.Simulation.Abstractions.Scenarios;

/// <summary>The distributions a parameter's uncertainty can take (H6), spelled in snake_case in scenario files.</summary>
[GenerateSerializer, Alias("Soc.DistributionKind")]
public enum DistributionKind
{
    /// <summary>Between <c>min</c> and <c>max</c>.</summary>
    Uniform,
    /// <summary><c>min</c>, <c>mode</c>, <c>max</c>.</summary>
    Triangular,
    /// <summary>Normal with <c>mean</c> and <c>sd</c>, cut to [<c>min</c>, <c>max</c>] where given.</summary>
    TruncatedNormal,
    /// <summary>Beta(<c>alpha</c>, <c>beta</c>) on [0, 1], or stretched to [<c>min</c>, <c>max</c>] where given.</summary>
    Beta,
    /// <summary>Lognormal with <c>median</c> and log-scale <c>sigma</c>.</summary>
    Lognormal,
}

/// <summary>
/// What is known about one assumed or fitted parameter (H6): its distribution and where it comes from. Each replicate
/// draws the parameter from it; a <c>--set</c> of the same path fixes the value instead. A calibrated prior is what
/// <c>socsim calibrate</c> starts from; once calibrated, the scenario's <see cref="Posterior"/> replaces it.
/// </summary>
[GenerateSerializer, Immutable, Alias("Soc.ParameterPrior")]
public sealed record ParameterPrior
{
    [Id(0)] public required DistributionKind Distribution { get; init; }
    [Id(1)] public decimal? Min { get; init; }
    [Id(2)] public decimal? Max { get; init; }
    [Id(3)] public decimal? Mode { get; init; }
    [Id(4)] public decimal? Mean { get; init; }
    [Id(5)] public decimal? Sd { get; init; }
    [Id(6)] public decimal? Alpha { get; init; }
    [Id(7)] public decimal? Beta { get; init; }
    [Id(8)] public decimal? Median { get; init; }
    [Id(9)] public decimal? Sigma { get; init; }

    /// <summary>The evidence for the range, or "ASSUMPTION: …".</summary>
    [Id(10)] public required string Source { get; init; }

    /// <summary>True for the parameters socsim calibrate fits to the targets (domain.md E).</summary>
    [Id(11)] public bool Calibrated { get; init; }
}

/// <summary>
/// The calibration's posterior (H6): equally weighted joint draws of the calibrated parameters, kept jointly so that
/// their correlations survive. A replicate draws one of them; it replaces those parameters' priors.
/// </summary>
[GenerateSerializer, Immutable, Alias("Soc.Posterior")]
public sealed record Posterior
{
    [Id(0)] public required IReadOnlyList<string> Paths { get; init; }

    /// <summary>One row per draw, one value per path in <see cref="Paths"/>' order.</summary>
    [Id(1)] public required IReadOnlyList<IReadOnlyList<decimal>> Samples { get; init; }

    /// <summary>How it was made: the command, the targets, the number of simulations and accepted draws.</summary>
    [Id(2)] public required string Source { get; init; }
}
