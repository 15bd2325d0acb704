using Soc.Simulation.Abstractions.GrantCall;
using Soc.Simulation.Abstractions.Promoters;
using Soc.Simulation.Abstractions.Scenarios;

namespace Soc.Simulation.Model.Promoters;

/// <summary>
/// The promoters a call lists (I2, A3): which promoter pre-selected each employer, and the book of each one's places —
/// the portfolio's when it gives one (a promoter of the fiscal year other calls list too), else the call's own. In a
/// simulation the other territories' promoters come too (<see cref="CallParameters.OtherTerritories"/>), and A3 binds
/// the employers of each territory only where promoters of that territory are listed.
/// </summary>
public sealed class CallPromoters
{
    private readonly Dictionary<string, Promoter> _ofEmployer = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IPromoterBook> _books = new(StringComparer.Ordinal);
    private readonly IReadOnlyList<Promoter> _promoters;

    // The territories whose employers must have been pre-selected: "" (the call's own) when the call lists promoters.
    private readonly HashSet<string> _bound = new(StringComparer.Ordinal);
    private readonly HashSet<string> _others = new(StringComparer.Ordinal);

    /// <summary>Whether a call has promoters to apply: its own, or another territory's in a simulation.</summary>
    public static bool Apply(CallParameters call) => call.Promoters.Count > 0 || call.OtherTerritories.Any(t => t.Promoters.Count > 0);

    public CallPromoters(CallParameters call, IReadOnlyDictionary<string, IPromoterBook>? given = null)
    {
        _promoters = [.. call.Promoters, .. call.OtherTerritories.SelectMany(t => t.Promoters)];
        if (call.Promoters.Count > 0) _bound.Add("");
        foreach (TerritoryPromoters t in call.OtherTerritories)
        {
            _others.Add(t.TerritoryId);
            if (t.Promoters.Count > 0) _bound.Add(t.TerritoryId);
        }

        foreach (Promoter p in _promoters)
        {
            _books.Add(p.Id, given?.GetValueOrDefault(p.Id) ?? new PromoterBook(p));
            foreach (string employer in p.Employers) _ofEmployer.Add(employer, p);
        }
    }

    private CallPromoters(CallPromoters from)
    {
        _ofEmployer = from._ofEmployer;
        _promoters = from._promoters;
        _bound = from._bound;
        _others = from._others;
        foreach ((string id, IPromoterBook book) in from._books)
        {
            _books.Add(id, book is PromoterBook own ? own.Copy() : throw new InvalidOperationException("a call sharing a promoter cannot be forked"));
        }
    }

    public CallPromoters Copy() => new(this);

    /// <summary>A3: the employer must be pre-selected by a promoter; I2: the promoter must have a place left.</summary>
    public string? Refusal(Application a)
    {
        if (!_ofEmployer.TryGetValue(a.EmployerId, out Promoter? p))
        {
            return _bound.Contains(TerritoryOf(a.EmployerId)) ? $"A3 employer {a.EmployerId} not pre-selected by any promoter of the call" : null;
        }

        IPromoterBook book = _books[p.Id];
        return book.Taken >= book.Places ? $"I2 promoter {p.Id} has its {book.Places} places taken" : null;
    }

    /// <summary>A grant takes a place of its employer's promoter; a renounced one gives it back.</summary>
    public void Change(Application a, bool takes)
    {
        // An employer of a territory no promoter binds takes no place.
        if (_ofEmployer.TryGetValue(a.EmployerId, out Promoter? p)) _books[p.Id].Change(new PlaceChange(a.ApplicationId, takes));
    }

    /// <summary>A register's ids are the call's own; a simulation's hold the other territory's id before the separator.</summary>
    private string TerritoryOf(string employerId) =>
        _others.Count > 0 && TerritoryIds.TerritoryOf(employerId) is { Length: > 0 } t && _others.Contains(t) ? t : "";

    /// <summary>Each promoter's places and how many are taken, in the call's listed order.</summary>
    public IEnumerable<(Promoter Promoter, IPromoterBook Book)> Books => _promoters.Select(p => (p, _books[p.Id]));
}
