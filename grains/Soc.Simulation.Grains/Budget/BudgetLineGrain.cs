using Orleans.Placement;
using Soc.Simulation.Abstractions;
using Soc.Simulation.Abstractions.Budget;
using Soc.Simulation.Model.Budget;

namespace Soc.Simulation.Grains.Budget;

/// <summary>A budget line of a fiscal year: its <see cref="BudgetLineBook"/> is the only book of the line, and it refuses what breaks its bounds.</summary>
// Activated on the silo of the grain that first calls it: a run's calls stay in one process.
[PreferLocalPlacement]
public sealed class BudgetLineGrain : Grain, IBudgetLineGrain
{
    private BudgetLineBook? _book;
    private int _version;

    private string Code => GrainKeys.Split(GrainKeys.Split(this.GetPrimaryKeyString()).LocalId).LocalId;

    public Task OpenAsync(LedgerPosting allocation)
    {
        if (_book is not null) throw new InvalidOperationException($"line {this.GetPrimaryKeyString()} is already open");
        _book = new BudgetLineBook(Code);
        _book.Post(allocation);
        return Task.CompletedTask;
    }

    public Task<LineBalanceReading> GetBalanceAsync()
    {
        LineTotals t = Book.Totals;
        return Task.FromResult(new LineBalanceReading(t.Allocated, t.NetCommitted, t.CommittedEver, t.NetPaid, _version));
    }

    public Task<AuthorityAnswer> SettleAsync(string callId, int expectedVersion, Immutable<LedgerPosting[]> postings)
    {
        string? refusal = expectedVersion != _version
            ? $"call {callId} read version {expectedVersion} of line {this.GetPrimaryKeyString()}, which is at {_version}: another call has moved it since"
            : Book.Refusal(postings.Value);
        if (refusal is not null) return Task.FromResult(new AuthorityAnswer(false, refusal, _version));

        foreach (LedgerPosting p in postings.Value) Book.Post(p);
        _version++;
        return Task.FromResult(new AuthorityAnswer(true, null, _version));
    }

    public Task CloseAsync()
    {
        DeactivateOnIdle();
        return Task.CompletedTask;
    }

    public Task<Immutable<LedgerMonth[]>> GetMonthsAsync(DateOnly from, DateOnly to) =>
        Task.FromResult(Book.Months(from, to).ToArray().AsImmutable());

    private BudgetLineBook Book => _book ?? throw new InvalidOperationException($"line {this.GetPrimaryKeyString()} is not open");
}
