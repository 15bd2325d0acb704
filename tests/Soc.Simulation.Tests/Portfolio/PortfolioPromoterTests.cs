using Soc.Simulation.Abstractions.GrantCall;
using Soc.Simulation.Abstractions.Portfolio;
using Soc.Simulation.Abstractions.Promoters;
using Soc.Simulation.Model;
using Soc.Simulation.Model.Portfolio;
using Soc.Simulation.Tests.Rules;
using static Soc.Simulation.Tests.Portfolio.PortfolioFixtures;

namespace Soc.Simulation.Tests.Portfolio;

/// <summary>I2 across calls: a promoter's places of a fiscal year are shared by the calls of that year that list it.</summary>
public class PortfolioPromoterTests
{
    public static readonly Promoter Council = new("council", 2, ["E1", "E2"], "Ajuntament", "Barcelona");

    /// <summary>Two calls of 2023 and one of 2024 listing the same promoter of two places; three hires in 2023, one in 2024.</summary>
    public static (Abstractions.Portfolio.Portfolio Portfolio, CallRegister[] Registers) ThreeCalls()
    {
        CallParameters call2023 = CallFixtures.Call2023 with { BudgetEur = 1_000_000m, Promoters = [Council] };
        CallParameters call2024 = Edition(1, 1_260m) with { Promoters = [Council] };
        var portfolio = Of(Call("a", call2023), Call("b", call2023), Call("c", call2024));
        CallRegister[] registers =
        [
            new("a", [Hire("a1", "E1", new(2022, 10, 1), new(2022, 10, 3)), Hire("a2", "E1", new(2022, 10, 1), new(2022, 10, 7))]),
            new("b", [Hire("b1", "E2", new(2022, 10, 1), new(2022, 10, 5))]),
            new("c", [Hire("c1", "E2", new(2023, 10, 1), new(2023, 10, 5))]),
        ];
        return (portfolio, registers);
    }

    [Fact]
    public void Calls_of_one_year_share_a_promoters_places_and_a_call_of_another_year_has_its_own()
    {
        (Abstractions.Portfolio.Portfolio portfolio, CallRegister[] registers) = ThreeCalls();
        PortfolioResult r = PortfolioEngine.Run(portfolio, registers);
        Assert.Equal(DecisionKind.Granted, r.Decision("a", "a1").Decision);
        Assert.Equal(DecisionKind.Granted, r.Decision("b", "b1").Decision);
        // Call a alone would have had a place for a2; b's grant took the promoter's second place of 2023.
        Assert.Equal("I2 promoter council has its 2 places taken", r.Decision("a", "a2").Reason);
        Assert.Equal(DecisionKind.Granted, r.Decision("c", "c1").Decision);
        Assert.Equal([new PromoterPlaces(2023, "council", "Ajuntament", "Barcelona", 2, 2), new PromoterPlaces(2024, "council", "Ajuntament", "Barcelona", 2, 1)], r.Promoters);

        PortfolioResult alone = PortfolioEngine.Run(Of(portfolio.Calls[0]), [registers[0]]);
        Assert.Equal(DecisionKind.Granted, alone.Decision("a", "a2").Decision);
    }

    [Fact]
    public void Two_calls_of_a_year_that_describe_a_promoter_differently_are_refused_with_both_names()
    {
        (Abstractions.Portfolio.Portfolio portfolio, _) = ThreeCalls();
        PortfolioCall b = portfolio.Calls[1];
        var changed = portfolio with { Calls = [portfolio.Calls[0], b with { Call = b.Call with { Promoters = [Council with { Places = 3 }] } }, portfolio.Calls[2]] };
        var e = Assert.Throws<InputException>(() => PortfolioEngine.Run(changed, []));
        Assert.Contains("calls a and b of 2023 describe promoter 'council' differently", e.Message);
    }
}
