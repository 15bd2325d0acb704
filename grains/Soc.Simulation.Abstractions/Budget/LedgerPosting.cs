namespace Soc.Simulation.Abstractions.Budget;

/// <summary>What a posting does to a budget line's book.</summary>
[GenerateSerializer, Alias("Soc.PostingKind")]
public enum PostingKind
{
    /// <summary>The line's initial share of the call budget.</summary>
    Allocation,
    TopUp,
    Cut,
    /// <summary>Allocation lent to another line that ran short (A4: lines are flexible).</summary>
    LentOut,
    BorrowedIn,
    /// <summary>A grant committed on its first decision.</summary>
    Commitment,
    /// <summary>A grant committed from the waiting list with freed or new money (A7).</summary>
    Reassignment,
    /// <summary>Commitment given back by a renunciation or an early end (F8).</summary>
    Release,
    Payment,
    Refund,
}

/// <summary>One movement on one budget line on one day.</summary>
[GenerateSerializer, Immutable, Alias("Soc.LedgerPosting")]
public sealed record LedgerPosting(
    [property: Id(0)] DateOnly On,
    [property: Id(1)] string Line,
    [property: Id(2)] PostingKind Kind,
    [property: Id(3)] decimal AmountEur,
    [property: Id(4)] string? ApplicationId);
