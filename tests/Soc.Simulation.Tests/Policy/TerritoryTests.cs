using Soc.Simulation.Abstractions.Simulation;
using Soc.Simulation.Model.Scenarios;
using Soc.Simulation.Tests.Cli;
using Soc.Simulation.Tests.Simulation;

namespace Soc.Simulation.Tests.Policy;

/// <summary>
/// I1: the 30 Plus call is one Catalonia-wide pot. In the Barcelona-in-Catalonia scenario the rest of Catalonia's
/// employers apply to the same call, so Barcelona's share of it and the day it runs out come out of the simulation.
/// </summary>
public class TerritoryTests
{
    public static string ScenarioPath => Path.Combine(TestPaths.Root, "scenarios", "barcelona-in-catalonia-2023.json");

    private static Task<ReplicateResult[]> RunAsync(int replicates, params string[] overrides) =>
        Barcelona.DirectAsync(ScenarioFile.Load(ScenarioPath, [.. overrides, "population.monthlyArrivals=1200"]), 5, replicates);

    [Fact]
    public async Task Barcelonas_share_of_the_call_comes_out_of_the_simulation_and_moves_with_the_others_demand()
    {
        ReplicateResult[] shipped = await RunAsync(4);
        ReplicateResult[] busier = await RunAsync(4, "territories[0].applicationsPerCall=4000");
        ReplicateResult[] alone = await RunAsync(4, "territories[0].applicationsPerCall=0", "territories[1].applicationsPerCall=0",
            "territories[2].applicationsPerCall=0", "territories[3].applicationsPerCall=0");
        for (int r = 0; r < shipped.Length; r++)
        {
            double share = shipped[r].Kpi("territoryShareOfCall");
            Assert.InRange(share, 0.01, 0.99);
            Assert.True(shipped[r].Kpi("callApplications") > shipped[r].Kpi("applications") + 2000);
            // More demand elsewhere: the call runs out sooner (or at all) and Barcelona gets less of it (Barcelona's random numbers are the same).
            Assert.True(busier[r].Kpi("territoryShareOfCall") < share, $"replicate {r}: {busier[r].Kpi("territoryShareOfCall")} vs {share}");
            double sooner = busier[r].Kpi("exhaustionDayOfCall"), shippedDay = shipped[r].Kpi("exhaustionDayOfCall");
            Assert.True(!double.IsNaN(sooner) && (double.IsNaN(shippedDay) || sooner < shippedDay), $"replicate {r}: ran out on day {sooner} vs {shippedDay}");
            // Barcelona's own applications are the same people's either way; whether they are granted is not.
            Assert.Equal(alone[r].Kpi("callApplications"), alone[r].Kpi("applications"));
            Assert.Equal(1.0, alone[r].Kpi("territoryShareOfCall"));
            // The shares of the call add up over Barcelona and the four areas.
            double areas = new[] { "BCNR", "GIR", "LLE", "TAR" }.Sum(t => shipped[r].Kpi("callShare_territory_" + t));
            Assert.Equal(1.0, share + areas, 9);
            Assert.True(shipped[r].Kpi("callShare_territory_BCNR") > shipped[r].Kpi("callShare_territory_LLE"));
        }

        // The share differs between replicates: it is simulated, not a parameter.
        Assert.True(shipped.Select(r => r.Kpi("territoryShareOfCall")).Distinct().Count() > 1);
    }

    [Fact]
    public async Task An_areas_promoters_places_bound_its_grants_and_leave_the_money_to_the_others()
    {
        ReplicateResult[] free = await RunAsync(4);
        ReplicateResult[] bound = await RunAsync(4, """territories[0].promoters=[{"id":"consell","places":60},{"id":"ajuntaments","places":30}]""");
        for (int r = 0; r < free.Length; r++)
        {
            Assert.True(bound[r].Kpi("refusedPromoterPlaces_territory_BCNR") > 0, $"replicate {r}");
            Assert.True(bound[r].Kpi("callShare_territory_BCNR") < free[r].Kpi("callShare_territory_BCNR"), $"replicate {r}");
            // What the area's promoters could not place is money left for Barcelona and the other areas, and A3 does not bind
            // Barcelona's employers: no promoter of Barcelona is listed.
            Assert.True(bound[r].Kpi("grossSubsidisedInsertions") >= free[r].Kpi("grossSubsidisedInsertions"), $"replicate {r}");
            Assert.Equal(free[r].Kpi("applications"), bound[r].Kpi("applications"));
            Assert.True(bound[r].Kpi("callShare_territory_GIR") >= free[r].Kpi("callShare_territory_GIR"), $"replicate {r}");
        }

        Assert.DoesNotContain(free[0].KpiNames, k => k.StartsWith("refusedPromoterPlaces_", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_scenario_gives_the_same_results_through_the_grains_and_directly()
    {
        string[] run = ["run", ScenarioPath, "--set", "population.monthlyArrivals=600", "--set", """territories[2].promoters=[{"id":"p1","places":25,"name":"Consell Comarcal"}]""",
            "--replicates", "3", "--seed", "2", "--quiet"];
        string grains = TestPaths.TempDir(), direct = TestPaths.TempDir();
        var (exit, _, stderr) = await SocSimRunner.RunAsync([.. run, "--out", grains]);
        Assert.True(exit == 0, stderr);
        Assert.Equal(0, (await SocSimRunner.RunAsync([.. run, "--backend", "direct", "--out", direct])).Exit);
        Assert.Equal(File.ReadAllText(Path.Combine(direct, "results.json")), File.ReadAllText(Path.Combine(grains, "results.json")));
        Assert.Contains("territoryShareOfCall", File.ReadAllText(Path.Combine(grains, "results.json")));
        Assert.Contains("refusedPromoterPlaces_territory_LLE", File.ReadAllText(Path.Combine(grains, "results.json")));
        // The report shows who else applies and what their demand rests on.
        string report = File.ReadAllText(Path.Combine(grains, "report.html"));
        Assert.Contains("Other territories on the call (I1)", report);
        Assert.Contains("Consell Comarcal 25", report);
        Assert.Contains("Gerio (Jan 2023)", report);
    }

    [Theory]
    [InlineData("territories[0].id=R:1", "$.territories[0].id: expected a distinct id of letters and digits")]
    [InlineData("territories[0].applicationsPerCall=-1", "$.territories[0].applicationsPerCall: expected 0 to 1,000,000 applications")]
    [InlineData("""territories[1].promoters=[{"id":"a:b","places":1}]""", "$.territories[1].promoters[0].id: expected a distinct id within the territory, without ':'")]
    [InlineData("""territories[1].promoters=[{"id":"a","places":1},{"id":"a","places":2}]""", "$.territories[1].promoters[1].id: expected a distinct id within the territory")]
    [InlineData("""territories[1].promoters=[{"id":"a","places":-1}]""", "$.territories[1].promoters[0].places: expected a number of places, 0 or more")]
    [InlineData("""territories[1].promoters=[{"id":"a","place":1}]""", "$.territories[1].promoters[0].place: unknown field")]
    public void A_bad_territory_is_named_by_its_path(string set, string message)
    {
        var error = Assert.Throws<Model.InputException>(() => ScenarioFile.Load(ScenarioPath, [set]));
        Assert.Contains(message, error.Message);
    }
}
