using static Soc.Simulation.Tests.Rules.CallFixtures;
using Soc.Simulation.Abstractions.Budget;
using Soc.Simulation.Model.Budget;
using Soc.Simulation.Abstractions.GrantCall;
using Soc.Simulation.Model;

namespace Soc.Simulation.Tests.Rules;

/// <summary>F6 (A4, A5, A8): lines, borrowing, the hard cap of the call, top-ups and cuts.</summary>
public class CallBudgetTests
{
    private static readonly DateOnly Opened = new(2022, 10, 1);
    private static readonly DateOnly Day = new(2022, 11, 2);

    private static CallBudget Budget(decimal eur) => new(CallWithBudget(eur), Opened);

    [Fact]
    public void A4_the_2023_budget_is_split_by_shares_to_the_cent()
    {
        var budget = new CallBudget(Call2023, Opened);
        Assert.Equal(10_434_519.10m, budget.AvailableOn(Line470));
        Assert.Equal(2_235_968.38m, budget.AvailableOn(Line481));
        Assert.Equal(1_490_645.59m, budget.AvailableOn(Line482));
        Assert.Equal(745_322.78m, budget.AvailableOn(Line484));
        Assert.Equal(14_906_455.85m, Lines.Sum(budget.AvailableOn));
        Assert.Equal(14_906_455.85m, budget.TotalEur);
        Assert.Equal(14_906_455.85m, budget.AvailableEur);
        Assert.Equal(0m, budget.CommittedEur);
        Assert.Equal(14_906_455.85m, budget.Postings.Where(p => p.Kind == PostingKind.Allocation).Sum(p => p.AmountEur));
    }

    [Theory]
    [InlineData("0.01")]
    [InlineData("0.03")]
    [InlineData("0.07")]
    [InlineData("1000000.01")]
    [InlineData("14906455.85")]
    public void A4_any_budget_split_sums_exactly_and_in_whole_cents(string eur)
    {
        decimal amount = decimal.Parse(eur, System.Globalization.CultureInfo.InvariantCulture);
        CallBudget budget = Budget(amount);
        Assert.Equal(amount, Lines.Sum(budget.AvailableOn));
        Assert.All(Lines, l => Assert.True(Money.IsWholeCents(budget.AvailableOn(l)) && budget.AvailableOn(l) >= 0));
    }

    [Fact]
    public void A4_a_commit_above_its_line_borrows_from_the_other_lines_in_order()
    {
        CallBudget budget = Budget(100m); // 70 / 15 / 10 / 5
        budget.Commit(Day, Line481, 80m, "a1", reassignment: false);

        Assert.Equal(5m, budget.AvailableOn(Line470));
        Assert.Equal(0m, budget.AvailableOn(Line481));
        Assert.Equal(10m, budget.AvailableOn(Line482));
        Assert.Equal(5m, budget.AvailableOn(Line484));
        Assert.Equal(80m, budget.CommittedEur);
        Assert.Equal(20m, budget.AvailableEur);
        Assert.Equal(100m, budget.TotalEur);

        var moves = budget.Postings.Where(p => p.Kind != PostingKind.Allocation).ToList();
        Assert.Equal(
            [
                new LedgerPosting(Day, Line470, PostingKind.LentOut, 65m, "a1"),
                new LedgerPosting(Day, Line481, PostingKind.BorrowedIn, 65m, "a1"),
                new LedgerPosting(Day, Line481, PostingKind.Commitment, 80m, "a1"),
            ],
            moves);
    }

    [Fact]
    public void A4_a_commit_borrows_from_several_lines_when_one_is_not_enough()
    {
        CallBudget budget = Budget(100m);
        budget.Commit(Day, Line484, 90m, "a1", reassignment: true);
        Assert.Equal(0m, budget.AvailableOn(Line470));
        Assert.Equal(0m, budget.AvailableOn(Line481));
        Assert.Equal(10m, budget.AvailableOn(Line482));
        Assert.Equal(0m, budget.AvailableOn(Line484));
        Assert.Equal(85m, budget.Postings.Where(p => p.Kind == PostingKind.BorrowedIn).Sum(p => p.AmountEur));
        Assert.Equal(85m, budget.Postings.Where(p => p.Kind == PostingKind.LentOut).Sum(p => p.AmountEur));
        Assert.Single(budget.Postings, p => p.Kind == PostingKind.Reassignment && p.AmountEur == 90m);
    }

    [Fact]
    public void A4_a_commit_above_the_call_total_throws_and_changes_nothing()
    {
        CallBudget budget = Budget(100m);
        int postings = budget.Postings.Count;
        Assert.Throws<InvalidOperationException>(() => budget.Commit(Day, Line470, 100.01m, "a1", reassignment: false));
        Assert.Equal(100m, budget.AvailableEur);
        Assert.Equal(postings, budget.Postings.Count);
    }

