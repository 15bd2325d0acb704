using Soc.Simulation.Hosting;
using Soc.Simulation.Tests.Cli;
using Soc.Simulation.Tests.Simulation;
using Soc.Simulation.Abstractions.Experiments;
namespace Soc.Simulation.Tests.RedisCluster;

/// <summary>
/// socsim against running silo processes (--cluster) writes byte for byte what it writes on its embedded silo (a run,
/// a Sobol' analysis, a design search, a register replay, a projection), and a second client can re-attach to an experiment with status
/// and fetch.
/// </summary>
[Collection(RedisCollection.Name)]
public class ClusterCliTests(RedisServer redis)
{
    private static readonly string[] Files = ["results.json", "replicates.csv", "report.html"];

    [Fact]
    public async Task Run_status_and_fetch_on_a_cluster_give_the_embedded_files()
    {
        string embedded = TestPaths.TempDir(), onCluster = TestPaths.TempDir(), fetched = TestPaths.TempDir();
        string[] run = ["run", Barcelona.ScenarioPath, "--replicates", "6", "--seed", "5", "--quiet", "true"];
        Assert.Equal(0, (await SocSimRunner.RunAsync([.. run, "--out", embedded])).Exit);

        await using LocalCluster cluster = await LocalCluster.StartAsync(redis, 2);
        var (exit, _, stderr) = await SocSimRunner.RunAsync([.. run, "--out", onCluster, "--cluster", cluster.Address]);
        Assert.True(exit == 0, stderr + cluster.Logs);
        EmbeddedRun.AssertSameFiles(embedded, onCluster, Files);

        // Another client starts an experiment; socsim re-attaches to it by id.
        const string id = "reattach-test";
        await using (ClusterConnection client = await cluster.ConnectAsync())
        {
            await client.Grains.GetGrain<IExperimentGrain>(id).StartAsync(new ExperimentPlan(Barcelona.Load(), 5, 6));
        }

        (exit, string fetchOut, stderr) = await SocSimRunner.RunAsync("fetch", id, "--cluster", cluster.Address, "--out", fetched, "--quiet", "true");
        Assert.True(exit == 0, stderr);
        Assert.Contains("insertionRate", fetchOut);
        EmbeddedRun.AssertSameFiles(embedded, fetched, Files);

        (exit, string statusOut, _) = await SocSimRunner.RunAsync("status", id, "--cluster", cluster.Address);
        Assert.Equal(0, exit);
        Assert.Contains($"experiment {id}: complete, 6/6 replicates done", statusOut);

        (exit, _, stderr) = await SocSimRunner.RunAsync("status", "no-such-experiment", "--cluster", cluster.Address);
        Assert.Equal(2, exit);
        Assert.Contains("no experiment 'no-such-experiment'", stderr);
    }

    [Fact]
    public async Task A_Sobol_analysis_on_a_cluster_writes_the_embedded_indices()
    {
        string embedded = TestPaths.TempDir(), onCluster = TestPaths.TempDir();
        string[] sobol = ["sensitivity", Barcelona.ScenarioPath, "--method", "sobol", "--params", "behaviour.subsidyTakeUp,behaviour.deadweight",
            "--samples", "4", "--kpis", "subsidyCommittedEur,insertionRate", "--seed", "3", "--quiet", "true"];
        Assert.Equal(0, (await SocSimRunner.RunAsync([.. sobol, "--out", embedded])).Exit);

        await using LocalCluster cluster = await LocalCluster.StartAsync(redis, 2);
        var (exit, _, stderr) = await SocSimRunner.RunAsync([.. sobol, "--out", onCluster, "--cluster", cluster.Address]);
        Assert.True(exit == 0, stderr + cluster.Logs);
        EmbeddedRun.AssertSameFiles(embedded, onCluster, "sensitivity.json", "sensitivity.csv", "sensitivity.xlsx");
    }

