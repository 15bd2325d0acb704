namespace Soc.Simulation.Abstractions.GrantCall;

/// <summary>The type of a contracting entity (A3). The register spells them in snake_case.</summary>
[GenerateSerializer, Alias("Soc.EmployerType")]
public enum EmployerType
{
    Company,
    SelfEmployed,
    CivilSociety,
    NonProfit,
}

/// <summary>
/// One application for the subsidy of one hire, as registered (domain.md section G).
/// <see cref="ContractMonths"/> is null for a permanent contract with no planned end.
/// </summary>
[GenerateSerializer, Immutable, Alias("Soc.Application")]
public sealed record Application(
    [property: Id(0)] string ApplicationId,
    [property: Id(1)] DateTime RegisteredAt,
    [property: Id(2)] string EmployerId,
    [property: Id(3)] EmployerType EmployerType,
    [property: Id(4)] bool RoadTransport,
    [property: Id(5)] decimal PriorDeMinimisEur,
    [property: Id(6)] string ParticipantId,
    [property: Id(7)] DateOnly BirthDate,
    [property: Id(8)] bool Unemployed,
    [property: Id(9)] DateOnly ContractStart,
    [property: Id(10)] int? ContractMonths,
    [property: Id(11)] decimal WeeklyHours,
    [property: Id(12)] bool Permanent,
    [property: Id(13)] DateOnly? EndedOn,
    [property: Id(14)] DateOnly? RenouncedOn)
{
    /// <summary>Whether the participant is long-term unemployed: optional column of the register, null when not given (I6).</summary>
    [Id(15)] public bool? LongTermUnemployed { get; init; }

    /// <summary>The day the application was registered: the day of its first decision (F8).</summary>
    public DateOnly RegisteredOn => DateOnly.FromDateTime(RegisteredAt);
}
