using Orleans.Placement;
using Soc.Simulation.Abstractions;
using Soc.Simulation.Abstractions.Budget;
using Soc.Simulation.Model.Budget;

namespace Soc.Simulation.Grains.Budget;

/// <summary>Keeps one line's <see cref="BudgetLineBook"/>, which checks the line's bounds independently of the call.</summary>
// Activated on the silo of the grain that first calls it: a replicate's calls stay in one process.
[PreferLocalPlacement]
public sealed class BudgetLineGrain : Grain, IBudgetLineGrain
{
    private BudgetLineBook? _book;

    public Task PostAsync(Immutable<LedgerPosting[]> postings)
    {
        _book ??= new BudgetLineBook(GrainKeys.Split(this.GetPrimaryKeyString()).LocalId);
        foreach (LedgerPosting p in postings.Value)
        {
            _book.Post(p);
        }

        return Task.CompletedTask;
    }

    public Task CloseAsync()
    {
        DeactivateOnIdle();
        return Task.CompletedTask;
    }

    public Task<Immutable<LedgerMonth[]>> GetMonthsAsync(DateOnly from, DateOnly to)
    {
        _book ??= new BudgetLineBook(GrainKeys.Split(this.GetPrimaryKeyString()).LocalId);
        return Task.FromResult(_book.Months(from, to).ToArray().AsImmutable());
    }
}