    [Fact]
    public async Task A_design_search_on_a_cluster_writes_the_embedded_front()
    {
        string embedded = TestPaths.TempDir(), onCluster = TestPaths.TempDir();
        string[] design = ["design", Barcelona.ScenarioPath, "--set", "population.monthlyArrivals=250", "--lever", "call.budgetEur=200000:1500000",
            "--lever", "call.minimumAge=25:45:int", "--objective", "max:insertionsCausedByCall", "--objective", "min:subsidyCommittedEur",
            "--population", "4", "--generations", "1", "--replicates", "4", "--seed", "9", "--quiet"];
        Assert.Equal(0, (await SocSimRunner.RunAsync([.. design, "--out", embedded])).Exit);

        await using LocalCluster cluster = await LocalCluster.StartAsync(redis, 2);
        var (exit, _, stderr) = await SocSimRunner.RunAsync([.. design, "--out", onCluster, "--cluster", cluster.Address]);
        Assert.True(exit == 0, stderr + cluster.Logs);
        EmbeddedRun.AssertSameFiles(embedded, onCluster, "design.json", "design.csv", "design.xlsx");
    }

    [Fact]
    public async Task A_register_replays_on_a_cluster_as_on_the_embedded_silo()
    {
        string embedded = TestPaths.TempDir(), onCluster = TestPaths.TempDir();
        string[] run = ["run", TestPaths.Baseline, "--registry", TestPaths.SampleRegister];
        Assert.Equal(0, (await SocSimRunner.RunAsync([.. run, "--out", embedded])).Exit);

        await using LocalCluster cluster = await LocalCluster.StartAsync(redis, 2);
        var (exit, _, stderr) = await SocSimRunner.RunAsync([.. run, "--out", onCluster, "--cluster", cluster.Address]);
        Assert.True(exit == 0, stderr + cluster.Logs);
        EmbeddedRun.AssertSameFiles(embedded, onCluster, "awards.csv", "results.json");

        // A projection and a back-test run their replicates on the silos, in batches, with the same numbers as here.
        string projectedHere = TestPaths.TempDir(), projectedThere = TestPaths.TempDir();
        string[] project = ["project", TestPaths.Baseline, "--registry", TestPaths.SampleRegister, "--as-of", "2023-01-15", "--replicates", "20", "--quiet"];
        Assert.Equal(0, (await SocSimRunner.RunAsync([.. project, "--out", projectedHere])).Exit);
        (exit, _, stderr) = await SocSimRunner.RunAsync([.. project, "--out", projectedThere, "--cluster", cluster.Address]);
        Assert.True(exit == 0, stderr + cluster.Logs);
        EmbeddedRun.AssertSameFiles(projectedHere, projectedThere, "projection.json", "projection.csv");

        string[] backtest = ["backtest", TestPaths.Baseline, "--registry", TestPaths.SampleRegister, "--cuts", "2022-12-15,2023-02-15", "--replicates", "10"];
        var (hereExit, hereCsv, _) = await SocSimRunner.RunAsync(backtest);
        var (thereExit, thereCsv, thereErr) = await SocSimRunner.RunAsync([.. backtest, "--cluster", cluster.Address]);
        Assert.Equal((0, 0), (hereExit, thereExit));
        Assert.True(hereCsv == thereCsv, thereErr);
    }

    [Fact]
    public async Task A_cluster_with_no_silo_is_a_clear_error_within_a_minute()
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var (exit, _, stderr) = await SocSimRunner.RunAsync(
            "run", Barcelona.ScenarioPath, "--replicates", "2", "--out", TestPaths.TempDir(), "--cluster", $"redis://{redis.Endpoint}?cluster=nobody-here");
        Assert.Equal(2, exit);
        Assert.True(clock.Elapsed < TimeSpan.FromMinutes(1), $"took {clock.Elapsed}");
        Assert.StartsWith("error: --cluster: no silo of cluster 'nobody-here' answers", stderr);
        Assert.DoesNotContain("   at ", stderr);
    }
}
