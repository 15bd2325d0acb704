using Orleans.Placement;
using Soc.Simulation.Abstractions;
using Soc.Simulation.Abstractions.Promoters;
using Soc.Simulation.Model.Promoters;

namespace Soc.Simulation.Grains.Promoters;

/// <summary>A promoter of a fiscal year that several calls list: its <see cref="PromoterBook"/> is the only book of its places, and it refuses what breaks them.</summary>
// Activated on the silo of the grain that first calls it: a run's calls stay in one process.
[PreferLocalPlacement]
public sealed class PromoterGrain : Grain, IPromoterGrain
{
    private PromoterBook? _book;
    private int _version;

    public Task OpenAsync(Promoter promoter)
    {
        if (_book is not null) throw new InvalidOperationException($"promoter {this.GetPrimaryKeyString()} is already open");
        _book = new PromoterBook(promoter);
        return Task.CompletedTask;
    }

    public Task<PlacesReading> GetPlacesAsync() => Task.FromResult(new PlacesReading(Book.Places, Book.Taken, _version));

    public Task<AuthorityAnswer> SettleAsync(string callId, int expectedVersion, Immutable<PlaceChange[]> changes)
    {
        string? refusal = expectedVersion != _version
            ? $"call {callId} read version {expectedVersion} of promoter {this.GetPrimaryKeyString()}, which is at {_version}: another call has moved it since"
            : Book.Refusal(changes.Value);
        if (refusal is not null) return Task.FromResult(new AuthorityAnswer(false, refusal, _version));

        foreach (PlaceChange c in changes.Value) Book.Change(c);
        _version++;
        return Task.FromResult(new AuthorityAnswer(true, null, _version));
    }

    public Task CloseAsync()
    {
        DeactivateOnIdle();
        return Task.CompletedTask;
    }

    private PromoterBook Book => _book ?? throw new InvalidOperationException($"promoter {this.GetPrimaryKeyString()} is not open");
}
