using Soc.Simulation.Abstractions.GrantCall;
using Soc.Simulation.Abstractions.Promoters;

namespace Soc.Simulation.Model.Promoters;

/// <summary>
/// The promoters a call lists (I2, A3): which promoter pre-selected each employer, and the book of each one's places —
/// the portfolio's when it gives one (a promoter of the fiscal year other calls list too), else the call's own.
/// </summary>
public sealed class CallPromoters
{
    private readonly Dictionary<string, Promoter> _ofEmployer = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IPromoterBook> _books = new(StringComparer.Ordinal);
    private readonly IReadOnlyList<Promoter> _promoters;

    public CallPromoters(IReadOnlyList<Promoter> promoters, IReadOnlyDictionary<string, IPromoterBook>? given = null)
    {
        _promoters = promoters;
        foreach (Promoter p in promoters)
        {
            _books.Add(p.Id, given?.GetValueOrDefault(p.Id) ?? new PromoterBook(p));
            foreach (string employer in p.Employers) _ofEmployer.Add(employer, p);
        }
    }

    private CallPromoters(CallPromoters from)
    {
        _ofEmployer = from._ofEmployer;
        _promoters = from._promoters;
        foreach ((string id, IPromoterBook book) in from._books)
        {
            _books.Add(id, book is PromoterBook own ? own.Copy() : throw new InvalidOperationException("a call sharing a promoter cannot be forked"));
        }
    }

    public CallPromoters Copy() => new(this);

    /// <summary>A3: the employer must be pre-selected by a promoter; I2: the promoter must have a place left.</summary>
    public string? Refusal(Application a)
    {
        if (!_ofEmployer.TryGetValue(a.EmployerId, out Promoter? p)) return $"A3 employer {a.EmployerId} not pre-selected by any promoter of the call";
        IPromoterBook book = _books[p.Id];
        return book.Taken >= book.Places ? $"I2 promoter {p.Id} has its {book.Places} places taken" : null;
    }

    /// <summary>A grant takes a place of its employer's promoter; a renounced one gives it back.</summary>
    public void Change(Application a, bool takes) => _books[_ofEmployer[a.EmployerId].Id].Change(new PlaceChange(a.ApplicationId, takes));

    /// <summary>Each promoter's places and how many are taken, in the call's listed order.</summary>
    public IEnumerable<(Promoter Promoter, IPromoterBook Book)> Books => _promoters.Select(p => (p, _books[p.Id]));
}
