using Soc.Simulation.Hosting;

namespace Soc.Simulation.Tests.RedisCluster;

/// <summary>SIGTERM stops a silo cleanly: it exits 0 and leaves the membership at once, so no one waits for it.</summary>
[Collection(RedisCollection.Name)]
public class SiloShutdownTests(RedisServer redis)
{
    [Fact]
    public async Task A_silo_given_sigterm_leaves_the_cluster_and_exits_zero()
    {
        await using LocalCluster cluster = await LocalCluster.StartAsync(redis, 2);
        await using ClusterConnection client = await cluster.ConnectAsync();
        IManagementGrain management = client.Grains.GetGrain<IManagementGrain>(0);
        // Both silos have said they started; the one answering may not have heard of the other yet (seen on a
        // loaded machine, with the in-process Garnet).
        var forming = System.Diagnostics.Stopwatch.StartNew();
        while ((await management.GetHosts(onlyActive: true)).Count < 2 && forming.Elapsed < TimeSpan.FromSeconds(30)) await Task.Delay(100);
        Assert.Equal(2, (await management.GetHosts(onlyActive: true)).Count);

        SiloProcess leaving = cluster.Silos[0];
        leaving.Terminate();
        Assert.True(await leaving.WaitForExitAsync(TimeSpan.FromMinutes(1)), $"still running a minute after SIGTERM:\n{leaving.Log}");
        Assert.Equal(0, leaving.ExitCode);
        Assert.Contains("Silo stopped", leaving.Log);

        // A clean leave marks it dead in the membership table itself: no probes, no votes, no wait.
        Dictionary<SiloAddress, SiloStatus> hosts = await management.GetHosts(onlyActive: true);
        Assert.Single(hosts);
        Assert.DoesNotContain(hosts.Keys, s => s.Endpoint.Port == leaving.SiloPort);
    }
}
