using Soc.Simulation.Grains.Simulation;
using Soc.Simulation.Model.Scenarios;
using Soc.Simulation.Model.Simulation;

namespace Soc.Simulation.Tests.Simulation;

/// <summary>
/// Districts share cohort grains by expected participants. Read one group after another, the groups must give every
/// district once and in ordinal order: the simulation loop merges the cohorts' reports in that order.
/// </summary>
public class CohortGroupTests
{
    private static string[][] GroupsOf(string scenario, params string[] overrides) =>
        CohortGroups.For(new SimulationSetup(ScenarioFile.Load(Path.Combine(TestPaths.Root, "scenarios", scenario), overrides), 1, 0));

    private static string[] Districts(string scenario) =>
        [.. ScenarioFile.Load(Path.Combine(TestPaths.Root, "scenarios", scenario)).Population!.Districts.Keys.Order(StringComparer.Ordinal)];

    [Fact]
    public void Barcelona_districts_share_one_grain()
    {
        string[][] groups = GroupsOf("barcelona-2023.json");
        Assert.Single(groups);
        Assert.Equal(Districts("barcelona-2023.json"), groups[0]);
    }

    [Theory]
    [InlineData("catalonia-2023.json", 4)]
    [InlineData("spain-2023.json", 14)]
    public void A_large_scenario_spreads_its_districts_in_order(string scenario, int expected)
    {
        string[][] groups = GroupsOf(scenario);
        Assert.Equal(expected, groups.Length);
        Assert.All(groups, g => Assert.NotEmpty(g));
        Assert.Equal(Districts(scenario), groups.SelectMany(g => g));
    }

    [Fact]
    public void More_arrivals_mean_more_grains_at_most_one_per_district()
    {
        int[] counts = [.. new[] { "1000", "5000", "20000", "200000" }.Select(a => GroupsOf("barcelona-2023.json", $"population.monthlyArrivals={a}").Length)];
        Assert.Equal([1, 1, 3, 10], counts);
    }
}
