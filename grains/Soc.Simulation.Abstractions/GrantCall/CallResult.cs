using Soc.Simulation.Abstractions.Budget;

namespace Soc.Simulation.Abstractions.GrantCall;

/// <summary>One call's outcome in a portfolio: its figures, its decisions in registry order, and its own line books by month.</summary>
[GenerateSerializer, Immutable, Alias("Soc.CallResult")]
public sealed record CallResult(
    [property: Id(0)] string CallId,
    [property: Id(1)] CallSummary Summary,
    [property: Id(2)] AwardDecision[] Decisions,
    [property: Id(3)] LedgerMonth[] Books);
