using Soc.Simulation.Tests.Cli;
using Soc.Simulation.Abstractions.Scenarios;
using Soc.Simulation.Abstractions.Simulation;
using Soc.Simulation.Model.Simulation;
using Soc.Simulation.Model.Replicates;

namespace Soc.Simulation.Tests.Simulation;

/// <summary>The same seed gives the same files whatever the run or the backend; replicates and seeds differ.</summary>
public class DeterminismTests
{
    private static readonly string[] Files =
    [
        "budget.png", "budget.svg", "exhaustion.png", "exhaustion.svg", "insertion.png", "insertion.svg", "replicates.csv", "report.html",
        "results.json", "results.xlsx", "spending-by-line.png", "spending-by-line.svg", "spending-by-source.png", "spending-by-source.svg",
    ];

    private static async Task<string> RunAsync(params string[] extra)
    {
        string dir = Path.Combine(TestPaths.TempDir(), "out");
        var (exit, stdout, stderr) = await SocSimRunner.RunAsync(
            ["run", Barcelona.ScenarioPath, "--replicates", "4", "--seed", "7", "--out", dir, "--quiet", "true", .. extra]);
        Assert.True(exit == 0, $"exit {exit}: {stderr}");
        Assert.Contains("wrote ", stdout);
        Assert.Equal(Files, Directory.GetFileSystemEntries(dir).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        return dir;
    }

    [Fact]
    public async Task Same_seed_gives_byte_identical_results_on_two_runs_and_on_both_backends()
    {
        string first = await RunAsync();
        string second = await RunAsync();
        string direct = await RunAsync("--backend", "direct");

        foreach (string file in Files)
        {
            byte[] expected = File.ReadAllBytes(Path.Combine(first, file));
            Assert.True(expected.SequenceEqual(File.ReadAllBytes(Path.Combine(second, file))), $"{file} differs between two orleans runs");
            Assert.True(expected.SequenceEqual(File.ReadAllBytes(Path.Combine(direct, file))), $"{file} differs between the orleans and direct backends");
        }

        // The files hold the run: 4 replicates of seed 7, one csv row per replicate.
        using var results = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(first, "results.json")));
        Assert.Equal(7, results.RootElement.GetProperty("seed").GetInt32());
        Assert.Equal(4, results.RootElement.GetProperty("replicates").GetInt32());
        Assert.Equal(5, File.ReadAllLines(Path.Combine(first, "replicates.csv")).Length);
    }

    [Fact]
    public async Task Another_seed_gives_another_results_json()
    {
        string seven = await RunAsync("--backend", "direct");
        string eight = Path.Combine(TestPaths.TempDir(), "out");
        var (exit, _, stderr) = await SocSimRunner.RunAsync(
            ["run", Barcelona.ScenarioPath, "--replicates", "4", "--seed", "8", "--out", eight, "--backend", "direct", "--quiet", "true"]);
        Assert.True(exit == 0, stderr);

        Assert.NotEqual(File.ReadAllText(Path.Combine(seven, "replicates.csv")), File.ReadAllText(Path.Combine(eight, "replicates.csv")));
    }

    [Fact]
    public async Task Replicates_of_one_seed_differ_from_each_other_and_from_another_seed()
    {
        Scenario scenario = Barcelona.Load("population.monthlyArrivals=800");
        ReplicateResult[] seven = await Barcelona.DirectAsync(scenario, 7, 4);
        ReplicateResult[] eight = await Barcelona.DirectAsync(scenario, 8, 4);

        for (int a = 0; a < seven.Length; a++)
        {
            for (int b = a + 1; b < seven.Length; b++)
            {
                Assert.False(ReplicateAssert.SameKpis(seven[a], seven[b]), $"replicates {a} and {b} of seed 7 have the same KPIs");
                Assert.False(seven[a].Series("arrivals").SequenceEqual(seven[b].Series("arrivals")), $"replicates {a} and {b} of seed 7 have the same arrivals");
            }

            // The same replicate index under another seed is another draw.
            Assert.False(ReplicateAssert.SameKpis(seven[a], eight[a]), $"replicate {a} is the same under seeds 7 and 8");
        }

        // ...and the same seed and index is the same draw again (the runs above are not just noise).
        ReplicateResult again = await DirectBackend.RunAsync(new SimulationSetup(scenario, 7, 2));
        ReplicateAssert.Equal(seven[2], again, "seed 7 replicate 2 run twice");
    }
}
