using Soc.Simulation.Abstractions.Budget;
using Soc.Simulation.Abstractions.GrantCall;
using Soc.Simulation.Model.GrantCall;

namespace Soc.Simulation.Tests.Rules;

/// <summary>
/// The 2023 call of domain.md F as test data, and an eligible application that tests change with
/// <c>with { … }</c>. The default application asks for a full 9-month full-time grant: 10,500.03 € (B2).
/// </summary>
internal static class CallFixtures
{
    public const string Line470 = "D/470000121/331L/0000";
    public const string Line481 = "D/481000121/331L/0000";
    public const string Line482 = "D/482000121/331L/0000";
    public const string Line484 = "D/484000121/331L/0000";

    /// <summary>9 months × 1,166.67 € (B2).</summary>
    public const decimal FullGrant = 10_500.03m;

    /// <summary>6 months × 1,166.67 €: a full-time 6-month contract.</summary>
    public const decimal SixMonthGrant = 7_000.02m;

    public static readonly string[] Lines = [Line470, Line481, Line482, Line484];

    /// <summary>The 2023 defaults of domain.md F.</summary>
    public static CallParameters Call2023 { get; } = new()
    {
        BudgetEur = 14_906_455.85m,
        HiringStart = new DateOnly(2022, 10, 1),
        HiringEnd = new DateOnly(2023, 4, 1),
        FilingStart = new DateOnly(2022, 10, 1),
        FilingEnd = new DateOnly(2023, 6, 1),
        FilingWindowMonths = 2,
        ExecutionEnd = new DateOnly(2023, 9, 30),
        MinimumAge = 30,
        MinimumContractMonths = 6,
        MinimumWorkingTimeFraction = 0.5m,
        FullTimeWeeklyHours = 40m,
        MonthlyAmountEur = 1_166.67m,
        DailyModuleEur = 38.36m,
        MaxSubsidisedMonths = 9,
        MaxParticipantsPerEmployer = 5,
        DeMinimisCapEur = 200_000m,
        DeMinimisRoadTransportCapEur = 100_000m,
        AdvanceShare = 0.8m,
        JustificationDelayMonths = 3,
        EligibleEmployerTypes = [EmployerType.Company, EmployerType.SelfEmployed, EmployerType.CivilSociety, EmployerType.NonProfit],
        BudgetLines =
        [
            new BudgetLineSpec(Line470, 0.70m, "to private companies"),
            new BudgetLineSpec(Line481, 0.15m, "to non-profit institutions"),
            new BudgetLineSpec(Line482, 0.10m, "opaque (B8)"),
            new BudgetLineSpec(Line484, 0.05m, "opaque (B8)"),
        ],
        EmployerTypeLines = new Dictionary<EmployerType, string>
        {
            [EmployerType.Company] = Line470,
            [EmployerType.SelfEmployed] = Line470,
            [EmployerType.NonProfit] = Line481,
            [EmployerType.CivilSociety] = Line482,
        },
        AwardOrder = AwardOrder.Strict,
        PartialGrants = false,
        BudgetChanges = [],
    };

    /// <summary>The 2023 call with another budget, the usual way engine tests make the budget bind.</summary>
    public static CallParameters CallWithBudget(decimal budgetEur, params BudgetChange[] changes) =>
        Call2023 with { BudgetEur = budgetEur, BudgetChanges = changes };

    /// <summary>
    /// An eligible application: a 35-year-old unemployed participant hired full time by a company on
    /// 2022-10-01 for 12 months (9 subsidised), registered on 2022-10-05 at 09:00.
    /// </summary>
    public static Application Application(string id = "a1") => new(
        ApplicationId: id,
        RegisteredAt: At(new DateOnly(2022, 10, 5)),
        EmployerId: "e-" + id,
        EmployerType: EmployerType.Company,
        RoadTransport: false,
        PriorDeMinimisEur: 0m,
        ParticipantId: "p-" + id,
        BirthDate: new DateOnly(1987, 3, 14),
        Unemployed: true,
        ContractStart: new DateOnly(2022, 10, 1),
        ContractMonths: 12,
        WeeklyHours: 40m,
        Permanent: false,
        EndedOn: null,
        RenouncedOn: null);

    /// <summary>An application of <paramref name="employer"/> registered at 9:00 on <paramref name="day"/>.</summary>
    public static Application Of(string id, string employer, DateOnly day) =>
        Application(id) with { EmployerId = employer, RegisteredAt = At(day) };

    /// <summary>A registration time on <paramref name="day"/>.</summary>
    public static DateTime At(DateOnly day, int hour = 9, int minute = 0) =>
        day.ToDateTime(new TimeOnly(hour, minute));

    /// <summary>Runs the whole call on these applications and returns the decisions by id.</summary>
    public static Dictionary<string, AwardDecision> Run(CallParameters call, params Application[] applications) =>
        Run(call, out _, applications);

    public static Dictionary<string, AwardDecision> Run(CallParameters call, out GrantCallEngine engine, params Application[] applications)
    {
        engine = new GrantCallEngine(call);
        engine.Register(applications);
        engine.RunToEnd();
        return engine.Decisions().ToDictionary(d => d.ApplicationId);
    }

    /// <summary>The postings of one application of one kind.</summary>
    public static List<LedgerPosting> PostingsOf(GrantCallEngine engine, string applicationId, PostingKind kind) =>
        [.. engine.Budget.Postings.Where(p => p.ApplicationId == applicationId && p.Kind == kind)];

    /// <summary>Asserts a refusal reason starts with the rule id, optionally followed by a space and words (F9).</summary>
    public static void AssertReason(string ruleId, string? reason)
    {
        Assert.NotNull(reason);
        Assert.Matches($"^{ruleId}( |$)", reason);
    }
}
