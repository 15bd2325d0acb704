namespace Soc.Simulation.Abstractions.Budget;

/// <summary>
/// One budget line's book for one month. Flows are the month's; balances are at the end of the month.
/// Committed counts first decisions and reassignments; <see cref="ReassignedEur"/> is the part of it
/// that went to the waiting list.
/// </summary>
[GenerateSerializer, Immutable, Alias("Soc.LedgerMonth")]
public sealed record LedgerMonth(
    [property: Id(0)] string Line,
    [property: Id(1)] string Month,
    [property: Id(2)] decimal AllocatedEur,
    [property: Id(3)] decimal CommittedEur,
    [property: Id(4)] decimal ReassignedEur,
    [property: Id(5)] decimal ReleasedEur,
    [property: Id(6)] decimal PaidEur,
    [property: Id(7)] decimal RefundedEur,
    [property: Id(8)] decimal NetCommittedEur,
    [property: Id(9)] decimal AvailableEur,
    [property: Id(10)] decimal CumulativePaidEur);
