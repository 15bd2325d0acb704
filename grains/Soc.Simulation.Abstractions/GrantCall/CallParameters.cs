namespace Soc.Simulation.Abstractions.GrantCall;

/// <summary>How the waiting list is served (F4). Strict is the call's reading; the other is a lever.</summary>
[GenerateSerializer, Alias("Soc.AwardOrder")]
public enum AwardOrder
{
    /// <summary>The first application that does not fit blocks every later one until money is freed.</summary>
    Strict,

    /// <summary>A later, smaller application may be granted past one that does not fit.</summary>
    SkipToFit,
}

/// <summary>Which earlier aid counts towards an employer's de minimis cap (A6, B9, I5).</summary>
[GenerateSerializer, Alias("Soc.DeMinimisWindow")]
public enum DeMinimisWindow
{
    /// <summary>Aid granted in the fiscal year of the new grant and the two before (Reg. 1407/2013, A6).</summary>
    FiscalYears,

    /// <summary>Aid granted in the three years up to the new grant's day (Reg. 2023/2831, from 2024, B9).</summary>
    RollingYears,
}

/// <summary>A dated change of the call's budget: a top-up (A5) or a cut (A8).</summary>
[GenerateSerializer, Alias("Soc.BudgetChangeKind")]
public enum BudgetChangeKind
{
    TopUp,
    Cut,
}

/// <summary>
/// A dated top-up or cut of the call (A5, A8). With no <see cref="Line"/>, a top-up is split among the lines
/// by their shares and a cut takes uncommitted money from the lines in their listed order.
/// </summary>
[GenerateSerializer, Immutable, Alias("Soc.BudgetChange")]
public sealed record BudgetChange(
    [property: Id(0)] DateOnly On,
    [property: Id(1)] BudgetChangeKind Kind,
    [property: Id(2)] decimal AmountEur,
    [property: Id(3)] string? Line);

/// <summary>A budget line of the call (A4) with its share of the initial budget (an assumption, B8).</summary>
[GenerateSerializer, Immutable, Alias("Soc.BudgetLineSpec")]
public sealed record BudgetLineSpec(
    [property: Id(0)] string Code,
    [property: Id(1)] decimal Share,
    [property: Id(2)] string Note);

/// <summary>
/// Every parameter of a grant call, with the 2023 values of domain.md section F as the shipped defaults.
/// Dates are inclusive.
/// </summary>
[GenerateSerializer, Immutable, Alias("Soc.CallParameters")]
public sealed record CallParameters
{
    [Id(0)] public required decimal BudgetEur { get; init; }
    [Id(1)] public required DateOnly HiringStart { get; init; }
    [Id(2)] public required DateOnly HiringEnd { get; init; }
    [Id(3)] public required DateOnly FilingStart { get; init; }
    [Id(4)] public required DateOnly FilingEnd { get; init; }
    [Id(5)] public required int FilingWindowMonths { get; init; }
    [Id(6)] public required DateOnly ExecutionEnd { get; init; }
    [Id(7)] public required int MinimumAge { get; init; }
    [Id(8)] public required int MinimumContractMonths { get; init; }
    [Id(9)] public required decimal MinimumWorkingTimeFraction { get; init; }
    [Id(10)] public required decimal FullTimeWeeklyHours { get; init; }
    /// <summary>
    /// The edition's annual minimum wage (14 monthly payments, B1, H5): the monthly amount is it ÷ 12 and the daily
    /// module it ÷ 365, unless both are given. 2022: 14,000 € → 1,166.67 and 38.36.
    /// </summary>
    [Id(25)] public decimal? AnnualMinimumWageEur { get; init; }

    /// <summary>Given explicitly, or null to take it from <see cref="AnnualMinimumWageEur"/>: use <see cref="Monthly"/>.</summary>
    [Id(11)] public decimal? MonthlyAmountEur { get; init; }

    /// <summary>Given explicitly, or null to take it from <see cref="AnnualMinimumWageEur"/>: use <see cref="Daily"/>.</summary>
    [Id(12)] public decimal? DailyModuleEur { get; init; }
    [Id(13)] public required int MaxSubsidisedMonths { get; init; }
    [Id(14)] public required int MaxParticipantsPerEmployer { get; init; }
    [Id(15)] public required decimal DeMinimisCapEur { get; init; }
    [Id(16)] public required decimal DeMinimisRoadTransportCapEur { get; init; }
    [Id(17)] public required decimal AdvanceShare { get; init; }
    [Id(18)] public required int JustificationDelayMonths { get; init; }
    [Id(19)] public required IReadOnlyList<EmployerType> EligibleEmployerTypes { get; init; }
    [Id(20)] public required IReadOnlyList<BudgetLineSpec> BudgetLines { get; init; }
    [Id(21)] public required IReadOnlyDictionary<EmployerType, string> EmployerTypeLines { get; init; }
    [Id(22)] public required AwardOrder AwardOrder { get; init; }
    [Id(23)] public required bool PartialGrants { get; init; }
    [Id(24)] public required IReadOnlyList<BudgetChange> BudgetChanges { get; init; }

    /// <summary>Which earlier aid counts towards the de minimis cap; 2023: fiscal years (A6), from 2024 rolling years (B9).</summary>
    [Id(26)] public DeMinimisWindow DeMinimisWindow { get; init; }

    /// <summary>Optional participant quotas (B7, I6); none in the 2023 call.</summary>
    [Id(27)] public IReadOnlyList<ParticipantQuota> Quotas { get; init; } = [];

    /// <summary>
    /// Optional promoter entities (I2, A3): when given, only an employer one of them pre-selected may apply, and each grant
    /// takes one of its promoter's places. None in the shipped calls (the registers do not say who pre-selected whom).
    /// </summary>
    [Id(28)] public IReadOnlyList<Promoters.Promoter> Promoters { get; init; } = [];

    /// <summary>
    /// In a simulation, the other territories on the call (I1) and the promoters that pre-selected their employers, set by
    /// the replicate from its draw of their applications (never read from a file). A3 binds a territory's employers only
    /// where promoters of that territory are listed: the call's own (<see cref="Promoters"/>) for the simulated territory's.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore]
    [Id(29)] public IReadOnlyList<Promoters.TerritoryPromoters> OtherTerritories { get; init; } = [];

    /// <summary>The last day a quota's reservation holds: as given, else the filing end.</summary>
    public DateOnly ReservedUntil(ParticipantQuota quota) => quota.ReservedUntil ?? FilingEnd;

    /// <summary>The monthly amount of a full-time grant (A9): as given, else the annual minimum wage ÷ 12 in cents (H5).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public decimal Monthly => MonthlyAmountEur ?? FromMinimumWage(12);

    /// <summary>The daily economic module (A10): as given, else the annual minimum wage ÷ 365 in cents (H5).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public decimal Daily => DailyModuleEur ?? FromMinimumWage(365);

    private decimal FromMinimumWage(int divisor) =>
        AnnualMinimumWageEur is decimal wage
            ? Math.Round(wage / divisor, 2, MidpointRounding.AwayFromZero)
            : throw new InvalidOperationException("the call has neither the amount nor an annual minimum wage (the scenario validator refuses it)");
}
