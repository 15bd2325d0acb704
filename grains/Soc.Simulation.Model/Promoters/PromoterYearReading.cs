using Soc.Simulation.Abstractions.Promoters;

namespace Soc.Simulation.Model.Promoters;

/// <summary>
/// A call's reading of a promoter's places whose book another process holds (a promoter grain): the places taken when it
/// last read, moved by the call's own grants, whose changes wait here until the call settles them with the book.
/// </summary>
public sealed class PromoterYearReading(PlacesReading read) : IPromoterBook
{
    private readonly List<PlaceChange> _unsettled = [];

    public int Places { get; } = read.Places;

    public int Taken { get; private set; } = read.Taken;

    /// <summary>The book's version the reading follows; a settlement against another version is refused.</summary>
    public int Version { get; private set; } = read.Version;

    public void Change(PlaceChange change)
    {
        int after = Taken + (change.Takes ? 1 : -1);
        if (after > Places || after < 0) throw new InvalidOperationException($"application {change.ApplicationId} would take a promoter's places out of bounds");
        Taken = after;
        _unsettled.Add(change);
    }

    public PlaceChange[] TakeUnsettled()
    {
        PlaceChange[] taken = [.. _unsettled];
        _unsettled.Clear();
        return taken;
    }

    /// <summary>What the book said when read again: another call moved it.</summary>
    public void Follow(PlacesReading reading)
    {
        if (_unsettled.Count > 0) throw new InvalidOperationException("a promoter reading was refreshed with changes not settled");
        (Taken, Version) = (reading.Taken, reading.Version);
    }

    public void Settled(int version) => Version = version;
}