    [Fact]
    public void A4_budget_spent_to_the_cent_leaves_nothing_available()
    {
        CallBudget budget = Budget(10_500.03m);
        budget.Commit(Day, Line470, 10_500.03m, "a1", reassignment: false);
        Assert.Equal(0m, budget.AvailableEur);
        Assert.All(Lines, l => Assert.Equal(0m, budget.AvailableOn(l)));
        Assert.Equal(10_500.03m, budget.CommittedEur);
        Assert.Throws<InvalidOperationException>(() => budget.Commit(Day, Line470, 0.01m, "a2", reassignment: false));
    }

    [Fact]
    public void F6_amounts_must_be_non_negative_whole_cents()
    {
        CallBudget budget = Budget(100m);
        Assert.Throws<InvalidOperationException>(() => budget.Commit(Day, Line470, 1.005m, "a1", reassignment: false));
        Assert.Throws<InvalidOperationException>(() => budget.Commit(Day, Line470, -1m, "a1", reassignment: false));
        Assert.Throws<InvalidOperationException>(() => budget.Apply(new BudgetChange(Day, BudgetChangeKind.TopUp, 0.001m, null)));
    }

    [Fact]
    public void F8_a_release_makes_the_money_available_again_and_cannot_exceed_the_commitment()
    {
        CallBudget budget = Budget(100m);
        budget.Commit(Day, Line470, 60m, "a1", reassignment: false);
        Assert.Throws<InvalidOperationException>(() => budget.Release(Day, Line470, 60.01m, "a1"));
        budget.Release(Day, Line470, 25m, "a1");
        Assert.Equal(35m, budget.CommittedEur);
        Assert.Equal(65m, budget.AvailableEur);
        Assert.Equal(35m, budget.AvailableOn(Line470));
    }

    [Fact]
    public void A8_a_cut_larger_than_the_available_is_clipped_and_returns_the_effective_amount()
    {
        CallBudget budget = Budget(100m);
        budget.Commit(Day, Line470, 80m, "a1", reassignment: false);

        decimal effective = budget.Apply(new BudgetChange(Day, BudgetChangeKind.Cut, 50m, null));

        Assert.Equal(20m, effective);
        Assert.Equal(80m, budget.TotalEur);
        Assert.Equal(0m, budget.AvailableEur);
        Assert.Equal(80m, budget.CommittedEur);
        Assert.All(Lines, l => Assert.Equal(0m, budget.AvailableOn(l)));
        Assert.Equal(20m, budget.Postings.Where(p => p.Kind == PostingKind.Cut).Sum(p => p.AmountEur));
    }

    [Fact]
    public void A8_a_cut_on_a_line_is_clipped_to_that_line()
    {
        CallBudget budget = Budget(100m);
        decimal effective = budget.Apply(new BudgetChange(Day, BudgetChangeKind.Cut, 12m, Line482));
        Assert.Equal(10m, effective);
        Assert.Equal(0m, budget.AvailableOn(Line482));
        Assert.Equal(70m, budget.AvailableOn(Line470));
        Assert.Equal(90m, budget.TotalEur);
    }

    [Fact]
    public void A8_a_cut_within_the_available_is_whole()
    {
        CallBudget budget = Budget(100m);
        Assert.Equal(75m, budget.Apply(new BudgetChange(Day, BudgetChangeKind.Cut, 75m, null)));
        Assert.Equal(25m, budget.TotalEur);
        Assert.Equal(25m, budget.AvailableEur);
    }

    [Fact]
    public void A5_a_top_up_without_line_is_split_by_shares()
    {
        CallBudget budget = Budget(100m);
        decimal effective = budget.Apply(new BudgetChange(Day, BudgetChangeKind.TopUp, 1_000.01m, null));

        Assert.Equal(1_000.01m, effective);
        Assert.Equal(1_100.01m, budget.TotalEur);
        Assert.Equal(70m + 700.01m, budget.AvailableOn(Line470)); // 700.007 → 700.01
        Assert.Equal(15m + 150m, budget.AvailableOn(Line481));     // 150.0015 → 150.00
        Assert.Equal(10m + 100m, budget.AvailableOn(Line482));     // 100.001 → 100.00
        Assert.Equal(5m + 50m, budget.AvailableOn(Line484));       // remainder
        Assert.Equal(1_000.01m, budget.Postings.Where(p => p.Kind == PostingKind.TopUp).Sum(p => p.AmountEur));
        Assert.All(budget.Postings.Where(p => p.Kind == PostingKind.TopUp), p => Assert.Equal(Day, p.On));
    }

    [Fact]
    public void A5_a_top_up_on_a_line_goes_to_that_line_only()
    {
        CallBudget budget = Budget(100m);
        budget.Apply(new BudgetChange(Day, BudgetChangeKind.TopUp, 40m, Line484));
        Assert.Equal(45m, budget.AvailableOn(Line484));
        Assert.Equal(70m, budget.AvailableOn(Line470));
        Assert.Equal(140m, budget.TotalEur);
    }
}
