namespace Soc.Simulation.Model.Register;

/// <summary>The columns of the register of applications (domain.md section G), in their documented order.</summary>
public static class RegisterColumns
{
    public const string ApplicationId = "application_id";
    public const string RegisteredAt = "registered_at";
    public const string EmployerId = "employer_id";
    public const string EmployerType = "employer_type";
    public const string RoadTransport = "road_transport";
    public const string PriorDeMinimisEur = "prior_de_minimis_eur";
    public const string ParticipantId = "participant_id";
    public const string BirthDate = "birth_date";
    public const string Unemployed = "unemployed";
    public const string ContractStart = "contract_start";
    public const string ContractMonths = "contract_months";
    public const string WeeklyHours = "weekly_hours";
    public const string Permanent = "permanent";
    public const string EndedOn = "ended_on";
    public const string RenouncedOn = "renounced_on";

    /// <summary>Optional (I6): whether the participant is long-term unemployed; a register may leave it out or leave cells empty.</summary>
    public const string LongTermUnemployed = "long_term_unemployed";

    /// <summary>The columns a register may leave out.</summary>
    public static readonly IReadOnlyList<string> Optional = [LongTermUnemployed];

    /// <summary>The columns every register has.</summary>
    public static readonly IReadOnlyList<string> All =
    [
        ApplicationId, RegisteredAt, EmployerId, EmployerType, RoadTransport, PriorDeMinimisEur, ParticipantId,
        BirthDate, Unemployed, ContractStart, ContractMonths, WeeklyHours, Permanent, EndedOn, RenouncedOn,
    ];
}
