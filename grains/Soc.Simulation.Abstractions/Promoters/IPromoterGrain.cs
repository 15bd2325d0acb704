namespace Soc.Simulation.Abstractions.Promoters;

/// <summary>
/// A promoter of one fiscal year (key: "{run}/{year}/{promoter id}"), the authority over its places (I2) when several
/// calls of the year list it: each settles the places its grants took or gave back, and it refuses what would take more
/// places than it has, or what a call decided on a reading another call has since moved.
/// </summary>
[Alias("Soc.IPromoterGrain")]
public interface IPromoterGrain : IGrainWithStringKey
{
    /// <summary>Opens the promoter with its places; must come first, once.</summary>
    [Alias("Open")]
    Task OpenAsync(Promoter promoter);

    [Alias("GetPlaces")]
    Task<PlacesReading> GetPlacesAsync();

    /// <summary>Takes and gives back places for a call's grants, all or none, if the call read the current version.</summary>
    [Alias("Settle")]
    Task<AuthorityAnswer> SettleAsync(string callId, int expectedVersion, Immutable<PlaceChange[]> changes);

    [Alias("Close")]
    Task CloseAsync();
}
