using Soc.Simulation.GrantCall;

namespace Soc.Simulation.Scenarios;

/// <summary>A scenario file: a named set of parameters with the assumptions behind them.</summary>
[GenerateSerializer, Immutable, Alias("Soc.Scenario")]
public sealed record Scenario
{
    [Id(0)] public required string Name { get; init; }
    [Id(1)] public string Description { get; init; } = "";
    [Id(2)] public required CallParameters Call { get; init; }
    [Id(3)] public IReadOnlyList<string> Assumptions { get; init; } = [];
}
