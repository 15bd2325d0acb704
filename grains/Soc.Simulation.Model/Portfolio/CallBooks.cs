using Soc.Simulation.Abstractions.Budget;
using Soc.Simulation.Abstractions.GrantCall;
using Soc.Simulation.Model.Results;

namespace Soc.Simulation.Model.Portfolio;

/// <summary>A call's own line books, as a portfolio's result carries them (all months of all lines), back by line in the call's order.</summary>
public static class CallBooks
{
    public static LineLedger[] Lines(CallParameters call, IReadOnlyList<LedgerMonth> books) =>
        [.. call.BudgetLines.Select(l => new LineLedger(l.Code, [.. books.Where(m => m.Line == l.Code)]))];
}
