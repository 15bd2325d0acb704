using Soc.Simulation.Abstractions.Budget;
using Soc.Simulation.Abstractions.Portfolio;
using Soc.Simulation.Model.Budget;
using Soc.Simulation.Model.GrantCall;

namespace Soc.Simulation.Model.Portfolio;

/// <summary>The budget lines of each fiscal year a portfolio charges (I4), and the allocation each opens with.</summary>
public static class PortfolioLines
{
    /// <summary>
    /// Every line of every year the calls and programmes charge or the portfolio lists, in (year, code) order, with its
    /// opening postings: the allocation given, else the sum of the calls' budgets split by their lines' shares and the
    /// programmes' budgets; then the programmes' earmarks. They are dated on the opening of the earliest call or start of
    /// the earliest programme charging the line (so a call alone has the books it would have without a portfolio), or on
    /// the first day of the year when nothing charges it.
    /// </summary>
    public static IReadOnlyList<(int Year, string Code, LedgerPosting Allocation, LedgerPosting[] Earmarks)> Openings(Abstractions.Portfolio.Portfolio portfolio)
    {
        var brought = new Dictionary<(int, string), decimal>();
        var opens = new Dictionary<(int, string), DateOnly>();
        void Charge((int, string) key, decimal amount, DateOnly from)
        {
            brought[key] = brought.GetValueOrDefault(key) + amount;
            opens[key] = opens.TryGetValue(key, out DateOnly o) && o < from ? o : from;
        }

        foreach (PortfolioCall call in portfolio.Calls)
        {
            decimal[] split = CallBudget.Split(call.Call.BudgetEur, call.Call.BudgetLines);
            for (int i = 0; i < split.Length; i++) Charge((call.FiscalYear, call.Call.BudgetLines[i].Code), split[i], GrantCallEngine.OpeningDay(call.Call));
        }

        foreach (ProgrammeSpending p in portfolio.Programmes) Charge((p.FiscalYear, p.Line), p.BudgetEur, p.Start);

        var declared = portfolio.BudgetLines.ToDictionary(l => (l.Year, l.Code));
        return [.. brought.Keys.Union(declared.Keys).Order()
            .Select(key =>
            {
                DateOnly on = opens.TryGetValue(key, out DateOnly o) ? o : new DateOnly(key.Item1, 1, 1);
                decimal allocation = declared.TryGetValue(key, out LineYear? line) && line.AllocationEur is decimal given ? given : brought.GetValueOrDefault(key);
                LedgerPosting[] earmarks = [.. portfolio.Programmes.Where(p => (p.FiscalYear, p.Line) == key).Select(p => ProgrammeSchedule.Earmark(p, on))];
                return (key.Item1, key.Item2, new LedgerPosting(on, key.Item2, PostingKind.Allocation, allocation, null), earmarks);
            })];
    }
}
