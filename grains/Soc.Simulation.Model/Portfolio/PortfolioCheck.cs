using Soc.Simulation.Abstractions.Portfolio;

namespace Soc.Simulation.Model.Portfolio;

/// <summary>What a portfolio must be before it runs: distinct call ids without '/', and funding shares that add up to 1.</summary>
public static class PortfolioCheck
{
    public static void Require(Abstractions.Portfolio.Portfolio portfolio)
    {
        if (portfolio.Calls.Count == 0) throw new InputException($"portfolio {portfolio.Name}: it has no call");
        foreach (IGrouping<string, PortfolioCall> twice in portfolio.Calls.GroupBy(c => c.Id).Where(g => g.Count() > 1))
        {
            throw new InputException($"portfolio {portfolio.Name}: call id '{twice.Key}' is used {twice.Count()} times");
        }

        foreach (PortfolioCall call in portfolio.Calls.Where(c => c.Id.Length == 0 || c.Id.Contains('/')))
        {
            throw new InputException($"portfolio {portfolio.Name}: call id '{call.Id}' must be non-empty and without '/'");
        }

        foreach (LineYear line in portfolio.BudgetLines.Where(l => l.Sources.Count > 0 && l.Sources.Sum(s => s.Share) != 1m))
        {
            throw new InputException($"portfolio {portfolio.Name}: the funding shares of line {line.Code} in {line.Year} add up to {line.Sources.Sum(s => s.Share)}, not 1");
        }
    }
}
