using Soc.Simulation.Abstractions.GrantCall;

namespace Soc.Simulation.Abstractions.Scenarios;

/// <summary>A scenario file: a named set of parameters with the assumptions behind them.</summary>
[GenerateSerializer, Immutable, Alias("Soc.Scenario")]
public sealed record Scenario
{
    [Id(0)] public required string Name { get; init; }
    [Id(1)] public string Description { get; init; } = "";
    [Id(2)] public required CallParameters Call { get; init; }
    [Id(3)] public IReadOnlyList<string> Assumptions { get; init; } = [];

    // The policy simulation's parts (issue 3). A scenario for the register replay alone leaves them out.
    [Id(4)] public Horizon? Horizon { get; init; }
    [Id(5)] public Population? Population { get; init; }
    [Id(6)] public IReadOnlyList<ServiceProgramme>? Services { get; init; }
    [Id(7)] public EmployerPopulation? Employers { get; init; }
    [Id(8)] public Behaviour? Behaviour { get; init; }
    /// <summary>The steps an arrival goes through: in each, the first programme in the list that the person is
    /// eligible for, takes up and has a place in.</summary>
    [Id(9)] public IReadOnlyList<IReadOnlyList<string>>? Pathway { get; init; }

    /// <summary>H6: the distribution of each assumed or fitted parameter, by JSON path ("behaviour.deadweight").</summary>
    [Id(10)] public IReadOnlyDictionary<string, ParameterPrior>? Uncertainty { get; init; }

    /// <summary>H6: the calibration's joint posterior of the calibrated parameters, which replaces their priors.</summary>
    [Id(11)] public Posterior? Posterior { get; init; }

    /// <summary>I1: other territories whose employers apply to the same call (none: the simulated territory has the call to itself).</summary>
    [Id(12)] public IReadOnlyList<Territory>? Territories { get; init; }

    /// <summary>True when replicates draw their parameters (H6); false for a point scenario or with <c>--uncertainty off</c>.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsUncertain => Uncertainty is { Count: > 0 } || Posterior is { Samples.Count: > 0 };

    /// <summary>True when the scenario can be simulated, not only replayed against a register.</summary>
    public bool IsSimulation => Horizon is not null && Population is not null && Services is not null && Employers is not null && Behaviour is not null && Pathway is not null;
}
