using Soc.Simulation.Abstractions.Employers;
using Soc.Simulation.Abstractions.GrantCall;
using Soc.Simulation.Abstractions.Portfolio;
using Soc.Simulation.Model.Employers;
using Soc.Simulation.Tests.Rules;
using static Soc.Simulation.Tests.Portfolio.PortfolioFixtures;

namespace Soc.Simulation.Tests.Portfolio;

/// <summary>I5: an employer's de minimis aid counts across the portfolio's calls, over the window of each call's rule.</summary>
public class PortfolioDeMinimisTests
{
    // 9 months × 20,000 €: the 2023 call grants this employer 180,000 € on 2022-10-05 (under its 200,000 € cap).
    private static readonly CallParameters Big2023 = Edition(0, 20_000m);

    // 9 months × 15,000 € = 135,000 €: with the 2023 grant, 315,000 € > 300,000 € while that grant still counts (B9).
    private static readonly CallParameters Big2024 = Edition(1, 15_000m);
    private static readonly CallParameters Big2026 = Edition(3, 15_000m);

    [Fact]
    public void An_employer_granted_180000_in_2023_is_refused_A6_in_2024_and_accepted_once_the_window_has_moved_past_that_aid()
    {
        PortfolioResult result = Run(Of(Call("2023", Big2023), Call("2024", Big2024), Call("2026", Big2026)),
            ("2023", [Hire("A", "E", new(2022, 10, 1), new(2022, 10, 5))]),
            ("2024", [Hire("B", "E", new(2023, 10, 1), new(2023, 10, 5))]),
            // The 2023 grant (2022-10-05) counts in the three years up to 2025-10-04 and no longer from 2025-10-05.
            ("2026", [Hire("C", "E", new(2025, 10, 1), new(2025, 10, 4), months: 12), Hire("D", "E", new(2025, 10, 1), new(2025, 10, 5))]));

        Assert.Equal(DecisionKind.Granted, result.Decision("2023", "A").Decision);
        Assert.Equal(180_000m, result.Decision("2023", "A").GrantedEur);
        AwardDecision refused = result.Decision("2024", "B");
        Assert.Equal(DecisionKind.RefusedIneligible, refused.Decision);
        CallFixtures.AssertReason("A6", refused.Reason);
        Assert.Contains("315000.00", refused.Reason);
        CallFixtures.AssertReason("A6", result.Decision("2026", "C").Reason);
        Assert.Equal(DecisionKind.Granted, result.Decision("2026", "D").Decision);
        Assert.Equal(135_000m, result.Decision("2026", "D").GrantedEur);

        // The employer's account spans the calls: the 2023 and the 2026 grants.
        HeldAid account = result.Employers.Single(e => e.EmployerId == "E");
        Assert.Equal(["2023/A", "2026/D"], account.Entries.Select(e => $"{e.CallId}/{e.ApplicationId}"));
    }

    [Fact]
    public void The_same_employer_alone_in_the_2024_call_is_granted_so_the_refusal_comes_from_the_2023_aid()
    {
        PortfolioResult result = Run(Of(Call("2024", Big2024)), ("2024", [Hire("B", "E", new(2023, 10, 1), new(2023, 10, 5))]));
        Assert.Equal(DecisionKind.Granted, result.Decision("2024", "B").Decision);
    }

    [Fact]
    public void A_smaller_grant_that_keeps_the_employer_under_the_cap_is_accepted_in_2024()
    {
        // 6 months × 15,000 € = 90,000 €: 180,000 + 90,000 = 270,000 € ≤ 300,000 €.
        PortfolioResult result = Run(Of(Call("2023", Big2023), Call("2024", Big2024)),
            ("2023", [Hire("A", "E", new(2022, 10, 1), new(2022, 10, 5))]),
            ("2024", [Hire("B", "E", new(2023, 10, 1), new(2023, 10, 5), months: 6)]));
        Assert.Equal(90_000m, result.Decision("2024", "B").GrantedEur);
    }

    [Fact]
    public void Under_the_fiscal_year_rule_aid_counts_in_its_year_and_the_two_after()
    {
        Assert.True(DeMinimisRule.Counts(new(2022, 10, 5), new(2024, 12, 31), DeMinimisWindow.FiscalYears));
        Assert.False(DeMinimisRule.Counts(new(2022, 10, 5), new(2025, 1, 1), DeMinimisWindow.FiscalYears));
        Assert.True(DeMinimisRule.Counts(new(2022, 10, 5), new(2025, 10, 4), DeMinimisWindow.RollingYears));
        Assert.False(DeMinimisRule.Counts(new(2022, 10, 5), new(2025, 10, 5), DeMinimisWindow.RollingYears));
        Assert.False(DeMinimisRule.Counts(new(2022, 10, 6), new(2022, 10, 5), DeMinimisWindow.RollingYears));
    }

    [Fact]
    public void An_account_refuses_a_record_above_the_cap_or_the_participant_limit_and_keeps_what_it_held()
    {
        var account = new EmployerAccount("E");
        var terms = new EmployerTerms(50_000m, 300_000m, 2, DeMinimisWindow.RollingYears);
        DateOnly day = new(2024, 3, 1);
        Assert.Null(account.TryRecord("x", terms, day, [new("a", 200_000m, day)]));
        Assert.Equal(1, account.Version);

        string? overCap = account.TryRecord("y", terms, day, [new("b", 50_000.01m, day)]);
        CallFixtures.AssertReason("A6", overCap);
        string? overLimit = account.TryRecord("x", terms, day, [new("c", 1m, day), new("d", 1m, day)]);
        CallFixtures.AssertReason("B4", overLimit);
        Assert.Equal(1, account.Version);
        Assert.Equal(200_000m, account.InWindow(day, DeMinimisWindow.RollingYears));
        // A refused record that changed a grant it held, and one grant twice, puts back exactly what was there.
        AidEntry[] held = account.Entries();
        string? raised = account.TryRecord("x", terms, day, [new("a", 10m, day), new("e", 1m, day), new("a", 260_000m, day), new("e", 2m, day)]);
        CallFixtures.AssertReason("A6", raised);
        Assert.Equal(held, account.Entries());
        Assert.Equal(1, account.Version);

        // Lowering a grant (an early end) is always taken; a renunciation removes it.
        Assert.Null(account.TryRecord("x", terms with { CapEur = 1m }, day, [new("a", 100m, day)]));
        Assert.Null(account.TryRecord("x", terms, day, [new("a", 0m, day)]));
        Assert.Empty(account.Entries());
        // Lowering takes nothing from another call's room: the version moves only when aid is raised.
        Assert.Equal(1, account.Version);
    }
}
