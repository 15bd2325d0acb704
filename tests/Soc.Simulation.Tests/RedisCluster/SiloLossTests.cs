using Soc.Simulation.Tests.Simulation;
using Xunit.Abstractions;

namespace Soc.Simulation.Tests.RedisCluster;

/// <summary>
/// Three silo processes on Redis membership and storage, with the settings the silo ships; silos are killed
/// (SIGKILL) while <c>socsim run --cluster</c> runs. The command must end with exit 0 and the embedded run's files.
/// (A worker silo killed on the way: <see cref="ClusterScriptTests"/>, on the cluster the script starts.)
/// </summary>
[Collection(RedisCollection.Name)]
public class SiloLossTests(RedisServer redis, ITestOutputHelper log)
{
    /// <summary>
    /// Barcelona with a tenth of its arrivals: a replicate takes a tenth of the time, the rules are the same. Enough
    /// replicates that the run is still going at the second kill (40 of them once finished before it, 7 December).
    /// </summary>
    public static readonly string[] Run =
        ["run", Barcelona.ScenarioPath, "--set", "population.monthlyArrivals=250", "--replicates", "400", "--seed", "11"];

    [Fact]
    public async Task Killing_the_experiments_silo_mid_run_ends_with_the_embedded_files()
    {
        string embedded = await EmbeddedRun.FolderAsync(Run);
        await using LocalCluster cluster = await LocalCluster.StartAsync(redis, 3);
        string onCluster = TestPaths.TempDir();
        KilledRun run = await cluster.Killing().RunAsync(Run, onCluster, new SiloKill(AtDone: 8, HoldingTheExperiment: true));
        Report(run);
        Assert.True(run.Exit == 0, run.Stderr + cluster.Logs);
        EmbeddedRun.AssertSameFiles(embedded, onCluster, EmbeddedRun.Results);
    }

    [Fact]
    public async Task Killing_two_of_three_silos_one_after_the_other_ends_with_the_embedded_files()
    {
        string embedded = await EmbeddedRun.FolderAsync(Run);
        await using LocalCluster cluster = await LocalCluster.StartAsync(redis, 3);
        string onCluster = TestPaths.TempDir();
        // A worker first, then the silo holding the experiment: the last one runs the rest alone.
        KilledRun run = await cluster.Killing().RunAsync(Run, onCluster,
            new SiloKill(AtDone: 8, HoldingTheExperiment: false), new SiloKill(AtDone: 20, HoldingTheExperiment: true));
        Report(run);
        Assert.True(run.Exit == 0, run.Stderr + cluster.Logs);
        EmbeddedRun.AssertSameFiles(embedded, onCluster, EmbeddedRun.Results);
    }

    private void Report(KilledRun run)
    {
        foreach (KillMeasure kill in run.Kills) log.WriteLine(kill.ToString());
        log.WriteLine($"socsim run --cluster: exit {run.Exit} after {run.Wall.TotalSeconds:0.0} s");
        // A lost silo is the cluster's business: the user sees no exception, let alone a stack trace.
        Assert.DoesNotContain("   at ", run.Stderr);
        Assert.DoesNotContain("Exception", run.Stderr);
    }
}
