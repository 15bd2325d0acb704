using System.Text.Json;
using Soc.Simulation.Tests.Cli;
using Soc.Simulation.Tests.Simulation;

namespace Soc.Simulation.Tests.Design;

/// <summary><c>socsim design</c> end to end on a small Barcelona: its files, the same bytes by every path, and mistakes named before anything runs.</summary>
public class DesignCommandTests
{
    private static readonly string[] Small =
    [
        "design", Barcelona.ScenarioPath, "--set", "population.monthlyArrivals=250",
        "--lever", "call.budgetEur=200000:1500000", "--lever", "call.maxSubsidisedMonths=6:12:int",
        "--objective", "max:insertionsCausedByCall", "--objective", "min:subsidyCommittedEur",
        "--constraint", "call.budgetEur<=1200000", "--population", "4", "--generations", "1", "--replicates", "4", "--seed", "3", "--quiet",
    ];

    [Fact]
    public async Task A_design_writes_its_front_checked_with_fresh_seeds_and_the_same_bytes_through_the_grains_and_directly()
    {
        string dir = TestPaths.TempDir();
        var (exit, stdout, stderr) = await SocSimRunner.RunAsync([.. Small, "--out", Path.Combine(dir, "grains")]);
        Assert.True(exit == 0, stderr);
        Assert.Contains("Pareto front:", stdout);
        foreach (string file in new[] { "design.json", "design.csv", "design.xlsx", "pareto.png", "pareto.svg", "report.html" })
        {
            Assert.True(File.Exists(Path.Combine(dir, "grains", file)), file);
        }

        using JsonDocument json = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "grains", "design.json")));
        JsonElement front = json.RootElement.GetProperty("front");
        Assert.True(front.GetArrayLength() > 0);
        Assert.Equal(8, json.RootElement.GetProperty("checkReplicates").GetInt32());
        foreach (JsonElement point in front.EnumerateArray())
        {
            Assert.True(point.GetProperty("search").GetProperty("feasible").GetBoolean());
            Assert.True(double.Parse(point.GetProperty("search").GetProperty("assignments")[0].GetString()!["call.budgetEur=".Length..], System.Globalization.CultureInfo.InvariantCulture) <= 1_200_000);
            // The check holds each objective's paired difference from the scenario's own call; the search does not.
            JsonElement versus = point.GetProperty("check").GetProperty("versusScenario");
            Assert.Equal(json.RootElement.GetProperty("objectives").GetArrayLength(), versus.GetArrayLength());
            Assert.Equal("insertionsCausedByCall", versus[0].GetProperty("kpi").GetString());
            Assert.Equal(JsonValueKind.Null, point.GetProperty("search").GetProperty("versusScenario").ValueKind);
        }

        string[] csv = File.ReadAllLines(Path.Combine(dir, "grains", "design.csv"));
        Assert.Equal(front.GetArrayLength() + 1, csv.Length);
        Assert.StartsWith("point,call.budgetEur,call.maxSubsidisedMonths,insertionsCausedByCall_mean,", csv[0], StringComparison.Ordinal);
        Assert.Contains(",check_met,vs_scenario_insertionsCausedByCall_mean,vs_scenario_insertionsCausedByCall_ci95_low,vs_scenario_insertionsCausedByCall_ci95_high,", csv[0], StringComparison.Ordinal);
        Assert.EndsWith(",vs_scenario_subsidyCommittedEur_ci95_high", csv[0], StringComparison.Ordinal);
        Assert.All(csv.Skip(1), row => Assert.Equal(csv[0].Split(',').Length, row.Split(',').Length));

        Assert.Equal(0, (await SocSimRunner.RunAsync([.. Small, "--backend", "direct", "--out", Path.Combine(dir, "direct")])).Exit);
        foreach (string file in new[] { "design.json", "design.csv" })
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(dir, "grains", file)), File.ReadAllBytes(Path.Combine(dir, "direct", file)));
        }
    }

    /// <summary>The small design with one option's value changed, or the option added.</summary>
    private static string[] With(string option, string value)
    {
        int at = Array.IndexOf(Small, option);
        if (at < 0 || option is "--lever" or "--objective" or "--constraint") return [.. Small, option, value];
        string[] args = [.. Small];
        args[at + 1] = value;
        return args;
    }

    [Theory]
    [InlineData("--lever", "call.budgetEuro=1:2", "--lever call.budgetEuro=1:2")]
    [InlineData("--objective", "max:insertionz", "--objective max:insertionz: unknown KPI 'insertionz'")]
    [InlineData("--constraint", "mean(insertionz)>=3", "--constraint mean(insertionz)>=3: unknown KPI 'insertionz'")]
    [InlineData("--population", "5", "--population: expected an even number from 4, got 5")]
    public async Task A_mistake_is_named_and_nothing_runs(string option, string value, string message)
    {
        string dir = TestPaths.TempDir();
        var (exit, _, stderr) = await SocSimRunner.RunAsync([.. With(option, value), "--out", Path.Combine(dir, "out")]);
        Assert.Equal(2, exit);
        Assert.Contains(message, stderr);
        Assert.DoesNotContain("   at ", stderr);
        Assert.False(Directory.Exists(Path.Combine(dir, "out")));
    }

    [Fact]
    public async Task Resume_needs_a_search_to_resume_and_continues_only_the_same_one()
    {
        string dir = Path.Combine(TestPaths.TempDir(), "out");
        var (exit, _, stderr) = await SocSimRunner.RunAsync([.. Small, "--out", dir, "--resume"]);
        Assert.Equal(2, exit);
        Assert.Contains("no design search to resume", stderr);

        Assert.Equal(0, (await SocSimRunner.RunAsync([.. Small, "--out", dir])).Exit);
        byte[] first = File.ReadAllBytes(Path.Combine(dir, "design.json"));
        Assert.Equal(0, (await SocSimRunner.RunAsync([.. Small, "--out", dir, "--resume"])).Exit);
        Assert.Equal(first, File.ReadAllBytes(Path.Combine(dir, "design.json")));
        (exit, _, stderr) = await SocSimRunner.RunAsync([.. With("--seed", "4"), "--out", dir, "--resume"]);
        Assert.Equal(2, exit);
        Assert.Contains("the design search there differs", stderr);
    }
}
