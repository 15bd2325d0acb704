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

    /// <summary>
    /// Optional: the promoter entities that pre-select its employers (I2, A3); their places bound the grants its employers
    /// can take from the call. Without: its demand is not limited by any promoter.
    /// </summary>
    [Id(5)] public IReadOnlyList<TerritoryPromoter> Promoters { get; init; } = [];
}

/// <summary>
/// A promoter of another territory (I2). ASSUMPTION (the sources say only that each promoter has places): the
/// territory's employers are spread over its promoters in proportion to their places, in the order they first apply.
/// </summary>
[GenerateSerializer, Immutable, Alias("Soc.TerritoryPromoter")]
public sealed record TerritoryPromoter(
    [property: Id(0)] string Id,
    [property: Id(1)] int Places,
    [property: Id(2)] string Name = "");

/// <summary>
/// A simulation's ids of another territory's applications, employers, participants and promoters: "{territory}:{id}"
/// ("RCAT:APP-000001"); the simulated territory's hold no separator.
/// </summary>
public static class TerritoryIds
{
    public const char Separator = ':';

    public static string Of(string territoryId, string id) => $"{territoryId}{Separator}{id}";

    /// <summary>Whether an id is another territory's.</summary>
    public static bool IsOther(string id) => id.Contains(Separator, StringComparison.Ordinal);

    /// <summary>The territory of an id: the other territory's id, or "" for the simulated one.</summary>
    public static string TerritoryOf(string id)
    {
        int at = id.IndexOf(Separator, StringComparison.Ordinal);
        return at < 0 ? "" : id[..at];
    }
}
