using Soc.Simulation.Abstractions;
using Soc.Simulation.Abstractions.GrantCall;
using Soc.Simulation.Abstractions.Portfolio;

namespace Soc.Simulation.Model.Portfolio;

/// <summary>
/// What each call of a portfolio shares with others: the employers that also apply to another call, the lines of
/// its year that another call or a programme also charges, and the promoters another call of its year also lists. Only those need an authority outside the call (a grain):
/// an employer that applies to one call only, or a line only one call charges, has no other caller, and the call's own
/// books (<c>EmployerLedger</c>, <c>CallBudget</c>) hold its invariants.
/// </summary>
public static class PortfolioSharing
{
    public static IReadOnlyList<CallSharing> Of(Abstractions.Portfolio.Portfolio portfolio, IReadOnlyList<CallRegister> registers)
    {
        var callsOfEmployer = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (CallRegister r in registers)
        {
            foreach (Application a in r.Applications)
            {
                if (!callsOfEmployer.TryGetValue(a.EmployerId, out HashSet<string>? calls)) callsOfEmployer[a.EmployerId] = calls = new(StringComparer.Ordinal);
                calls.Add(r.CallId);
            }
        }

        var chargers = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (string line in portfolio.Calls.SelectMany(c => c.Call.BudgetLines.Select(l => GrainKeys.LineYearId(c.FiscalYear, l.Code)))
                     .Concat(portfolio.Programmes.Select(p => GrainKeys.LineYearId(p.FiscalYear, p.Line))))
        {
            chargers[line] = chargers.GetValueOrDefault(line) + 1;
        }

        var listers = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (string promoter in portfolio.Calls.SelectMany(c => c.Call.Promoters.Select(p => GrainKeys.LineYearId(c.FiscalYear, p.Id))))
        {
            listers[promoter] = listers.GetValueOrDefault(promoter) + 1;
        }

        return [.. portfolio.Calls.Select(c => new CallSharing(
            [.. registers.Where(r => r.CallId == c.Id).SelectMany(r => r.Applications.Select(a => a.EmployerId))
                .Distinct(StringComparer.Ordinal).Where(e => callsOfEmployer[e].Count > 1).Order(StringComparer.Ordinal)],
            [.. c.Call.BudgetLines.Select(l => GrainKeys.LineYearId(c.FiscalYear, l.Code)).Where(l => chargers[l] > 1).Order(StringComparer.Ordinal)],
            [.. c.Call.Promoters.Select(p => GrainKeys.LineYearId(c.FiscalYear, p.Id)).Where(p => listers[p] > 1).Order(StringComparer.Ordinal)]))];
    }
}
