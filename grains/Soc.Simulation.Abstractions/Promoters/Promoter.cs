namespace Soc.Simulation.Abstractions.Promoters;

/// <summary>
/// A promoter entity (I2, A2, A3: a city council, a local entity, a business association): it selects the participants
/// and pre-selects the employers of its territory, and it has a number of places. An employer that no promoter of the
/// call pre-selected cannot apply. ASSUMPTION (the sources give no more): a place is taken by each grant to an employer
/// the promoter pre-selected and freed when the grant is renounced; the places are the promoter's for the fiscal year,
/// so calls of the same year that list the same promoter share them.
/// </summary>
[GenerateSerializer, Immutable, Alias("Soc.Promoter")]
public sealed record Promoter(
    [property: Id(0)] string Id,
    [property: Id(1)] int Places,
    [property: Id(2)] IReadOnlyList<string> Employers,
    [property: Id(3)] string Name = "",
    [property: Id(4)] string Territory = "");

/// <summary>Another territory of a simulation (I1) and the promoters of its employers (none: A3 does not bind them).</summary>
[GenerateSerializer, Immutable, Alias("Soc.TerritoryPromoters")]
public sealed record TerritoryPromoters(
    [property: Id(0)] string TerritoryId,
    [property: Id(1)] IReadOnlyList<Promoter> Promoters);

/// <summary>A promoter's places in a fiscal year at the end of a run: how many there were and how many grants held one.</summary>
[GenerateSerializer, Immutable, Alias("Soc.PromoterPlaces")]
public sealed record PromoterPlaces(
    [property: Id(0)] int Year,
    [property: Id(1)] string PromoterId,
    [property: Id(2)] string Name,
    [property: Id(3)] string Territory,
    [property: Id(4)] int Places,
    [property: Id(5)] int Taken);

/// <summary>A grant taking a promoter's place (or, renounced, giving it back).</summary>
[GenerateSerializer, Immutable, Alias("Soc.PlaceChange")]
public sealed record PlaceChange(
    [property: Id(0)] string ApplicationId,
    [property: Id(1)] bool Takes);

/// <summary>A promoter's places as its grain holds them, and the version that moves with each settlement.</summary>
[GenerateSerializer, Immutable, Alias("Soc.PlacesReading")]
public sealed record PlacesReading(
    [property: Id(0)] int Places,
    [property: Id(1)] int Taken,
    [property: Id(2)] int Version);
