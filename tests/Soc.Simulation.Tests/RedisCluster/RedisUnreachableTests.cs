using System.Diagnostics;
using Soc.Simulation.Tests.Cli;
using Soc.Simulation.Tests.Simulation;

namespace Soc.Simulation.Tests.RedisCluster;

/// <summary>A Redis that does not answer is one clear line and a non-zero exit, quickly: not a hang, not a stack trace.</summary>
public class RedisUnreachableTests
{
    private static readonly TimeSpan Quickly = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task The_client_says_it_cannot_reach_redis()
    {
        int closed = RedisServer.FreePort();
        string outDir = Path.Combine(TestPaths.TempDir(), "never");
        var clock = Stopwatch.StartNew();
        var (exit, _, stderr) = await SocSimRunner.RunAsync(
            "run", Barcelona.ScenarioPath, "--replicates", "2", "--out", outDir, "--cluster", $"redis://127.0.0.1:{closed}");
        Assert.True(clock.Elapsed < Quickly, $"took {clock.Elapsed}");
        Assert.Equal(2, exit);
        Assert.StartsWith($"error: --cluster: cannot reach Redis at 127.0.0.1:{closed}", stderr);
        Assert.DoesNotContain("   at ", stderr);
        Assert.False(Directory.Exists(outDir));
    }

    [Fact]
    public async Task A_silo_says_it_cannot_reach_redis_and_exits()
    {
        int closed = RedisServer.FreePort();
        await using SiloProcess silo = SiloProcess.Launch("--clustering", "redis", "--redis", $"127.0.0.1:{closed}", "--silo-port", $"{RedisServer.FreePort()}");
        Assert.True(await silo.WaitForExitAsync(Quickly), $"the silo was still running after {Quickly}:\n{silo.Log}");
        Assert.Equal(2, silo.ExitCode);
        Assert.Contains($"error: Silo:Redis: cannot reach Redis at 127.0.0.1:{closed}", silo.Log);
        Assert.DoesNotContain("   at ", silo.Log);
    }

    [Theory]
    [InlineData("--client-mode")]
    [InlineData("--clustering", "zookeeper")]
    [InlineData("--storage", "disk")]
    [InlineData("--silo-port", "70000")]
    [InlineData("--address", "not-an-ip")]
    public async Task A_silo_with_a_bad_setting_names_it_and_exits(params string[] flags)
    {
        await using SiloProcess silo = SiloProcess.Launch(flags);
        Assert.True(await silo.WaitForExitAsync(Quickly), silo.Log);
        Assert.Equal(2, silo.ExitCode);
        Assert.StartsWith("error: ", silo.Log);
        Assert.Contains(flags[0] == "--client-mode" ? "unknown flag --client-mode" : "expected", silo.Log);
        Assert.DoesNotContain("   at ", silo.Log);
    }
}
