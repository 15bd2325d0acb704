using System.Diagnostics;
using Soc.Simulation.Hosting;
using Soc.Simulation.Tests.Cli;
using Xunit.Abstractions;
using Soc.Simulation.Abstractions.Experiments;

namespace Soc.Simulation.Tests.RedisCluster;

/// <summary>
/// Redis restarted under a running experiment, on a Redis of this test's own that keeps its data on disk: a quick
/// restart costs nothing; an outage longer than the silos' retry limit fails the run with one line that says how to
/// continue, and <c>socsim fetch</c> continues it once Redis is back. Both end with the embedded run's files.
/// </summary>
public class RedisRestartTests(ITestOutputHelper log)
{
    /// <summary>Shorter than the shipped 2 minutes, so that the outage below outlasts it quickly.</summary>
    private const string RetryLimit = "00:00:20";

    [Fact]
    public async Task A_redis_restart_costs_nothing_and_after_a_long_outage_fetch_continues_the_run()
    {
        string embedded = await EmbeddedRun.FolderAsync(SiloLossTests.Run);
        await using PersistentRedis redis = await PersistentRedis.StartAsync();
        log.WriteLine(redis.Description);
        await using LocalCluster cluster = await LocalCluster.StartAsync(redis, 2, $"--Silo:ReplicateRetryLimit={RetryLimit}");
        await using ClusterConnection client = await cluster.ConnectAsync();

        // A restart mid-run: the silos reconnect, the replicates whose results could not be stored meanwhile are stored again.
        string restarted = TestPaths.TempDir();
        RunningSocSim run = SocSimRunner.Start([.. SiloLossTests.Run, "--out", restarted, "--cluster", cluster.Address]);
        await UntilDoneAsync(client, await run.ExperimentId, 10);
        var down = Stopwatch.StartNew();
        await redis.StopAsync();
        await redis.StartAgainAsync();
        log.WriteLine($"Redis down for {down.Elapsed.TotalSeconds:0.0} s");
        var (exit, _, stderr) = await run.Finished;
        Assert.True(exit == 0, stderr + cluster.Logs);
        EmbeddedRun.AssertSameFiles(embedded, restarted, EmbeddedRun.Results);

        // Down for longer than the retry limit: the run fails, saying what, and how to go on.
        run = SocSimRunner.Start([.. SiloLossTests.Run, "--out", TestPaths.TempDir(), "--cluster", cluster.Address]);
        string id = await run.ExperimentId;
        await UntilDoneAsync(client, id, 10);
        await redis.StopAsync();
        (exit, _, stderr) = await run.Finished;
        string[] errors = [.. stderr.Split('\n').Where(l => l.StartsWith("error:", StringComparison.Ordinal))];
        log.WriteLine(string.Join("\n", errors));
        Assert.Equal(1, exit);
        string error = Assert.Single(errors);
        Assert.Matches($"^error: experiment {id}: replicate \\d+ could not be stored for 20 s: the experiments' storage does not answer \\(is Redis up\\?\\); " +
            $"the \\d+ stored replicates are kept: socsim fetch {id} --cluster \"{System.Text.RegularExpressions.Regex.Escape(cluster.Address)}\" continues it$", error);
        Assert.DoesNotContain("   at ", stderr);

        await redis.StartAgainAsync();
        string fetched = TestPaths.TempDir();
        (exit, _, stderr) = await SocSimRunner.RunAsync("fetch", id, "--cluster", cluster.Address, "--out", fetched);
        Assert.True(exit == 0, stderr + cluster.Logs);
        Assert.Contains($"experiment {id} had failed (replicate ", stderr);
        EmbeddedRun.AssertSameFiles(embedded, fetched, EmbeddedRun.Results);
    }

    private static async Task UntilDoneAsync(ClusterConnection client, string id, int done)
    {
        IExperimentGrain experiment = client.Grains.GetGrain<IExperimentGrain>(id);
        while ((await experiment.GetStatusAsync()).Done < done) await Task.Delay(50);
    }
}
