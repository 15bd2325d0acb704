using System.Diagnostics;
using Soc.Simulation.Hosting;
using Soc.Simulation.Tests.Cli;
using Soc.Simulation.Tests.Simulation;
using StackExchange.Redis;
using Xunit.Abstractions;
using Soc.Simulation.Abstractions.Experiments;

namespace Soc.Simulation.Tests.RedisCluster;

/// <summary>
/// Stored experiments do not grow Redis forever: <c>socsim forget</c> deletes one (a running one only with --force),
/// and the silos delete a finished one once their Silo:ExperimentRetention has passed. Counted in Redis' own keys.
/// </summary>
[Collection(WaitingRedisCollection.Name)]
public class ExperimentForgetTests(RedisServer redis, ITestOutputHelper log)
{
    private const int Replicates = 4;
    private static readonly TimeSpan Retention = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task Forget_deletes_an_experiment_and_the_retention_deletes_a_finished_one()
    {
        await using LocalCluster cluster = await LocalCluster.StartAsync(redis, 1, $"--Silo:ExperimentRetention={Retention:c}");
        await using ConnectionMultiplexer store = await ConnectionMultiplexer.ConnectAsync(redis.Endpoint);
        Task<string[]> KeysAsync(string id) => RedisTables.ExperimentKeysAsync(store, cluster.Id, id);

        // Two complete experiments: a plan, a progress and a record per replicate each.
        string kept = await RunAsync(cluster);
        var sinceKeptEnded = Stopwatch.StartNew();
        string forgotten = await RunAsync(cluster);
        string[] keys = await KeysAsync(forgotten);
        Assert.True(keys.Length == Replicates + 2, string.Join("\n", keys));

        var (exit, stdout, stderr) = await SocSimRunner.RunAsync("forget", forgotten, "--cluster", cluster.Address);
        Assert.True(exit == 0, stderr);
        Assert.Contains($"experiment {forgotten} forgotten: it was complete; its plan, progress and {Replicates} stored replicates are deleted", stdout);
        Assert.Empty(await KeysAsync(forgotten));
        Assert.False(await RedisTables.HasReminderAsync(store.GetDatabase(), cluster.Id, forgotten));
        Assert.Equal(Replicates + 2, (await KeysAsync(kept)).Length);
        (exit, _, stderr) = await SocSimRunner.RunAsync("forget", forgotten, "--cluster", cluster.Address);
        Assert.Equal((2, $"error: no experiment '{forgotten}' on cluster '{cluster.Id}'"), (exit, stderr.Split(" at ")[0]));

        // A running one is kept unless --force, which stops it first.
        string running = "running-" + Guid.NewGuid().ToString("N")[..8];
        await using (ClusterConnection client = await cluster.ConnectAsync())
        {
            await client.Grains.GetGrain<IExperimentGrain>(running).StartAsync(new ExperimentPlan(Barcelona.Load("population.monthlyArrivals=250"), 5, 1000));
        }

        (exit, _, stderr) = await SocSimRunner.RunAsync("forget", running, "--cluster", cluster.Address);
        Assert.Equal(2, exit);
        Assert.StartsWith($"error: experiment {running} is running (", stderr);
        Assert.Contains($"so it was kept; to stop and delete it: socsim forget {running} --cluster \"{cluster.Address}\" --force", stderr);
        Assert.NotEmpty(await KeysAsync(running));
        (exit, stdout, stderr) = await SocSimRunner.RunAsync("forget", running, "--cluster", cluster.Address, "--force");
        Assert.True(exit == 0, stderr);
        Assert.Contains("it was running", stdout);
        Assert.Empty(await KeysAsync(running));

        // The retention deletes the first one on its own.
        while ((await KeysAsync(kept)).Length > 0 && sinceKeptEnded.Elapsed < Retention + TimeSpan.FromMinutes(2)) await Task.Delay(250);
        log.WriteLine($"Silo:ExperimentRetention={Retention:c}: the experiment's keys were gone {sinceKeptEnded.Elapsed.TotalSeconds:0.0} s after it ended");
        Assert.Empty(await KeysAsync(kept));
        Assert.False(await RedisTables.HasReminderAsync(store.GetDatabase(), cluster.Id, kept));
    }

    /// <summary>socsim run on the cluster, to completion; the id it announced.</summary>
    private static async Task<string> RunAsync(LocalCluster cluster)
    {
        RunningSocSim run = SocSimRunner.Start(
            "run", Barcelona.ScenarioPath, "--set", "population.monthlyArrivals=250", "--replicates", $"{Replicates}", "--out", TestPaths.TempDir(), "--cluster", cluster.Address);
        var (exit, _, stderr) = await run.Finished;
        Assert.True(exit == 0, stderr + cluster.Logs);
        return await run.ExperimentId;
    }
}
