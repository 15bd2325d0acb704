using Soc.Simulation.Abstractions.GrantCall;

namespace Soc.Simulation.Abstractions.Employers;

/// <summary>A change to one employer's subsidised hires in a call: the grant made on <see cref="GrantedOn"/> now counts this much.</summary>
[GenerateSerializer, Immutable, Alias("Soc.EmployerGrantChange")]
public sealed record EmployerGrantChange(
    [property: Id(0)] string ApplicationId,
    [property: Id(1)] decimal GrantEur,
    [property: Id(2)] DateOnly GrantedOn);

/// <summary>
/// The limits one employer has in a call (F5): the aid it declared from outside the portfolio, its cap, the
/// participant limit, and which earlier aid the cap counts (A6 or B9).
/// </summary>
[GenerateSerializer, Immutable, Alias("Soc.EmployerTerms")]
public sealed record EmployerTerms(
    [property: Id(0)] decimal PriorDeMinimisEur,
    [property: Id(1)] decimal CapEur,
    [property: Id(2)] int MaxParticipants,
    [property: Id(3)] DeMinimisWindow Window = DeMinimisWindow.FiscalYears);

/// <summary>One grant an employer received in a call of the portfolio, counted for what it is now worth.</summary>
[GenerateSerializer, Immutable, Alias("Soc.AidEntry")]
public sealed record AidEntry(
    [property: Id(0)] string CallId,
    [property: Id(1)] string ApplicationId,
    [property: Id(2)] DateOnly GrantedOn,
    [property: Id(3)] decimal AmountEur);

/// <summary>What an employer grain holds: every grant of the portfolio's calls, and the version that changes with each record.</summary>
[GenerateSerializer, Immutable, Alias("Soc.EmployerAid")]
public sealed record EmployerAid(
    [property: Id(0)] string EmployerId,
    [property: Id(1)] AidEntry[] Entries,
    [property: Id(2)] int Version);

/// <summary>The grants an employer holds at the end of a run, in every call of the portfolio: its de minimis ledger over the years (I5).</summary>
[GenerateSerializer, Immutable, Alias("Soc.HeldAid")]
public sealed record HeldAid(
    [property: Id(0)] string EmployerId,
    [property: Id(1)] AidEntry[] Entries);
