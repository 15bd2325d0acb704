using static Soc.Simulation.Tests.Rules.CallFixtures;
using Soc.Simulation.Abstractions.GrantCall;
using Soc.Simulation.Model.GrantCall;
using Soc.Simulation.Model;

namespace Soc.Simulation.Tests.Rules;

/// <summary>F3 (amount requested), F8 (amount due after an early end) and the cents rounding of Money.</summary>
public class SubsidyAmountTests
{
    private static decimal Requested(Application a) => SubsidyAmount.Requested(a, Call2023);

    [Fact]
    public void F3_domain_example_start_2023_01_15_full_time_is_9947_12()
    {
        Application a = Application() with { ContractStart = new DateOnly(2023, 1, 15), ContractMonths = 12 };
        SubsidisedPeriod period = SubsidisedPeriod.For(a, Call2023);
        Assert.Equal(new SubsidisedPeriod(new DateOnly(2023, 1, 15), new DateOnly(2023, 9, 30)), period);
        Assert.Equal((8, 16), period.WholeMonthsAndDays());
        Assert.Equal(9_947.12m, Requested(a));
    }

    [Fact]
    public void B2_full_nine_month_contract_from_2022_10_01_is_10500_03() =>
        Assert.Equal(10_500.03m, Requested(Application() with { ContractStart = new DateOnly(2022, 10, 1), ContractMonths = 9 }));

    [Fact]
    public void A9_longer_contract_is_subsidised_for_nine_months_at_most()
    {
        Assert.Equal(10_500.03m, Requested(Application() with { ContractMonths = 24 }));
        Assert.Equal(10_500.03m, Requested(Application() with { ContractMonths = null, Permanent = true }));
    }

    [Fact]
    public void A9_six_month_contract_is_six_monthly_amounts() =>
        Assert.Equal(6 * 1_166.67m, Requested(Application() with { ContractMonths = 6 }));

    [Fact]
    public void A9_part_time_20_hours_is_half_rounded_midpoint_away_from_zero()
    {
        // 9 months: 10,500.03 / 2 = 5,250.015 → 5,250.02.
        Assert.Equal(5_250.02m, Requested(Application() with { WeeklyHours = 20m }));

        // 7 months (2023-03-01..2023-09-30): 8,166.69 / 2 = 4,083.345 → 4,083.35 away from zero
        // (banker's rounding would give 4,083.34).
        Application sevenMonths = Application() with
        {
            ContractStart = new DateOnly(2023, 3, 1),
            RegisteredAt = At(new DateOnly(2023, 3, 2)),
            WeeklyHours = 20m,
        };
        Assert.Equal(4_083.35m, Requested(sevenMonths));
    }

    [Fact]
    public void A9_part_time_30_hours_is_three_quarters() =>
        // 10,500.03 × 0.75 = 7,875.0225 → 7,875.02.
        Assert.Equal(7_875.02m, Requested(Application() with { WeeklyHours = 30m }));

    [Fact]
    public void A9_more_than_full_time_hours_count_as_full_time() =>
        Assert.Equal(10_500.03m, Requested(Application() with { WeeklyHours = 45m }));

    [Fact]
    public void A14_late_start_is_clipped_at_execution_end()
    {
        // 2023-04-01, 12 months: 2023-04-01..2023-09-30 is 6 whole months.
        Assert.Equal(7_000.02m, Requested(Application() with { ContractStart = new DateOnly(2023, 4, 1) }));

        // 2023-03-20, 9 months: 6 whole months to 2023-09-19, then 11 days (2023-09-20..30).
        Application a = Application() with { ContractStart = new DateOnly(2023, 3, 20), ContractMonths = 9 };
        Assert.Equal(new DateOnly(2023, 9, 30), SubsidisedPeriod.For(a, Call2023).End);
        Assert.Equal(6 * 1_166.67m + 11 * 38.36m, Requested(a)); // 7,421.98
    }

    [Fact]
    public void A14_contract_ending_exactly_on_execution_end_is_not_clipped()
    {
        Application a = Application() with { ContractStart = new DateOnly(2023, 1, 1), ContractMonths = 9 };
        Assert.Equal(new DateOnly(2023, 9, 30), SubsidisedPeriod.For(a, Call2023).End);
        Assert.Equal(10_500.03m, Requested(a));
    }

    [Fact]
    public void F8_early_end_pays_whole_months_plus_days_times_fraction()
    {
        // 2022-10-01..2022-12-15: 2 whole months + 15 days.
        Application a = Application();
        Assert.Equal(2 * 1_166.67m + 15 * 38.36m, SubsidyAmount.DueAfterEarlyEnd(a, new DateOnly(2022, 12, 15), FullGrant, Call2023));

        // Half time: (2,333.34 + 575.40) × 0.5 = 1,454.37.
        Application half = a with { WeeklyHours = 20m };
        Assert.Equal(1_454.37m, SubsidyAmount.DueAfterEarlyEnd(half, new DateOnly(2022, 12, 15), 5_250.02m, Call2023));
    }

    [Fact]
    public void F8_early_end_at_the_edge_of_a_whole_month()
    {
        Application a = Application();
        Assert.Equal(1_166.67m, SubsidyAmount.DueAfterEarlyEnd(a, new DateOnly(2022, 10, 31), FullGrant, Call2023));
        Assert.Equal(30 * 38.36m, SubsidyAmount.DueAfterEarlyEnd(a, new DateOnly(2022, 10, 30), FullGrant, Call2023));
        Assert.Equal(38.36m, SubsidyAmount.DueAfterEarlyEnd(a, new DateOnly(2022, 10, 1), FullGrant, Call2023));
    }

    [Fact]
    public void F8_due_after_early_end_is_never_more_than_the_grant()
    {
        Application a = Application();

        // 8 whole months + 29 days of daily module (9,333.36 + 1,112.44) is below the grant here…
        Assert.Equal(10_445.80m, SubsidyAmount.DueAfterEarlyEnd(a, new DateOnly(2023, 6, 29), FullGrant, Call2023));

        // …but a smaller (partial) grant caps what is due.
        Assert.Equal(2_000m, SubsidyAmount.DueAfterEarlyEnd(a, new DateOnly(2022, 12, 15), 2_000m, Call2023));

        // An end after the subsidised period is not an early end: at most the grant.
        Assert.Equal(FullGrant, SubsidyAmount.DueAfterEarlyEnd(a, new DateOnly(2024, 1, 1), FullGrant, Call2023));
    }

    [Theory]
    [InlineData("0.005", "0.01")]
    [InlineData("-0.005", "-0.01")]
    [InlineData("2.345", "2.35")]
    [InlineData("2.344", "2.34")]
    [InlineData("0.025", "0.03")]
    [InlineData("-2.345", "-2.35")]
    public void F3_money_rounds_cents_midpoint_away_from_zero(string eur, string cents) =>
        Assert.Equal(decimal.Parse(cents, System.Globalization.CultureInfo.InvariantCulture),
            Money.Cents(decimal.Parse(eur, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void F3_money_whole_cents()
    {
        Assert.True(Money.IsWholeCents(10_500.03m));
        Assert.False(Money.IsWholeCents(5_250.015m));
    }
}
