namespace Soc.Simulation.Abstractions.Scenarios;

/// <summary>
/// The simulated period: participants arrive during <see cref="ArrivalMonths"/> months from
/// <see cref="Start"/>; the run goes on until every one of them has had their insertion window and, for a
/// programme's participants, the programme's reporting window after leaving it.
/// </summary>
[GenerateSerializer, Immutable, Alias("Soc.Horizon")]
public sealed record Horizon
{
    [Id(0)] public required DateOnly Start { get; init; }
    [Id(1)] public required int ArrivalMonths { get; init; }

    /// <summary>H1: insertion = a job contract that starts within this many months of the person's entry, whatever their pathway.</summary>
    [Id(2)] public required int InsertionWindowMonths { get; init; }

    /// <summary>A programme's own reporting convention (C3, E: Taller d'Oficis): a job within this many months of leaving it.</summary>
    [Id(3)] public required int ProgrammeReportingWindowMonths { get; init; }
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
    /// <summary>
    /// At the 2023 call, the share of subsidised hires that would have happened anyway (AIReF 2020: large): it sets
    /// the caused-hire effect, take-up × (1 − d) ÷ d times the baseline hazard. The deadweight a run reports is an
    /// output (1 − caused ÷ subsidised insertions), which moves with the call.
    /// </summary>
    [Id(14)] public required decimal Deadweight { get; init; }

    /// <summary>H3: elasticity of take-up with respect to the grant's generosity, relative to the 2023 call.</summary>
    [Id(15)] public required decimal TakeUpGenerosityElasticity { get; init; }

    /// <summary>H3: elasticity of the caused-hire effect with respect to the grant's generosity, relative to the 2023 call.</summary>
    [Id(16)] public required decimal HiringEffectGenerosityElasticity { get; init; }

    /// <summary>H3: the annual minimum wage employers pay (labour cost = it × 14 ÷ 12 monthly payments … see Generosity).</summary>
    [Id(17)] public required decimal LabourCostAnnualMinimumWageEur { get; init; }

    /// <summary>H3 ASSUMPTION: employer social contributions on top of the wage (0.31: labour cost = wage × 1.31).</summary>
    [Id(18)] public required decimal EmployerContributionsRate { get; init; }

    /// <summary>H4: days from the call running out until employers stop counting on the grant.</summary>
    [Id(19)] public required int ExhaustionNewsLagDays { get; init; }
}
