using Soc.Simulation.Abstractions.Budget;
using Soc.Simulation.Abstractions.Portfolio;
using Soc.Simulation.Model.Budget;
using Soc.Simulation.Model.GrantCall;

namespace Soc.Simulation.Model.Portfolio;

/// <summary>The budget lines of each fiscal year a portfolio charges (I4), and the allocation each opens with.</summary>
public static class PortfolioLines
{
    /// <summary>
    /// Every line of every year the calls charge or the portfolio lists, in (year, code) order, with its opening
    /// allocation posting: the allocation given, else the sum of the calls' budgets split by their lines' shares. It
    /// is dated on the opening of the earliest call charging it (so a call alone has the books it would have without a
    /// portfolio), or on the first day of the year when no call charges it.
    /// </summary>
    public static IReadOnlyList<(int Year, string Code, LedgerPosting Allocation)> Openings(Abstractions.Portfolio.Portfolio portfolio)
    {
        var brought = new Dictionary<(int, string), decimal>();
        var opens = new Dictionary<(int, string), DateOnly>();
        foreach (PortfolioCall call in portfolio.Calls)
        {
            decimal[] split = CallBudget.Split(call.Call.BudgetEur, call.Call.BudgetLines);
            DateOnly openedOn = GrantCallEngine.OpeningDay(call.Call);
            for (int i = 0; i < split.Length; i++)
            {
                (int, string) key = (call.FiscalYear, call.Call.BudgetLines[i].Code);
                brought[key] = brought.GetValueOrDefault(key) + split[i];
                opens[key] = opens.TryGetValue(key, out DateOnly o) && o < openedOn ? o : openedOn;
            }
        }

        var declared = portfolio.BudgetLines.ToDictionary(l => (l.Year, l.Code));
        return [.. brought.Keys.Union(declared.Keys).Order()
            .Select(key =>
            {
                DateOnly on = opens.TryGetValue(key, out DateOnly o) ? o : new DateOnly(key.Item1, 1, 1);
                decimal allocation = declared.TryGetValue(key, out LineYear? line) && line.AllocationEur is decimal given ? given : brought.GetValueOrDefault(key);
                return (key.Item1, key.Item2, new LedgerPosting(on, key.Item2, PostingKind.Allocation, allocation, null));
            })];
    }
}
