using Soc.Simulation.Abstractions.Budget;
using Soc.Simulation.Abstractions.GrantCall;
using Soc.Simulation.Abstractions.Portfolio;
using Soc.Simulation.Model.Register;
using Soc.Simulation.Model.Scenarios;
using Soc.Simulation.Tests.Rules;
using static Soc.Simulation.Tests.Portfolio.PortfolioFixtures;

namespace Soc.Simulation.Tests.Portfolio;

/// <summary>I4: calls charge the budget lines of their fiscal year, which several calls share.</summary>
public class PortfolioLineTests
{
    private static readonly CallParameters Small2023 = Edition(0, CallFixtures.Call2023.Monthly) with { BudgetEur = 1_000_000m };

    [Fact]
    public void A_call_with_money_of_its_own_is_refused_for_budget_when_the_line_of_the_year_is_used_up_by_another_call()
    {
        // Line 470 of 2023 holds 25,000 € for both calls and the other lines nothing: two full grants fit, not three.
        Abstractions.Portfolio.Portfolio portfolio = Of(Call("first", Small2023), Call("second", Small2023)) with
        {
            BudgetLines = [.. CallFixtures.Lines.Select(l => new LineYear(2023, l, l == CallFixtures.Line470 ? 25_000m : 0m, []))],
        };
        PortfolioResult result = Run(portfolio,
            ("first", [Hire("a1", "E1", new(2022, 10, 1), new(2022, 10, 3))]),
            ("second", [Hire("b1", "E2", new(2022, 10, 1), new(2022, 10, 4)), Hire("b2", "E3", new(2022, 10, 1), new(2022, 10, 5))]));

        Assert.Equal(DecisionKind.Granted, result.Decision("first", "a1").Decision);
        Assert.Equal(DecisionKind.Granted, result.Decision("second", "b1").Decision);
        Assert.Equal(DecisionKind.RefusedBudget, result.Decision("second", "b2").Decision);
        LedgerMonth october = result.Lines.Single(l => l.Year == 2023 && l.Code == CallFixtures.Line470).Months.Single(m => m.Month == "2022-10");
        Assert.Equal(2 * CallFixtures.FullGrant, october.CommittedEur);
        Assert.Equal(25_000m - 2 * CallFixtures.FullGrant, october.AvailableEur);
    }

    [Fact]
    public void Within_a_day_the_calls_take_their_turn_in_the_listed_order()
    {
        Abstractions.Portfolio.Portfolio portfolio = Of(Call("first", Small2023), Call("second", Small2023)) with
        {
            BudgetLines = [.. CallFixtures.Lines.Select(l => new LineYear(2023, l, l == CallFixtures.Line470 ? 15_000m : 0m, []))],
        };
        // The second call's application was registered earlier in the day, but the first call decides first.
        (string, Application[])[] registers =
        [
            ("first", [Hire("a1", "E1", new(2022, 10, 1), new(2022, 10, 3)) with { RegisteredAt = new DateTime(2022, 10, 3, 18, 0, 0) }]),
            ("second", [Hire("b1", "E2", new(2022, 10, 1), new(2022, 10, 3)) with { RegisteredAt = new DateTime(2022, 10, 3, 8, 0, 0) }]),
        ];
        PortfolioResult result = Run(portfolio, registers);
        Assert.Equal(DecisionKind.Granted, result.Decision("first", "a1").Decision);
        Assert.Equal(DecisionKind.RefusedBudget, result.Decision("second", "b1").Decision);

        PortfolioResult swapped = Run(portfolio with { Calls = [.. portfolio.Calls.Reverse()] }, registers);
        Assert.Equal(DecisionKind.Granted, swapped.Decision("second", "b1").Decision);
        Assert.Equal(DecisionKind.RefusedBudget, swapped.Decision("first", "a1").Decision);
    }

    [Fact]
    public void A_portfolio_of_the_2023_call_alone_decides_the_sample_register_exactly_as_the_call_alone()
    {
        var scenario = ScenarioFile.Load(TestPaths.Baseline);
        IReadOnlyList<Application> register = RegisterReader.ReadFile(TestPaths.SampleRegister);
        (_, IReadOnlyList<AwardDecision> alone) = DirectReplay.Run(scenario, register);

        PortfolioResult result = Run(Of(new PortfolioCall("2023", scenario.Name, 2023, scenario.Call)), ("2023", [.. register]));
        Assert.Equal(alone, result.Calls[0].Decisions);
        // The lines of 2023 hold exactly the call's books: its own budget is all they have.
        LedgerMonth[] callBooks = result.Calls[0].Books;
        LedgerMonth[] lineBooks = [.. result.Lines.SelectMany(l => l.Months)];
        Assert.True(callBooks.Sum(m => m.CommittedEur) > 0);
        Assert.Equal(callBooks.OrderBy(m => m.Line).ThenBy(m => m.Month), lineBooks.OrderBy(m => m.Line).ThenBy(m => m.Month));
    }
}
