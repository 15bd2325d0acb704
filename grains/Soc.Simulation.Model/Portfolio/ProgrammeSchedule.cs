using Soc.Simulation.Abstractions.Budget;
using Soc.Simulation.Abstractions.Portfolio;

namespace Soc.Simulation.Model.Portfolio;

/// <summary>What a service programme posts on its line (see <see cref="ProgrammeSpending"/>): its earmark, then its monthly payments.</summary>
public static class ProgrammeSchedule
{
    /// <summary>The earmark, posted with the line's allocation when the line opens.</summary>
    public static LedgerPosting Earmark(ProgrammeSpending p, DateOnly lineOpensOn) =>
        new(lineOpensOn, p.Line, PostingKind.Commitment, p.BudgetEur, p.Id);

    /// <summary>Equal monthly payments in cents from the start, the last taking the rounding remainder.</summary>
    public static IEnumerable<LedgerPosting> Payments(ProgrammeSpending p)
    {
        decimal monthly = Money.Cents(p.BudgetEur / p.Months);
        for (int m = 0; m < p.Months; m++)
        {
            decimal amount = m < p.Months - 1 ? monthly : p.BudgetEur - monthly * (p.Months - 1);
            if (amount != 0) yield return new LedgerPosting(p.Start.AddMonths(m), p.Line, PostingKind.Payment, amount, p.Id);
        }
    }

    /// <summary>Every programme payment of the portfolio by day, in the listed order within a day, with its line of the year.</summary>
    public static IReadOnlyList<(int Year, LedgerPosting Posting)> AllPayments(Abstractions.Portfolio.Portfolio portfolio) =>
        [.. portfolio.Programmes.SelectMany((p, i) => Payments(p).Select(x => (Order: i, p.FiscalYear, Posting: x)))
            .OrderBy(x => x.Posting.On).ThenBy(x => x.Order).Select(x => (x.FiscalYear, x.Posting))];
}
