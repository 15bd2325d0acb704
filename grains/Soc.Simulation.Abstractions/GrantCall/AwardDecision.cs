namespace Soc.Simulation.Abstractions.GrantCall;

/// <summary>The four decision values of domain.md F9.</summary>
[GenerateSerializer, Alias("Soc.DecisionKind")]
public enum DecisionKind
{
    Granted,
    GrantedOnReassignment,
    RefusedBudget,
    RefusedIneligible,
}

/// <summary>
/// The final decision on one application: one row of awards.csv. <see cref="GrantedEur"/> is the amount
/// awarded; what was later freed by an early end or a renunciation shows in paid and refunded.
/// </summary>
[GenerateSerializer, Immutable, Alias("Soc.AwardDecision")]
public sealed record AwardDecision(
    [property: Id(0)] string ApplicationId,
    [property: Id(1)] DecisionKind Decision,
    [property: Id(2)] string Reason,
    [property: Id(3)] decimal GrantedEur,
    [property: Id(4)] decimal PaidEur,
    [property: Id(5)] decimal RefundedEur,
    [property: Id(6)] DateOnly DecidedOn)
{
    /// <summary>For an application refused for budget at first: how the budget stood and what later granted it, if anything.</summary>
    [Id(7)] public DecisionTrail? Trail { get; init; }
}
