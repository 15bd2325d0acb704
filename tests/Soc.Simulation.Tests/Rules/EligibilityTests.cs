using static Soc.Simulation.Tests.Rules.CallFixtures;
using Soc.Simulation.Abstractions.GrantCall;
using Soc.Simulation.Model.GrantCall;

namespace Soc.Simulation.Tests.Rules;

/// <summary>F1 (eligibility of a hire) and F2 (filing), each at its edges.</summary>
public class EligibilityTests
{
    private static readonly DateOnly HiringStart = new(2022, 10, 1);

    private static string? Refusal(Application a) => Eligibility.Refusal(a, Call2023);

    [Fact]
    public void F1_default_application_is_eligible() => Assert.Null(Refusal(Application()));

    [Fact]
    public void A2_thirtieth_birthday_on_contract_start_is_eligible() =>
        Assert.Null(Refusal(Application() with { BirthDate = HiringStart.AddYears(-30) }));

    [Fact]
    public void A2_thirtieth_birthday_the_day_after_contract_start_is_refused()
    {
        string? reason = Refusal(Application() with { BirthDate = HiringStart.AddYears(-30).AddDays(1) });
        AssertReason("A2", reason);
    }

    [Fact]
    public void A2_thirtieth_birthday_on_a_later_contract_start_counts()
    {
        var start = new DateOnly(2023, 2, 17);
        Application a = Application() with
        {
            ContractStart = start,
            RegisteredAt = At(start),
            BirthDate = start.AddYears(-30),
        };
        Assert.Null(Refusal(a));
        AssertReason("A2", Refusal(a with { BirthDate = start.AddYears(-30).AddDays(1) }));
    }

    [Fact]
    public void A2_participant_not_unemployed_is_refused() =>
        AssertReason("A2", Refusal(Application() with { Unemployed = false }));

    [Fact]
    public void A1_contract_start_the_day_before_hiring_start_is_refused() =>
        AssertReason("A1", Refusal(Application() with { ContractStart = new DateOnly(2022, 9, 30) }));

    [Fact]
    public void A1_contract_start_on_hiring_start_is_eligible() =>
        Assert.Null(Refusal(Application() with { ContractStart = new DateOnly(2022, 10, 1) }));

    [Fact]
    public void A1_contract_start_on_hiring_end_is_eligible()
    {
        var start = new DateOnly(2023, 4, 1);
        Assert.Null(Refusal(Application() with { ContractStart = start, RegisteredAt = At(start.AddDays(4)) }));
    }

    [Fact]
    public void A1_contract_start_the_day_after_hiring_end_is_refused()
    {
        var start = new DateOnly(2023, 4, 2);
        AssertReason("A1", Refusal(Application() with { ContractStart = start, RegisteredAt = At(start.AddDays(4)) }));
    }

    [Fact]
    public void B3_five_month_contract_is_refused() =>
        AssertReason("B3", Refusal(Application() with { ContractMonths = 5 }));

    [Fact]
    public void B3_six_month_contract_is_eligible() =>
        Assert.Null(Refusal(Application() with { ContractMonths = 6 }));

    [Fact]
    public void B3_permanent_contract_without_planned_end_is_eligible() =>
        Assert.Null(Refusal(Application() with { ContractMonths = null, Permanent = true }));

    [Fact]
    public void B3_weekly_hours_19_99_is_refused() =>
        AssertReason("B3", Refusal(Application() with { WeeklyHours = 19.99m }));

    [Fact]
    public void B3_weekly_hours_20_is_eligible() =>
        Assert.Null(Refusal(Application() with { WeeklyHours = 20m }));

    [Fact]
    public void A11_filing_on_contract_start_plus_two_months_is_eligible()
    {
        var start = new DateOnly(2023, 1, 15);
        Assert.Null(Refusal(Application() with { ContractStart = start, RegisteredAt = At(new DateOnly(2023, 3, 15), 23, 59) }));
    }

    [Fact]
    public void A11_filing_one_day_after_contract_start_plus_two_months_is_refused()
    {
        var start = new DateOnly(2023, 1, 15);
        AssertReason("A11", Refusal(Application() with { ContractStart = start, RegisteredAt = At(new DateOnly(2023, 3, 16), 0, 0) }));
    }

    [Fact]
    public void A11_filing_on_filing_end_is_eligible()
    {
        var start = new DateOnly(2023, 4, 1);
        Assert.Null(Refusal(Application() with { ContractStart = start, RegisteredAt = At(new DateOnly(2023, 6, 1), 23, 59) }));
    }

    [Fact]
    public void A11_filing_the_day_after_filing_end_is_refused()
    {
        var start = new DateOnly(2023, 4, 1);
        AssertReason("A11", Refusal(Application() with { ContractStart = start, RegisteredAt = At(new DateOnly(2023, 6, 2), 0, 0) }));
    }

    [Fact]
    public void A11_filing_end_binds_even_when_the_window_after_contract_start_is_still_open()
    {
        // With a 3-month window the contract-start window would allow 2023-07-01: only the filing end refuses.
        CallParameters call = Call2023 with { FilingWindowMonths = 3 };
        Application a = Application() with { ContractStart = new DateOnly(2023, 4, 1) };
        Assert.Null(Eligibility.Refusal(a with { RegisteredAt = At(new DateOnly(2023, 6, 1)) }, call));
        AssertReason("A11", Eligibility.Refusal(a with { RegisteredAt = At(new DateOnly(2023, 6, 2)) }, call));
    }

    [Fact]
    public void A11_filing_before_filing_start_is_refused() =>
        AssertReason("A11", Refusal(Application() with { RegisteredAt = At(new DateOnly(2022, 9, 30), 23, 59) }));

    [Fact]
    public void A11_filing_on_filing_start_is_eligible() =>
        Assert.Null(Refusal(Application() with { RegisteredAt = At(new DateOnly(2022, 10, 1), 0, 0) }));

    [Theory]
    [InlineData(EmployerType.Company)]
    [InlineData(EmployerType.SelfEmployed)]
    [InlineData(EmployerType.CivilSociety)]
    [InlineData(EmployerType.NonProfit)]
    public void A3_every_employer_type_of_the_call_is_eligible(EmployerType type) =>
        Assert.Null(Refusal(Application() with { EmployerType = type }));

    [Fact]
    public void A3_employer_type_removed_from_the_call_is_refused()
    {
        CallParameters call = Call2023 with
        {
            EligibleEmployerTypes = [EmployerType.Company, EmployerType.SelfEmployed, EmployerType.NonProfit],
        };
        AssertReason("A3", Eligibility.Refusal(Application() with { EmployerType = EmployerType.CivilSociety }, call));
        Assert.Null(Eligibility.Refusal(Application() with { EmployerType = EmployerType.Company }, call));
    }
}
