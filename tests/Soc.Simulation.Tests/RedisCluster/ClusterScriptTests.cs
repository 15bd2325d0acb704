using System.Diagnostics;
using Soc.Simulation.Hosting;
using Soc.Simulation.Tests.TestSupport;
using Xunit.Abstractions;

namespace Soc.Simulation.Tests.RedisCluster;

/// <summary>
/// scripts/cluster.sh as the README tells a newcomer to use it: start 3 silos, run on them, stop them cleanly. It
/// runs on the build this test run already made (SOCSIM_NO_BUILD), on ports of its own, and on the tests' Redis
/// (SOCSIM_CLUSTER_REDIS), so it needs no redis-server.
/// </summary>
[Collection(RedisCollection.Name)]
public class ClusterScriptTests(RedisServer redis, ITestOutputHelper log)
{
    /// <summary>
    /// The issue's case, on the cluster the script starts as shipped: a silo that does not hold the experiment is
    /// killed (SIGKILL) while 200 replicates run; socsim must end with exit 0 and the embedded run's files. Barcelona
    /// with a tenth of its arrivals, so that the replicates take a tenth of the time.
    /// </summary>
    [Fact]
    public async Task The_scripts_three_silos_survive_losing_one_while_200_replicates_run()
    {
        string[] run = ["run", Path.Combine(TestPaths.Root, "scenarios", "barcelona-2023.json"), "--set", "population.monthlyArrivals=250", "--replicates", "200", "--seed", "77"];
        string embedded = await EmbeddedRun.FolderAsync(run);
        string dir = TestPaths.TempDir(), clusterDir = Path.Combine(dir, "cluster"), onCluster = Path.Combine(dir, "out");
        Dictionary<string, string> env = Settings(clusterDir);
        env["SOCSIM_CLUSTER_REDIS"] = redis.Endpoint;
        int firstPort = int.Parse(env["SOCSIM_SILO_PORT"], System.Globalization.CultureInfo.InvariantCulture);
        try
        {
            var (exit, output) = await ScriptAsync(env, "start", "3");
            Assert.True(exit == 0, $"{redis}\n{output}");
            Assert.Contains($"redis: using {redis.Endpoint} (SOCSIM_CLUSTER_REDIS)", output);
            Assert.Equal(3, output.Split('\n').Count(l => l.Contains(": started, pid", StringComparison.Ordinal)));
            (exit, output) = await ScriptAsync(env, "status");
            Assert.Equal(3, output.Split('\n').Count(l => l.Contains(": running", StringComparison.Ordinal)));
            Assert.Contains($"redis: answering on {redis.Endpoint}", output);

            var killing = new KillDuringRun($"redis://{redis.Endpoint}?cluster={env["SOCSIM_CLUSTER_ID"]}&service={env["SOCSIM_CLUSTER_ID"]}", port =>
                Process.GetProcessById(int.Parse(File.ReadAllText(Path.Combine(clusterDir, $"silo-{port - firstPort}.pid")), System.Globalization.CultureInfo.InvariantCulture)).Kill());
            KilledRun killed = await killing.RunAsync(run, onCluster, new SiloKill(AtDone: 50, HoldingTheExperiment: false));
            log.WriteLine($"{killed.Kills[0]}; socsim run --cluster: exit {killed.Exit} after {killed.Wall.TotalSeconds:0.0} s");
            Assert.True(killed.Exit == 0, killed.Stderr + string.Concat(Directory.GetFiles(clusterDir, "silo-*.log").Select(File.ReadAllText)));
            Assert.DoesNotContain("   at ", killed.Stderr);
            EmbeddedRun.AssertSameFiles(embedded, onCluster, EmbeddedRun.Results);

            // The script's own run command, on the two silos left.
            (exit, output) = await ScriptAsync(env, "run", Path.Combine(TestPaths.Root, "scenarios", "barcelona-2023.json"),
                "--replicates", "2", "--seed", "2", "--out", Path.Combine(dir, "script-run"), "--quiet", "true");
            Assert.True(exit == 0, $"{redis}\n{output}");
            Assert.True(File.Exists(Path.Combine(dir, "script-run", "results.json")), output);
        }
        finally
        {
            var (exit, output) = await ScriptAsync(env, "stop");
            Assert.True(exit == 0, output);
            Assert.Equal(2, output.Split('\n').Count(l => l.EndsWith(": stopped", StringComparison.Ordinal)));
            Assert.DoesNotContain("redis: stopped", output);
        }

        Assert.Contains("no silos started", (await ScriptAsync(env, "status")).Output);
        // The script leaves a Redis it did not start running: the other cluster tests share it.
        await RedisConnection.EnsureReachableAsync(redis.Endpoint, RedisServer.Variable);
    }

