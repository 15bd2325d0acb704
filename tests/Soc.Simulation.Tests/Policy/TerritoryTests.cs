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
        ReplicateResult[] alone = await RunAsync(4, "territories[0].applicationsPerCall=0");
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
        }

        // The share differs between replicates: it is simulated, not a parameter.
        Assert.True(shipped.Select(r => r.Kpi("territoryShareOfCall")).Distinct().Count() > 1);
    }

    [Fact]
    public async Task The_scenario_gives_the_same_results_through_the_grains_and_directly()
    {
        string[] run = ["run", ScenarioPath, "--set", "population.monthlyArrivals=600", "--replicates", "3", "--seed", "2", "--quiet"];
        string grains = TestPaths.TempDir(), direct = TestPaths.TempDir();
        var (exit, _, stderr) = await SocSimRunner.RunAsync([.. run, "--out", grains]);
        Assert.True(exit == 0, stderr);
        Assert.Equal(0, (await SocSimRunner.RunAsync([.. run, "--backend", "direct", "--out", direct])).Exit);
        Assert.Equal(File.ReadAllText(Path.Combine(direct, "results.json")), File.ReadAllText(Path.Combine(grains, "results.json")));
        Assert.Contains("territoryShareOfCall", File.ReadAllText(Path.Combine(grains, "results.json")));
    }

    [Theory]
    [InlineData("territories[0].id=R:1", "$.territories[0].id: expected a distinct id of letters and digits")]
    [InlineData("territories[0].applicationsPerCall=-1", "$.territories[0].applicationsPerCall: expected 0 to 1,000,000 applications")]
    public void A_bad_territory_is_named_by_its_path(string set, string message)
    {
        var error = Assert.Throws<Model.InputException>(() => ScenarioFile.Load(ScenarioPath, [set]));
        Assert.Contains(message, error.Message);
    }
}
