using Soc.Simulation.Abstractions.GrantCall;
using Soc.Simulation.Abstractions.Scenarios;

namespace Soc.Simulation.Model.Scenarios;

/// <summary>The checks a scenario must pass before anything runs; each error starts with its JSON path.</summary>
public static class ScenarioValidator
{
    public static IReadOnlyList<string> Errors(Scenario scenario)
    {
        var errors = new List<string>();
        CallParameters c = scenario.Call;
        void Require(bool ok, string path, string expected)
        {
            if (!ok) errors.Add($"$.call.{path}: expected {expected}");
        }

        Require(c.BudgetEur >= 0 && Money.IsWholeCents(c.BudgetEur), "budgetEur", $"a non-negative amount in whole cents, got {c.BudgetEur}");
        Require(c.HiringStart <= c.HiringEnd, "hiringEnd", $"a date on or after hiringStart {c.HiringStart:yyyy-MM-dd}");
        Require(c.HiringEnd <= c.ExecutionEnd, "executionEnd", $"a date on or after hiringEnd {c.HiringEnd:yyyy-MM-dd}");
        Require(c.FilingStart <= c.FilingEnd, "filingEnd", $"a date on or after filingStart {c.FilingStart:yyyy-MM-dd}");
        Require(c.FilingWindowMonths >= 0, "filingWindowMonths", "a number of months >= 0");
        Require(c.MinimumAge is >= 16 and <= 100, "minimumAge", "an age from 16 to 100");
        Require(c.MinimumContractMonths >= 0, "minimumContractMonths", "a number of months >= 0");
        Require(c.MinimumWorkingTimeFraction is > 0 and <= 1, "minimumWorkingTimeFraction", "a fraction in (0, 1]");
        Require(c.FullTimeWeeklyHours > 0, "fullTimeWeeklyHours", "hours > 0");
        CheckAmounts(c, Require);
        Require(c.MaxSubsidisedMonths is >= 1 and <= 120, "maxSubsidisedMonths", "a number of months from 1 to 120");
        Require(c.MaxParticipantsPerEmployer >= 1, "maxParticipantsPerEmployer", "at least 1");
        Require(c.DeMinimisCapEur >= 0, "deMinimisCapEur", "a non-negative amount");
        Require(c.DeMinimisRoadTransportCapEur >= 0, "deMinimisRoadTransportCapEur", "a non-negative amount");
        Require(c.AdvanceShare is >= 0 and <= 1, "advanceShare", "a share from 0 to 1");
        Require(c.JustificationDelayMonths >= 0, "justificationDelayMonths", "a number of months >= 0");
        Require(c.EligibleEmployerTypes.Count > 0 && c.EligibleEmployerTypes.Distinct().Count() == c.EligibleEmployerTypes.Count,
            "eligibleEmployerTypes", "at least one employer type, none repeated");
        Require(Money.IsWholeCents(c.DeMinimisCapEur) && Money.IsWholeCents(c.DeMinimisRoadTransportCapEur), "deMinimisCapEur", "caps in whole cents");
        CheckLines(c, Require);
        CheckChanges(c, Require);
        CheckQuotas(c, Require);
        CheckPromoters(c, Require);
        SimulationValidator.Check(scenario, errors);
        // Priors are checked on a scenario that is otherwise valid: each end of their range is tried as a point scenario.
        if (errors.Count == 0) UncertainParameters.Check(scenario, errors);
        return errors;
    }

    /// <summary>
    /// H5: the monthly amount and the daily module come from one annual minimum wage (÷ 12 and ÷ 365) unless both are
    /// given. One given alone must agree with the wage, so that changing one never silently keeps the other edition's.
    /// </summary>
    private static void CheckAmounts(CallParameters c, Action<bool, string, string> require)
    {
        static bool Amount(decimal? v) => v is null || (v >= 0 && Money.IsWholeCents(v.Value));
        require(Amount(c.MonthlyAmountEur), "monthlyAmountEur", "a non-negative amount in whole cents, or null to take it from annualMinimumWageEur");
        require(Amount(c.DailyModuleEur), "dailyModuleEur", "a non-negative amount in whole cents, or null to take it from annualMinimumWageEur");
        if (c.AnnualMinimumWageEur is not decimal wage)
        {
            require(c.MonthlyAmountEur is not null, "monthlyAmountEur", "an amount, or call.annualMinimumWageEur to derive it (H5)");
            require(c.DailyModuleEur is not null, "dailyModuleEur", "an amount, or call.annualMinimumWageEur to derive it (H5)");
            return;
        }

        require(wage > 0 && Money.IsWholeCents(wage), "annualMinimumWageEur", $"a positive amount in whole cents (14 monthly payments a year), got {wage}");
        if (wage <= 0 || (c.MonthlyAmountEur is null) == (c.DailyModuleEur is null)) return;
        static string E(decimal v) => v.ToString("#,##0.00", System.Globalization.CultureInfo.InvariantCulture);
        decimal wageMonthly = Money.Cents(wage / 12), wageDaily = Money.Cents(wage / 365);
        if (c.MonthlyAmountEur is decimal monthly && monthly != wageMonthly)
        {
            decimal implied = monthly * 12;
            require(false, "monthlyAmountEur", $"an amount that goes with the daily module {E(wageDaily)} € (both from the annual minimum wage {E(wage)} €, H5); "
                + $"{E(monthly)} € a month is the wage {E(implied)} €: set call.annualMinimumWageEur={implied.ToString(System.Globalization.CultureInfo.InvariantCulture)} (daily {E(Money.Cents(implied / 365))} €), or set both amounts");
        }

        if (c.DailyModuleEur is decimal daily && daily != wageDaily)
        {
            decimal implied = daily * 365;
            require(false, "dailyModuleEur", $"an amount that goes with the monthly amount {E(wageMonthly)} € (both from the annual minimum wage {E(wage)} €, H5); "
                + $"{E(daily)} € a day is the wage {E(implied)} €: set call.annualMinimumWageEur, or set both amounts");
        }
    }