    /// <summary>
    /// SOCSIM_CLUSTER_DIR relative (to the repository root) or absolute: the pids and logs go there. Where
    /// redis-server is installed the script starts its own Redis, whose pid and log files also go there (an absolute
    /// dir used to break this); elsewhere it uses the tests' Redis and only the silos' files are checked.
    /// </summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task The_script_keeps_its_files_in_a_relative_or_an_absolute_dir(bool relative)
    {
        string dir = Path.Combine(TestPaths.TempDir(), "cluster dir");
        string given = relative ? Path.GetRelativePath(TestPaths.Root, dir) : dir;
        Assert.Equal(relative, !Path.IsPathRooted(given));
        Dictionary<string, string> env = Settings(given);
        bool ownRedis = Executables.OnPath("redis-server") is not null;
        if (ownRedis) env["SOCSIM_REDIS_PORT"] = $"{RedisServer.FreePort()}";
        else env["SOCSIM_CLUSTER_REDIS"] = redis.Endpoint;
        log.WriteLine($"SOCSIM_CLUSTER_DIR={given}; Redis: {(ownRedis ? "the script's own redis-server" : redis.Description)}");

        try
        {
            var (exit, output) = await ScriptAsync(env, "start", "1");
            Assert.True(exit == 0, output);
            Assert.Contains(ownRedis ? "redis: started on 127.0.0.1:" : "redis: using ", output);
            Assert.True(File.Exists(Path.Combine(dir, "silo-0.pid")) && File.Exists(Path.Combine(dir, "silo-0.log")), output);
            if (ownRedis) Assert.True(File.Exists(Path.Combine(dir, "redis.pid")) && File.Exists(Path.Combine(dir, "redis.log")), output);
            Assert.Contains("silo-0: running", (await ScriptAsync(env, "status")).Output);
        }
        finally
        {
            var (exit, output) = await ScriptAsync(env, "stop");
            Assert.True(exit == 0, output);
            Assert.Contains("silo-0: stopped", output);
            Assert.Equal(ownRedis, output.Contains("redis: stopped", StringComparison.Ordinal));
        }

        Assert.False(File.Exists(Path.Combine(dir, "silo-0.pid")));
        Assert.Contains($"no silos started from {dir}", (await ScriptAsync(env, "status")).Output);
    }

    private static Dictionary<string, string> Settings(string dir) => new()
    {
        ["SOCSIM_CLUSTER_DIR"] = dir,
        ["SOCSIM_CLUSTER_ID"] = "script-" + Guid.NewGuid().ToString("N")[..8],
        // The script gives silo i the ports first + i: a block of them free, for up to 4 silos.
        ["SOCSIM_SILO_PORT"] = $"{RedisServer.FreePortBlock(4)}",
        ["SOCSIM_GATEWAY_PORT"] = $"{RedisServer.FreePortBlock(4)}",
        ["SOCSIM_CONFIGURATION"] = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Parent!.Name,
        ["SOCSIM_NO_BUILD"] = "1",
    };

    private static async Task<(int Exit, string Output)> ScriptAsync(Dictionary<string, string> env, params string[] args)
    {
        var info = new ProcessStartInfo("bash", [Path.Combine(TestPaths.Root, "scripts", "cluster.sh"), .. args])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach ((string key, string value) in env) info.Environment[key] = value;
        using Process process = Process.Start(info)!;
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(3));
        return (process.ExitCode, (await stdout).Trim() + "\n" + (await stderr).Trim());
    }
}
