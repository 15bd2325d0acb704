using Soc.Simulation.Abstractions.Budget;
using Soc.Simulation.Abstractions.Portfolio;

namespace Soc.Simulation.Model.Portfolio;

/// <summary>What a portfolio must be before it runs: distinct call ids usable as file names, funding shares that add up to 1, programmes that fit their lines.</summary>
public static class PortfolioCheck
{
    public static void Require(Abstractions.Portfolio.Portfolio portfolio)
    {
        if (portfolio.Calls.Count == 0) throw new InputException($"portfolio {portfolio.Name}: it has no call");
        foreach (IGrouping<string, PortfolioCall> twice in portfolio.Calls.GroupBy(c => c.Id).Where(g => g.Count() > 1))
        {
            throw new InputException($"portfolio {portfolio.Name}: call id '{twice.Key}' is used {twice.Count()} times");
        }

        // A call's id names its output files (awards-{id}.csv) and its grain.
        foreach (PortfolioCall call in portfolio.Calls.Where(c => c.Id.Length == 0 || !c.Id.All(ch => char.IsAsciiLetterOrDigit(ch) || ch is '-' or '_' or '.')))
        {
            throw new InputException($"portfolio {portfolio.Name}: call id '{call.Id}' must be letters, digits, '-', '_' or '.'");
        }

        foreach (LineYear line in portfolio.BudgetLines.Where(l => l.Sources.Count > 0 && l.Sources.Sum(s => s.Share) != 1m))
        {
            throw new InputException($"portfolio {portfolio.Name}: the funding shares of line {line.Code} in {line.Year} add up to {line.Sources.Sum(s => s.Share)}, not 1");
        }

        foreach (IGrouping<string, ProgrammeSpending> twice in portfolio.Programmes.GroupBy(p => p.Id).Where(g => g.Count() > 1))
        {
            throw new InputException($"portfolio {portfolio.Name}: programme id '{twice.Key}' is used {twice.Count()} times");
        }

        foreach (ProgrammeSpending p in portfolio.Programmes.Where(p => p.Months < 1 || p.BudgetEur < 0 || !Money.IsWholeCents(p.BudgetEur)))
        {
            throw new InputException($"portfolio {portfolio.Name}: programme '{p.Id}' needs at least one month and a budget of whole, non-negative cents");
        }

        // Programmes earmark their budget when the line opens: together they may not take more than it holds.
        foreach ((int year, string code, LedgerPosting allocation, LedgerPosting[] earmarks) in PortfolioLines.Openings(portfolio))
        {
            decimal earmarked = earmarks.Sum(e => e.AmountEur);
            if (earmarked > allocation.AmountEur)
            {
                throw new InputException(FormattableString.Invariant(
                    $"portfolio {portfolio.Name}: the programmes on line {code} of {year} earmark {earmarked:0.00} EUR, more than its {allocation.AmountEur:0.00} EUR"));
            }
        }

        PortfolioPromoters.Of(portfolio);
    }

    /// <summary>The place of a call in the portfolio's list (its turn order); an unknown id is a bug of the caller.</summary>
    public static int CallIndex(Abstractions.Portfolio.Portfolio portfolio, string callId)
    {
        for (int i = 0; i < portfolio.Calls.Count; i++)
        {
            if (portfolio.Calls[i].Id == callId) return i;
        }

        throw new ArgumentException($"the portfolio has no call {callId}");
    }
}
