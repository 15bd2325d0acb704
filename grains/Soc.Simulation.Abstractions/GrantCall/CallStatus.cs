namespace Soc.Simulation.Abstractions.GrantCall;

/// <summary>The call after a clock move: whether it has run out, and what is left.</summary>
[GenerateSerializer, Immutable, Alias("Soc.CallStatus")]
public sealed record CallStatus(
    [property: Id(0)] DateOnly? ExhaustedOn,
    [property: Id(1)] decimal AvailableEur);
