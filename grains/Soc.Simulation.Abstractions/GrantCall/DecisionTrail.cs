namespace Soc.Simulation.Abstractions.GrantCall;

/// <summary>
/// Why an eligible application waited, and what took it off the waiting list (A7, A12, F4, F8): the facts the call engine
/// knew when it decided, for the "why" of each application. Only applications that were refused for budget have one.
/// </summary>
[GenerateSerializer, Immutable, Alias("Soc.DecisionTrail")]
public sealed record DecisionTrail(
    [property: Id(0)] DateOnly RefusedOn,
    [property: Id(1)] decimal NeededEur,
    [property: Id(2)] decimal CallLeftEur,
    [property: Id(3)] string Line,
    [property: Id(4)] decimal LineLeftEur,
    [property: Id(5)] string? WaitingAhead)
{
    /// <summary>The day freed money granted it on reassignment; null while it waits.</summary>
    [Id(6)] public DateOnly? GrantedOn { get; init; }

    /// <summary>What freed the money that granted it: <see cref="FreedBy"/>'s early end, renunciation, or a top-up.</summary>
    [Id(7)] public ReleaseKind? Freed { get; init; }

    /// <summary>The application whose release granted it (the last release before the grant); null for a top-up.</summary>
    [Id(8)] public string? FreedBy { get; init; }

    /// <summary>The euros that release freed (0 when a waiting application ahead renounced and so unblocked the order).</summary>
    [Id(9)] public decimal FreedEur { get; init; }

    /// <summary>The euros available in the call just before the grant.</summary>
    [Id(10)] public decimal AvailableEur { get; init; }
}

/// <summary>What made money available to the waiting list (F6, F8).</summary>
[GenerateSerializer, Alias("Soc.ReleaseKind")]
public enum ReleaseKind
{
    EarlyEnd,
    Renunciation,
    WaitingRenunciation,
    WaitingEarlyEnd,
    TopUp,

    /// <summary>A participant quota's reservation ended (B7, I6): the budget it held is open to everyone.</summary>
    QuotaEnd,
}
