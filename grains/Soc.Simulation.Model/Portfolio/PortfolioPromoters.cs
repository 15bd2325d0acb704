using Soc.Simulation.Abstractions;
using Soc.Simulation.Abstractions.Portfolio;
using Soc.Simulation.Abstractions.Promoters;

namespace Soc.Simulation.Model.Portfolio;

/// <summary>
/// The promoters of a portfolio's fiscal years (I2): a promoter listed by calls of the same year is one promoter with
/// one set of places (ASSUMPTION, see <see cref="Promoter"/>), so those calls must describe it the same way.
/// </summary>
public static class PortfolioPromoters
{
    /// <summary>Each (year, promoter) once, in the order the calls first list them; two different descriptions are the user's mistake.</summary>
    public static IReadOnlyList<(int Year, Promoter Promoter)> Of(Abstractions.Portfolio.Portfolio portfolio)
    {
        var seen = new Dictionary<string, (Promoter Promoter, string CallId)>(StringComparer.Ordinal);
        var all = new List<(int, Promoter)>();
        foreach (PortfolioCall call in portfolio.Calls)
        {
            foreach (Promoter p in call.Call.Promoters)
            {
                string key = GrainKeys.LineYearId(call.FiscalYear, p.Id);
                if (!seen.TryGetValue(key, out var first))
                {
                    seen.Add(key, (p, call.Id));
                    all.Add((call.FiscalYear, p));
                }
                else if (!Same(first.Promoter, p))
                {
                    throw new InputException($"portfolio {portfolio.Name}: calls {first.CallId} and {call.Id} of {call.FiscalYear} describe promoter '{p.Id}' differently "
                        + "(places, employers, name or territory); a promoter's places are shared by the calls of its fiscal year, so give it once the same way");
                }
            }
        }

        return all;
    }

    private static bool Same(Promoter a, Promoter b) =>
        a.Places == b.Places && a.Name == b.Name && a.Territory == b.Territory && a.Employers.Order(StringComparer.Ordinal).SequenceEqual(b.Employers.Order(StringComparer.Ordinal));
}
