namespace Soc.Simulation.Abstractions.Scenarios;

/// <summary>
/// Another territory whose employers apply to the same call (I1): the call is one Catalonia-wide pot decided in registry
/// order, so the simulated territory's employers compete with these for it. A territory is given as the demand it
/// brings, not simulated person by person.
/// </summary>
[GenerateSerializer, Immutable, Alias("Soc.Territory")]
public sealed record Territory
{
    /// <summary>A short id: it prefixes the territory's application and employer ids ("RCAT:APP-000001").</summary>
    [Id(0)] public required string Id { get; init; }
    [Id(1)] public required string Name { get; init; }

    /// <summary>Registered unemployed (I1: Catalonia ~346,000 in Dec 2022, Barcelona ~61,600 in Oct 2022).</summary>
    [Id(2)] public required int RegisteredUnemployed { get; init; }

    /// <summary>
    /// The applications its employers file with the call, drawn each replicate from the synthetic register's generator
    /// (its shapes of contracts, employers and filing) on the call's calendar.
    /// </summary>
    [Id(3)] public required decimal ApplicationsPerCall { get; init; }

    [Id(4)] public string Source { get; init; } = "";
}
