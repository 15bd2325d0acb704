namespace Soc.Simulation.Scenarios;

/// <summary>
/// The simulated period: participants arrive during <see cref="ArrivalMonths"/> months from
/// <see cref="Start"/>; the run goes on until every one of them has left their service and their
/// insertion window has closed.
/// </summary>
[GenerateSerializer, Immutable, Alias("Soc.Horizon")]
public sealed record Horizon
{
    [Id(0)] public required DateOnly Start { get; init; }
    [Id(1)] public required int ArrivalMonths { get; init; }
    /// <summary>Insertion = a job contract while in the service or within this many months of leaving it (domain.md E).</summary>
    [Id(2)] public required int InsertionWindowMonths { get; init; }
}

/// <summary>Who arrives at the services, and how many (D, E).</summary>
[GenerateSerializer, Immutable, Alias("Soc.Population")]
public sealed record Population
{
    /// <summary>Mean arrivals a month over the whole territory; each district's count is Poisson.</summary>
    [Id(0)] public required decimal MonthlyArrivals { get; init; }
    /// <summary>Shares of the age bands under30, from30to44, from45 (at arrival).</summary>
    [Id(1)] public required IReadOnlyDictionary<string, decimal> AgeBands { get; init; }
    [Id(2)] public required decimal LongTermUnemployedShare { get; init; }
    /// <summary>Shares of the education levels low, mid, high.</summary>
    [Id(3)] public required IReadOnlyDictionary<string, decimal> Education { get; init; }
    /// <summary>Shares of arrivals by district (or service point): each is one cohort grain.</summary>
    [Id(4)] public required IReadOnlyDictionary<string, decimal> Districts { get; init; }
}

/// <summary>Who may join a programme.</summary>
[GenerateSerializer, Immutable, Alias("Soc.ServiceEligibility")]
public sealed record ServiceEligibility
{
    [Id(0)] public int MinAge { get; init; }
    [Id(1)] public int MaxAge { get; init; } = 120;
    /// <summary>Programmes for people with added difficulties (C3): long-term unemployed or aged 45+ only.</summary>
    [Id(2)] public bool AddedDifficultiesOnly { get; init; }
}

/// <summary>A service programme of the convention (C3) with its budget and effect.</summary>
[GenerateSerializer, Immutable, Alias("Soc.ServiceProgramme")]
public sealed record ServiceProgramme
{
    [Id(0)] public required string Id { get; init; }
    [Id(1)] public required ServiceArea Area { get; init; }
    [Id(2)] public required decimal BudgetEur { get; init; }
    /// <summary>Funding source split (C1): the SOC's share; the city council pays the rest.</summary>
    [Id(3)] public required decimal SocShare { get; init; }
    [Id(4)] public required decimal CostPerParticipantEur { get; init; }
    [Id(5)] public required int DurationMonths { get; init; }
    [Id(6)] public ServiceEligibility Eligibility { get; init; } = new();
    /// <summary>Probability that an eligible arrival takes the programme, while places are left.</summary>
    [Id(7)] public required decimal Uptake { get; init; }
    /// <summary>Multiplier of the monthly job-finding hazard during and after the programme.</summary>
    [Id(8)] public required decimal HazardMultiplier { get; init; }
    /// <summary>Monthly hazard of going back to studies (Taller d'Oficis, C3); 0 elsewhere.</summary>
    [Id(9)] public decimal StudiesHazard { get; init; }
    [Id(10)] public string Note { get; init; } = "";
}

/// <summary>The contracting entities that hire participants (A3, B4, A6).</summary>
[GenerateSerializer, Immutable, Alias("Soc.EmployerPopulation")]
public sealed record EmployerPopulation
{
    /// <summary>Pre-selected employers by type (company, self_employed, civil_society, non_profit).</summary>
    [Id(0)] public required IReadOnlyDictionary<string, int> CountByType { get; init; }
    [Id(1)] public required decimal RoadTransportShare { get; init; }
    /// <summary>Share of employers with de minimis aid received elsewhere, and its mean (exponential).</summary>
    [Id(2)] public required decimal PriorDeMinimisShare { get; init; }
    [Id(3)] public required decimal PriorDeMinimisMeanEur { get; init; }
}

/// <summary>A planned contract length and its share of temporary contracts.</summary>
[GenerateSerializer, Immutable, Alias("Soc.ContractLength")]
public sealed record ContractLength([property: Id(0)] int Months, [property: Id(1)] decimal Share);

/// <summary>Behaviour of participants and employers (D): hazards, contracts, take-up, deadweight.</summary>
[GenerateSerializer, Immutable, Alias("Soc.Behaviour")]
public sealed record Behaviour
{
    /// <summary>Monthly probability of finding a job by age band, before multipliers.</summary>
    [Id(0)] public required IReadOnlyDictionary<string, decimal> MonthlyJobHazard { get; init; }
    [Id(1)] public required decimal LongTermUnemployedMultiplier { get; init; }
    [Id(2)] public required IReadOnlyDictionary<string, decimal> EducationMultiplier { get; init; }
    /// <summary>Multiplier while in a programme (lock-in: less job search while training).</summary>
    [Id(3)] public required decimal InServiceMultiplier { get; init; }
    [Id(4)] public required decimal PermanentShare { get; init; }
    [Id(5)] public required IReadOnlyList<ContractLength> TemporaryContractMonths { get; init; }
    [Id(6)] public required decimal FullTimeShare { get; init; }
    /// <summary>Weekly hours of part-time contracts, uniform between the two (B3: 20 h is the minimum that qualifies).</summary>
    [Id(7)] public required decimal PartTimeMinHours { get; init; }
    [Id(8)] public required decimal PartTimeMaxHours { get; init; }
    /// <summary>Share of hires of participants aged 30+ that are made by pre-selected employers and applied for.</summary>
    [Id(9)] public required decimal SubsidyTakeUp { get; init; }
    /// <summary>Days from the contract start to the application; a share files late (after the 2 months of A11).</summary>
    [Id(10)] public required int FilingDelayMaxDays { get; init; }
    [Id(11)] public required decimal LateFilingShare { get; init; }
    [Id(12)] public required decimal MonthlyEarlyEndHazard { get; init; }
    [Id(13)] public required decimal RenunciationShare { get; init; }
    /// <summary>Share of subsidised hires that would have happened anyway (AIReF 2020: large).</summary>
    [Id(14)] public required decimal Deadweight { get; init; }
}
