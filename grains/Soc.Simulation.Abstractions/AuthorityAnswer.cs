namespace Soc.Simulation.Abstractions;

/// <summary>An authority's answer: yes (and the version it is now at), or no with the reason.</summary>
[GenerateSerializer, Immutable, Alias("Soc.AuthorityAnswer")]
public sealed record AuthorityAnswer(
    [property: Id(0)] bool Accepted,
    [property: Id(1)] string? Refusal,
    [property: Id(2)] int Version);
