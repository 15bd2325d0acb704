using System.Text.Json;
using Orleans.Concurrency;
using Soc.Simulation.Abstractions;
using Soc.Simulation.Abstractions.GrantCall;
using Soc.Simulation.Abstractions.Portfolio;
using Soc.Simulation.Model.Register;
using Soc.Simulation.Tests.Rules;
using static Soc.Simulation.Tests.Portfolio.PortfolioFixtures;

namespace Soc.Simulation.Tests.Cluster;

/// <summary>I4, I5 through the grains: the portfolio grain gives the calls their turns; lines and employers are authorities.</summary>
[Collection(ClusterCollection.Name)]
public class PortfolioGrainTests(ClusterFixture fixture)
{
    private static string NewRunId() => Guid.NewGuid().ToString("N");

    /// <summary>Two editions on the sample register (the second a year later, the same employers), sharing tight lines in 2024.</summary>
    public static (Abstractions.Portfolio.Portfolio Portfolio, CallRegister[] Registers) TwoEditions()
    {
        IReadOnlyList<Application> sample = RegisterReader.ReadFile(TestPaths.SampleRegister);
        CallParameters first = CallFixtures.Call2023 with { BudgetEur = 6_000_000m };
        CallParameters second = Edition(1, 1_260m, budgetEur: 9_000_000m) with { DeMinimisCapEur = 200_000m, DeMinimisRoadTransportCapEur = 100_000m };
        var portfolio = new Abstractions.Portfolio.Portfolio("two editions", "", [Call("2023", first), Call("2024", second)],
            // The 2024 lines hold less than the second call's budget: the line of companies binds before the call does.
            [.. CallFixtures.Lines.Select(l => new LineYear(2024, l, l == CallFixtures.Line470 ? 4_000_000m : 1_000_000m, []))]);
        return (portfolio, [new CallRegister("2023", [.. sample]), new CallRegister("2024", [.. RegisterShift.YearsLater(sample, 1)])]);
    }

    public static string Json(PortfolioResult result) => JsonSerializer.Serialize(result);

    public static PortfolioResult Direct(Abstractions.Portfolio.Portfolio portfolio, CallRegister[] registers) =>
        Run(portfolio, [.. registers.Select(r => (r.CallId, r.Applications))]);

    [Fact]
    public async Task Two_editions_sharing_employers_and_lines_decide_through_the_grains_exactly_as_the_model_alone()
    {
        (Abstractions.Portfolio.Portfolio portfolio, CallRegister[] registers) = TwoEditions();
        PortfolioResult direct = Direct(portfolio, registers);
        PortfolioResult viaGrains = (await fixture.Grains.GetGrain<IPortfolioGrain>(NewRunId()).RunAsync(portfolio, registers.AsImmutable())).Value;

        Assert.Equal(Json(direct), Json(viaGrains));
        // It is a real portfolio: both calls run out, the shared line binds, employers hold aid from both editions.
        Assert.All(direct.Calls, c => Assert.NotNull(c.Summary.ExhaustedOn));
        Assert.Contains(direct.Employers, e => e.Entries.Select(x => x.CallId).Distinct().Count() == 2);
        Assert.True(direct.Calls[1].Decisions.Count(d => d.Decision == DecisionKind.RefusedBudget) > 0);
    }

    [Fact]
    public async Task The_de_minimis_window_across_editions_gives_the_same_refusal_and_acceptance_through_the_grains()
    {
        CallParameters big2023 = Edition(0, 20_000m), big2024 = Edition(1, 15_000m), big2026 = Edition(3, 15_000m);
        var portfolio = Of(Call("2023", big2023), Call("2024", big2024), Call("2026", big2026));
        CallRegister[] registers =
        [
            new("2023", [Hire("A", "E", new(2022, 10, 1), new(2022, 10, 5))]),
            new("2024", [Hire("B", "E", new(2023, 10, 1), new(2023, 10, 5))]),
            new("2026", [Hire("C", "E", new(2025, 10, 1), new(2025, 10, 4)), Hire("D", "E", new(2025, 10, 1), new(2025, 10, 5))]),
        ];
        PortfolioResult viaGrains = (await fixture.Grains.GetGrain<IPortfolioGrain>(NewRunId()).RunAsync(portfolio, registers.AsImmutable())).Value;
        Assert.Equal(Json(Direct(portfolio, registers)), Json(viaGrains));
        CallFixtures.AssertReason("A6", viaGrains.Decision("2024", "B").Reason);
        Assert.Equal(DecisionKind.Granted, viaGrains.Decision("2026", "D").Decision);
    }

