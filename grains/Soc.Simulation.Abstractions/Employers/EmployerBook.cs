namespace Soc.Simulation.Abstractions.Employers;

/// <summary>A change to one employer's subsidised hires in a call: the grant now counts this much.</summary>
[GenerateSerializer, Immutable, Alias("Soc.EmployerGrantChange")]
public sealed record EmployerGrantChange(
    [property: Id(0)] string ApplicationId,
    [property: Id(1)] decimal GrantEur);

/// <summary>An employer's de minimis book (A6) and participant count (B4) as its grain keeps it.</summary>
[GenerateSerializer, Immutable, Alias("Soc.EmployerBook")]
public sealed record EmployerBook(
    [property: Id(0)] string EmployerId,
    [property: Id(1)] decimal PriorDeMinimisEur,
    [property: Id(2)] decimal CapEur,
    [property: Id(3)] decimal GrantedInCallEur,
    [property: Id(4)] int SubsidisedParticipants);

/// <summary>The limits one employer has in a call (F5): prior de minimis aid, its cap, and the participant limit.</summary>
[GenerateSerializer, Immutable, Alias("Soc.EmployerTerms")]
public sealed record EmployerTerms(
    [property: Id(0)] decimal PriorDeMinimisEur,
    [property: Id(1)] decimal CapEur,
    [property: Id(2)] int MaxParticipants);
