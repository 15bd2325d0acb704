using static Soc.Simulation.Tests.Rules.CallFixtures;
using Soc.Simulation.Abstractions.GrantCall;
using Soc.Simulation.Abstractions.Promoters;
using Soc.Simulation.Abstractions.Scenarios;
using Soc.Simulation.Model.GrantCall;
using Soc.Simulation.Model.Territories;

namespace Soc.Simulation.Tests.Rules;

/// <summary>
/// The other territories' promoters in a simulation (I1, I2, A3): their places bound their territory's grants, and A3
/// binds a territory's employers only where promoters of that territory are listed.
/// </summary>
public class TerritoryPromoterTests
{
    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    private static readonly TerritoryPromoters[] Others =
    [
        new("GIR", [new Promoter("GIR:ccg", 2, ["GIR:E1", "GIR:E2"], "", "GIR")]),
        new("LLE", []),
    ];

    private static Application[] Register() =>
    [
        Of("GIR:a1", "GIR:E1", D(2022, 10, 5)), Of("GIR:a2", "GIR:E2", D(2022, 10, 6)), Of("GIR:a3", "GIR:E1", D(2022, 10, 7)),
        Of("LLE:a4", "LLE:E5", D(2022, 10, 8)), Of("h5", "E9", D(2022, 10, 9)), Of("h6", "E8", D(2022, 10, 10)),
    ];

    [Fact]
    public void A_territorys_promoters_places_bound_its_grants_and_bind_no_other_territorys_employers()
    {
        var d = Run(Call2023 with { OtherTerritories = Others }, out GrantCallEngine engine, Register());
        Assert.Equal(DecisionKind.Granted, d["GIR:a1"].Decision);
        Assert.Equal(DecisionKind.Granted, d["GIR:a2"].Decision);
        Assert.Equal("I2 promoter GIR:ccg has its 2 places taken", d["GIR:a3"].Reason);
        // Lleida lists no promoter, and the call none of its own: their employers are not refused A3.
        Assert.Equal(DecisionKind.Granted, d["LLE:a4"].Decision);
        Assert.Equal(DecisionKind.Granted, d["h5"].Decision);
        Assert.Equal(DecisionKind.Granted, d["h6"].Decision);
        Assert.Equal([("GIR:ccg", 2, 2)], engine.Promoters.Select(p => (p.Promoter.Id, p.Book.Places, p.Book.Taken)));
    }

    [Fact]
    public void The_calls_own_promoters_bind_the_simulated_territorys_employers_only()
    {
        var call = Call2023 with { OtherTerritories = Others, Promoters = [new Promoter("bcn", 5, ["E9"])] };
        var d = Run(call, Register());
        Assert.Equal(DecisionKind.Granted, d["h5"].Decision);
        Assert.Equal("A3 employer E8 not pre-selected by any promoter of the call", d["h6"].Reason);
        Assert.Equal(DecisionKind.Granted, d["LLE:a4"].Decision);
        Assert.Equal("I2 promoter GIR:ccg has its 2 places taken", d["GIR:a3"].Reason);
    }

    [Fact]
    public void In_a_register_replay_an_employer_id_with_a_colon_is_the_calls_own()
    {
        var call = Call2023 with { Promoters = [new Promoter("bcn", 5, ["E9"])] };
        var d = Run(call, Of("x1", "GIR:E1", D(2022, 10, 5)));
        Assert.Equal("A3 employer GIR:E1 not pre-selected by any promoter of the call", d["x1"].Reason);
    }

    [Fact]
    public void A_territorys_employers_are_spread_over_its_promoters_in_proportion_to_their_places_as_they_first_apply()
    {
        var scenario = new Abstractions.Scenarios.Scenario
        {
            Name = "t",
            Call = Call2023,
            Territories =
            [
                new Territory { Id = "GIR", Name = "Girona", RegisteredUnemployed = 1, ApplicationsPerCall = 0, Promoters = [new("a", 20), new("b", 10)] },
                new Territory { Id = "LLE", Name = "Lleida", RegisteredUnemployed = 1, ApplicationsPerCall = 0 },
            ],
        };
        // Ten Girona employers, the first applying twice, and one of Lleida's.
        Application[] applications =
        [
            .. Enumerable.Range(0, 10).Select(i => Of($"GIR:A{i}", $"GIR:E{i}", D(2022, 10, 5 + i))),
            Of("GIR:A10", "GIR:E0", D(2022, 10, 20)), Of("LLE:A0", "LLE:E0", D(2022, 10, 21)),
        ];
        IReadOnlyList<TerritoryPromoters> spread = OtherTerritories.Promoters(scenario, applications);
        Assert.Equal(["GIR", "LLE"], spread.Select(t => t.TerritoryId));
        Assert.Empty(spread[1].Promoters);
        Promoter[] gir = [.. spread[0].Promoters];
        Assert.Equal(["GIR:a", "GIR:b"], gir.Select(p => p.Id));
        Assert.Equal((20, 10), (gir[0].Places, gir[1].Places));
        Assert.Equal(["GIR:E0", "GIR:E2", "GIR:E3", "GIR:E5", "GIR:E6", "GIR:E8", "GIR:E9"], gir[0].Employers);
        Assert.Equal(["GIR:E1", "GIR:E4", "GIR:E7"], gir[1].Employers);
        Assert.All(gir, p => Assert.Equal("GIR", p.Territory));
    }
}
