using Soc.Simulation.Abstractions.Budget;

namespace Soc.Simulation.Model.Budget;

/// <summary>
/// A line's running totals, and what a posting does to them: the one arithmetic of a line's bounds, shared by its
/// book and by a call's reading of a line it charges.
/// </summary>
public readonly record struct LineTotals(decimal Allocated, decimal NetCommitted, decimal CommittedEver, decimal NetPaid)
{
    public decimal Available => Allocated - NetCommitted;

    /// <summary>Allocation, net commitment and availability never below zero; net payments never below zero nor above what was ever committed.</summary>
    public bool WithinBounds => Allocated >= 0 && NetCommitted >= 0 && Available >= 0 && NetPaid >= 0 && NetPaid <= CommittedEver;

    public LineTotals After(LedgerPosting posting)
    {
        decimal amount = posting.AmountEur;
        return posting.Kind switch
        {
            PostingKind.Allocation or PostingKind.TopUp or PostingKind.BorrowedIn => this with { Allocated = Allocated + amount },
            PostingKind.Cut or PostingKind.LentOut => this with { Allocated = Allocated - amount },
            PostingKind.Commitment or PostingKind.Reassignment => this with { NetCommitted = NetCommitted + amount, CommittedEver = CommittedEver + amount },
            PostingKind.Release => this with { NetCommitted = NetCommitted - amount },
            PostingKind.Payment => this with { NetPaid = NetPaid + amount },
            PostingKind.Refund => this with { NetPaid = NetPaid - amount },
            _ => throw new InvalidOperationException($"unknown posting kind {posting.Kind}"),
        };
    }
}
