using static Soc.Simulation.Tests.Rules.CallFixtures;
using Soc.Simulation.Model.GrantCall;

namespace Soc.Simulation.Tests.Rules;

/// <summary>
/// The next day a call may decide or free money, which a portfolio's other calls wait for (a justification only pays
/// what is due): the portfolio grain lets a call's turn run until the day before another call's next such day.
/// </summary>
public class NextDecisionDayTests
{
    [Fact]
    public void Justifications_are_not_decision_days_but_registrations_and_early_ends_are()
    {
        var engine = new GrantCallEngine(Call2023);
        engine.Register([
            Application("a1") with { EndedOn = new DateOnly(2023, 2, 14) },
            Application("a2") with { RegisteredAt = At(new DateOnly(2022, 11, 3)) },
        ]);
        Assert.Equal(new DateOnly(2022, 10, 5), engine.NextEventDay);
        Assert.Equal(new DateOnly(2022, 10, 5), engine.NextDecisionDay);

        engine.AdvanceThrough(new DateOnly(2022, 11, 3));
        Assert.Equal(new DateOnly(2023, 2, 14), engine.NextDecisionDay);    // a1's early end frees money
        engine.AdvanceThrough(new DateOnly(2023, 2, 14));
        // Left: the justifications (a1's after its early end, a2's after its subsidised period): payments, no decision.
        Assert.NotNull(engine.NextEventDay);
        Assert.Null(engine.NextDecisionDay);

        GrantCallEngine fork = engine.Fork();
        Assert.Null(fork.NextDecisionDay);
        Assert.Equal(engine.NextEventDay, fork.NextEventDay);
    }
}
