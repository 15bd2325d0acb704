using Soc.Simulation.Model.GrantCall;

namespace Soc.Simulation.Model.Portfolio;

/// <summary>The portfolio's clock, the same for the direct path and the grains.</summary>
public static class PortfolioClock
{
    /// <summary>The earliest day any call still has an event on, or null when all are done.</summary>
    public static DateOnly? NextDay(IEnumerable<DateOnly?> callDays)
    {
        DateOnly? next = null;
        foreach (DateOnly? day in callDays)
        {
            if (day is DateOnly d && (next is null || d < next)) next = d;
        }

        return next;
    }

    /// <summary>The first day of the portfolio's books: its earliest line-year opening.</summary>
    public static DateOnly Start(Abstractions.Portfolio.Portfolio portfolio) => PortfolioLines.Openings(portfolio).Min(o => o.Allocation.On);

    /// <summary>The last day of the portfolio's books: its calls' last days and its programmes' last payments.</summary>
    public static DateOnly LastDay(IEnumerable<DateOnly> callLastDays, IReadOnlyList<(int Year, Abstractions.Budget.LedgerPosting Posting)> programmePayments) =>
        callLastDays.Concat(programmePayments.Select(p => p.Posting.On)).Max();

    /// <summary>The first day of a call's books.</summary>
    public static DateOnly Opening(Abstractions.Portfolio.PortfolioCall call) => GrantCallEngine.OpeningDay(call.Call);
}
