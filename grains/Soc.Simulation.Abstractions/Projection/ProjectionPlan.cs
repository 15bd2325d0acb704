using Soc.Simulation.Abstractions.GrantCall;
using Soc.Simulation.Abstractions.Scenarios;

namespace Soc.Simulation.Abstractions.Projection;

/// <summary>
/// What a projection of a running call needs, whole: the call's scenario, its register (cut at the as-of day by the
/// Model), the as-of day, the seed and, optionally, a previous edition's register. A replicate's books depend only on
/// this and the replicate's number, so replicates can run on any silo.
/// </summary>
[GenerateSerializer, Immutable, Alias("Soc.ProjectionPlan")]
public sealed record ProjectionPlan(
    [property: Id(0)] Scenario Scenario,
    [property: Id(1)] Application[] Register,
    [property: Id(2)] DateOnly AsOf,
    [property: Id(3)] ulong Seed,
    [property: Id(4)] Application[]? History);
