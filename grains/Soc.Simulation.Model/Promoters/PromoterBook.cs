using Soc.Simulation.Abstractions.Promoters;

namespace Soc.Simulation.Model.Promoters;

/// <summary>The book of a promoter's places in a fiscal year: the grants that hold one, never more than its places.</summary>
public sealed class PromoterBook(Promoter promoter) : IPromoterBook
{
    private readonly HashSet<string> _holders = new(StringComparer.Ordinal);

    public Promoter Promoter { get; } = promoter;

    public int Places => Promoter.Places;

    public int Taken => _holders.Count;

    /// <summary>Why these changes cannot all be booked in order (a place taken twice, given back unheld, or beyond the places), or null.</summary>
    public string? Refusal(IReadOnlyList<PlaceChange> changes)
    {
        var holders = new HashSet<string>(_holders, StringComparer.Ordinal);
        foreach (PlaceChange c in changes)
        {
            if (c.Takes ? !holders.Add(c.ApplicationId) : !holders.Remove(c.ApplicationId))
            {
                return $"application {c.ApplicationId} {(c.Takes ? "already holds" : "holds no")} a place of promoter {Promoter.Id}";
            }

            if (holders.Count > Places) return $"promoter {Promoter.Id} has {Places} places; application {c.ApplicationId} would take one more";
        }

        return null;
    }

    public void Change(PlaceChange change)
    {
        if (Refusal([change]) is string refusal) throw new InvalidOperationException(refusal);
        if (change.Takes) _holders.Add(change.ApplicationId); else _holders.Remove(change.ApplicationId);
    }

    /// <summary>A copy with the same holders, for a forked call.</summary>
    public PromoterBook Copy()
    {
        var copy = new PromoterBook(Promoter);
        copy._holders.UnionWith(_holders);
        return copy;
    }
}
