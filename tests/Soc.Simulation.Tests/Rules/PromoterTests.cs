using static Soc.Simulation.Tests.Rules.CallFixtures;
using Soc.Simulation.Abstractions.GrantCall;
using Soc.Simulation.Abstractions.Promoters;
using Soc.Simulation.Model.GrantCall;
using Soc.Simulation.Model.Promoters;

namespace Soc.Simulation.Tests.Rules;

/// <summary>Promoter entities (I2, A3): only an employer a promoter pre-selected may apply, and each grant takes one of its places.</summary>
public class PromoterTests
{
    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    private static readonly Promoter CityCouncil = new("ajuntament-bcn", 2, ["E1", "E2"], "Ajuntament de Barcelona", "Barcelona");
    private static readonly Promoter Association = new("pimec", 1, ["E3"], "PIMEC", "Catalunya");

    private static readonly CallParameters WithPromoters = Call2023 with { Promoters = [CityCouncil, Association] };

    private static Application[] Register() =>
    [
        Of("a1", "E1", D(2022, 10, 5)), Of("a2", "E2", D(2022, 10, 6)), Of("a3", "E1", D(2022, 10, 7)),
        Of("a4", "E9", D(2022, 10, 8)), Of("a5", "E3", D(2022, 10, 9)),
    ];

    [Fact]
    public void Without_promoters_every_employer_may_apply_without_limit_of_places()
    {
        var d = Run(Call2023, Register());
        Assert.All(d.Values, x => Assert.Equal(DecisionKind.Granted, x.Decision));
    }

    [Fact]
    public void An_employer_no_promoter_pre_selected_is_refused_A3_and_a_promoter_with_no_place_left_I2()
    {
        var d = Run(WithPromoters, out GrantCallEngine engine, Register());
        Assert.Equal(DecisionKind.Granted, d["a1"].Decision);
        Assert.Equal(DecisionKind.Granted, d["a2"].Decision);
        Assert.Equal(DecisionKind.RefusedIneligible, d["a3"].Decision);
        Assert.Equal("I2 promoter ajuntament-bcn has its 2 places taken", d["a3"].Reason);
        Assert.Equal("A3 employer E9 not pre-selected by any promoter of the call", d["a4"].Reason);
        Assert.Equal(DecisionKind.Granted, d["a5"].Decision);
        Assert.Equal([("ajuntament-bcn", 2, 2), ("pimec", 1, 1)], engine.Promoters.Select(p => (p.Promoter.Id, p.Book.Places, p.Book.Taken)));
    }

    [Fact]
    public void A_renounced_grant_gives_its_place_back_and_an_early_end_keeps_it()
    {
        Application[] register = Register();
        register[0] = register[0] with { RenouncedOn = D(2022, 10, 6) };  // a1 renounces before a3 comes
        register[1] = register[1] with { EndedOn = D(2023, 1, 31) };      // a2 ends early, still a participant placed
        var d = Run(WithPromoters, out GrantCallEngine engine, register);
        Assert.Equal(DecisionKind.Granted, d["a3"].Decision);
        Assert.Equal(2, engine.Promoters.First().Book.Taken);
    }

    [Fact]
    public void An_application_waiting_for_money_is_refused_I2_when_its_promoter_has_filled_its_places_meanwhile()
    {
        // Money for a1 and a small grant; a2 waits for money, a3 (smaller, skip to fit) takes the promoter's second place.
        var call = CallWithBudget(FullGrant + 3_600m) with { AwardOrder = AwardOrder.SkipToFit, Promoters = [new Promoter("p", 2, ["E1", "E2"])] };
        Application a1 = Of("a1", "E1", D(2022, 10, 5)) with { EndedOn = D(2022, 12, 31) };
        Application a2 = Of("a2", "E2", D(2022, 10, 6));
        Application a3 = Of("a3", "E1", D(2022, 10, 7)) with { ContractMonths = 6, WeeklyHours = 20m };
        var d = Run(call, a1, a2, a3);
        Assert.Equal(DecisionKind.Granted, d["a3"].Decision);
        // a1's early end frees money on 2022-12-31 but keeps its place: a2, at the head of the list, has no place left.
        Assert.Equal(DecisionKind.RefusedIneligible, d["a2"].Decision);
        AssertReason("I2", d["a2"].Reason);
        Assert.Equal(D(2022, 12, 31), d["a2"].DecidedOn);
    }

    [Fact]
    public void A_promoter_book_refuses_a_place_beyond_its_places_and_keeps_what_it_held()
    {
        var book = new PromoterBook(new Promoter("p", 1, ["E1"]));
        book.Change(new PlaceChange("a1", Takes: true));
        Assert.Equal("promoter p has 1 places; application a2 would take one more", book.Refusal([new PlaceChange("a2", true)]));
        Assert.Throws<InvalidOperationException>(() => book.Change(new PlaceChange("a2", true)));
        Assert.Equal(1, book.Taken);
        Assert.NotNull(book.Refusal([new PlaceChange("a9", Takes: false)]));
        Assert.Null(book.Refusal([new PlaceChange("a1", false), new PlaceChange("a2", true)]));
    }

    [Fact]
    public void A_fork_copies_the_places_taken()
    {
        var whole = Run(WithPromoters, Register());
        var engine = new GrantCallEngine(WithPromoters);
        engine.Register(Register());
        engine.AdvanceThrough(D(2022, 10, 6));
        GrantCallEngine fork = engine.Fork();
        fork.RunToEnd();
        engine.RunToEnd();
        Assert.Equal(whole.Values.OrderBy(x => x.ApplicationId), fork.Decisions().OrderBy(x => x.ApplicationId));
        Assert.Equal(2, engine.Promoters.First().Book.Taken);
    }
}