    [Fact]
    public async Task A_promoters_places_shared_by_two_calls_of_a_year_are_held_by_its_grain_as_the_model_holds_them()
    {
        (Abstractions.Portfolio.Portfolio portfolio, CallRegister[] registers) = Portfolio.PortfolioPromoterTests.ThreeCalls();
        PortfolioResult viaGrains = (await fixture.Grains.GetGrain<IPortfolioGrain>(NewRunId()).RunAsync(portfolio, registers.AsImmutable())).Value;
        Assert.Equal(Json(Direct(portfolio, registers)), Json(viaGrains));
        CallFixtures.AssertReason("I2", viaGrains.Decision("a", "a2").Reason);
    }

    [Fact]
    public async Task A_promoter_grain_refuses_a_settlement_on_a_stale_reading_or_beyond_its_places_and_books_none_of_it()
    {
        var promoter = fixture.Grains.GetGrain<Abstractions.Promoters.IPromoterGrain>(GrainKeys.LineYear(NewRunId(), 2023, "p"));
        await promoter.OpenAsync(new Abstractions.Promoters.Promoter("p", 1, ["E1"]));
        AuthorityAnswer first = await promoter.SettleAsync("a", 0, new[] { new Abstractions.Promoters.PlaceChange("a1", true) }.AsImmutable());
        Assert.True(first.Accepted);
        AuthorityAnswer stale = await promoter.SettleAsync("b", 0, new[] { new Abstractions.Promoters.PlaceChange("b1", true) }.AsImmutable());
        Assert.Contains("another call has moved it", stale.Refusal);
        AuthorityAnswer beyond = await promoter.SettleAsync("b", first.Version, new[] { new Abstractions.Promoters.PlaceChange("b1", true) }.AsImmutable());
        Assert.Equal("promoter p has 1 places; application b1 would take one more", beyond.Refusal);
        Assert.Equal(new Abstractions.Promoters.PlacesReading(1, 1, 1), await promoter.GetPlacesAsync());
    }

    [Fact]
    public async Task A_call_that_decided_on_a_stale_reading_of_a_line_or_an_employer_has_its_grant_refused()
    {
        // Two calls of 2023 on one line holding 15,000 €; the second is never told what the first did.
        string run = NewRunId();
        CallParameters call = CallFixtures.Call2023 with { BudgetEur = 1_000_000m };
        foreach (string code in CallFixtures.Lines)
        {
            await fixture.Grains.GetGrain<Abstractions.Budget.IBudgetLineGrain>(GrainKeys.LineYear(run, 2023, code))
                .OpenAsync(new(call.HiringStart, code, Abstractions.Budget.PostingKind.Allocation, code == CallFixtures.Line470 ? 15_000m : 0m, null));
        }

        IGrantCallGrain first = fixture.Grains.GetGrain<IGrantCallGrain>(GrainKeys.Child(run, "first"));
        IGrantCallGrain second = fixture.Grains.GetGrain<IGrantCallGrain>(GrainKeys.Child(run, "second"));
        IGrantCallGrain third = fixture.Grains.GetGrain<IGrantCallGrain>(GrainKeys.Child(run, "third"));
        await first.OpenAsync(call, 2023, alone: false);
        await second.OpenAsync(call, 2023, alone: false);
        await third.OpenAsync(call, 2023, alone: false);
        // They share the line of companies of 2023: each settles with its grain at the end of each turn.
        var sharing = new CallSharing([], [GrainKeys.LineYearId(2023, CallFixtures.Line470)], []);
        foreach (IGrantCallGrain c in new[] { first, second, third }) await c.ShareAsync(sharing.AsImmutable());
        await first.RegisterAsync(new[] { Hire("a1", "E1", new(2022, 10, 1), new(2022, 10, 3)) }.AsImmutable());
        await second.RegisterAsync(new[] { Hire("b1", "E2", new(2022, 10, 1), new(2022, 10, 3)) }.AsImmutable());

        CallTurn turn = await first.TurnAsync(new(2022, 10, 3), TurnNews.None.AsImmutable());
        Assert.Equal([GrainKeys.LineYearId(2023, CallFixtures.Line470)], turn.Lines);
        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => second.TurnAsync(new(2022, 10, 3), TurnNews.None.AsImmutable()));
        Assert.Contains("another call has moved it", refused.Message);

        // Told, a third call (open since before the first's turn) reads the line again and waits for money instead.
        await third.RegisterAsync(new[] { Hire("c1", "E3", new(2022, 10, 1), new(2022, 10, 3)) }.AsImmutable());
        await third.TurnAsync(new(2022, 10, 3), new TurnNews([], [.. turn.Lines], []).AsImmutable());
        Assert.Equal(DecisionKind.RefusedBudget, (await third.GetDecisionsAsync()).Value.Single().Decision);
    }
}
