using System.Diagnostics;

namespace Soc.Simulation.Tests.RedisCluster;

/// <summary>
/// scripts/cluster.sh as the README tells a newcomer to use it: start 3 silos, run the baseline on them, stop
/// them cleanly. It runs on the build this test run already made (SOCSIM_NO_BUILD), on ports of its own.
/// </summary>
[Collection(RedisCollection.Name)]
public class ClusterScriptTests(RedisServer redis)
{
    [Fact]
    public async Task The_script_starts_three_silos_runs_the_baseline_and_stops_them()
    {
        string dir = TestPaths.TempDir(), outDir = Path.Combine(dir, "out");
        var env = new Dictionary<string, string>
        {
            ["SOCSIM_CLUSTER_DIR"] = Path.Combine(dir, "cluster"),
            ["SOCSIM_REDIS_PORT"] = redis.Endpoint.Split(':')[1],
            ["SOCSIM_CLUSTER_ID"] = "script-" + Guid.NewGuid().ToString("N")[..8],
            ["SOCSIM_SILO_PORT"] = $"{RedisServer.FreePort()}",
            ["SOCSIM_GATEWAY_PORT"] = $"{RedisServer.FreePort()}",
            ["SOCSIM_CONFIGURATION"] = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Parent!.Name,
            ["SOCSIM_NO_BUILD"] = "1",
        };
        try
        {
            var (exit, output) = await ScriptAsync(env, "start", "3");
            Assert.True(exit == 0, output);
            Assert.Equal(3, output.Split('\n').Count(l => l.Contains(": started, pid", StringComparison.Ordinal)));
            (exit, output) = await ScriptAsync(env, "status");
            Assert.Equal(3, output.Split('\n').Count(l => l.Contains(": running", StringComparison.Ordinal)));

            (exit, output) = await ScriptAsync(env, "run", Path.Combine(TestPaths.Root, "scenarios", "barcelona-2023.json"),
                "--replicates", "4", "--seed", "2", "--out", outDir, "--quiet", "true");
            Assert.True(exit == 0, output);
            Assert.True(File.Exists(Path.Combine(outDir, "results.json")), output);
        }
        finally
        {
            var (exit, output) = await ScriptAsync(env, "stop");
            Assert.True(exit == 0, output);
            Assert.Equal(3, output.Split('\n').Count(l => l.EndsWith(": stopped", StringComparison.Ordinal)));
        }

        Assert.Contains("no silos started", (await ScriptAsync(env, "status")).Output);
    }

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