    private static void CheckLines(CallParameters c, Action<bool, string, string> require)
    {
        require(c.BudgetLines.Count > 0, "budgetLines", "at least one budget line");
        var codes = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < c.BudgetLines.Count; i++)
        {
            BudgetLineSpec line = c.BudgetLines[i];
            require(line.Code.Length > 0 && codes.Add(line.Code), $"budgetLines[{i}].code", "a non-empty code not used by another line");
            require(line.Share is >= 0 and <= 1, $"budgetLines[{i}].share", $"a share from 0 to 1, got {line.Share}");
        }

        decimal sum = c.BudgetLines.Sum(l => l.Share);
        require(c.BudgetLines.Count == 0 || sum == 1m, "budgetLines", $"shares that sum to 1, they sum to {sum}");
        foreach (EmployerType type in Enum.GetValues<EmployerType>())
        {
            string name = Employers.EmployerTypeNames.Name(type);
            bool mapped = c.EmployerTypeLines.TryGetValue(type, out string? line);
            require(mapped, $"employerTypeLines.{name}", "the code of the budget line this employer type is charged to");
            require(!mapped || codes.Contains(line!), $"employerTypeLines.{name}", $"one of the budget line codes {string.Join(", ", codes)}, got '{line}'");
        }
    }

    private static void CheckChanges(CallParameters c, Action<bool, string, string> require)
    {
        DateOnly opened = c.HiringStart < c.FilingStart ? c.HiringStart : c.FilingStart;
        for (int i = 0; i < c.BudgetChanges.Count; i++)
        {
            BudgetChange change = c.BudgetChanges[i];
            string at = $"budgetChanges[{i}]";
            require(change.AmountEur > 0 && Money.IsWholeCents(change.AmountEur), $"{at}.amountEur", "a positive amount in whole cents");
            require(change.On >= opened && change.On <= c.ExecutionEnd, $"{at}.on",
                $"a date from {opened:yyyy-MM-dd} to executionEnd {c.ExecutionEnd:yyyy-MM-dd}");
            require(change.Line is null || c.BudgetLines.Any(l => l.Code == change.Line), $"{at}.line", "null or one of the budget line codes");
        }
    }

    private static void CheckQuotas(CallParameters c, Action<bool, string, string> require)
    {
        var groups = new HashSet<QuotaGroup>();
        for (int i = 0; i < c.Quotas.Count; i++)
        {
            ParticipantQuota q = c.Quotas[i];
            string at = $"quotas[{i}]";
            require(groups.Add(q.Group), $"{at}.group", "a group no other quota of the call has");
            require(q.MinShare is > 0 and < 1, $"{at}.minShare", $"a share above 0 and below 1, got {q.MinShare}");
            require(q.ReservedUntil is null || (q.ReservedUntil >= c.FilingStart && q.ReservedUntil <= c.ExecutionEnd), $"{at}.reservedUntil",
                $"null (the filing end) or a date from filingStart {c.FilingStart:yyyy-MM-dd} to executionEnd {c.ExecutionEnd:yyyy-MM-dd}");
        }
    }

    private static void CheckPromoters(CallParameters c, Action<bool, string, string> require)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var preselectedBy = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int i = 0; i < c.Promoters.Count; i++)
        {
            Abstractions.Promoters.Promoter p = c.Promoters[i];
            string at = $"promoters[{i}]";
            require(p.Id.Length > 0 && ids.Add(p.Id), $"{at}.id", "a non-empty id no other promoter of the call has");
            require(p.Places >= 0, $"{at}.places", "a number of places >= 0");
            for (int j = 0; j < p.Employers.Count; j++)
            {
                string e = p.Employers[j];
                bool first = preselectedBy.TryAdd(e, p.Id);
                require(e.Length > 0 && first, $"{at}.employers[{j}]",
                    first ? "a non-empty employer id" : $"an employer no other promoter pre-selected ('{e}' is already promoter '{preselectedBy[e]}''s)");
            }
        }
    }
}
