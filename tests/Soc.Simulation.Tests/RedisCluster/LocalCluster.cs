using Soc.Simulation.Hosting;

namespace Soc.Simulation.Tests.RedisCluster;

/// <summary>
/// Silo processes on loopback that form one cluster through Redis membership and keep experiments in Redis
/// storage. Each cluster gets its own cluster and service ids, so tests sharing a Redis never see each other.
/// </summary>
public sealed class LocalCluster : IAsyncDisposable
{
    private LocalCluster(RedisServer redis, string id, List<SiloProcess> silos)
    {
        Redis = redis;
        Id = id;
        Silos = silos;
    }

    public RedisServer Redis { get; }

    public string Id { get; }

    public List<SiloProcess> Silos { get; }

    /// <summary>What a client passes to --cluster.</summary>
    public string Address => $"redis://{Redis.Endpoint}?cluster={Id}&service={Id}";

    public static async Task<LocalCluster> StartAsync(RedisServer redis, int silos)
    {
        string id = "test-" + Guid.NewGuid().ToString("N")[..8];
        SiloProcess[] started = await Task.WhenAll(Enumerable.Range(0, silos).Select(_ => SiloProcess.StartAsync(Flags(redis, id))));
        return new LocalCluster(redis, id, [.. started]);
    }

    public Task<ClusterConnection> ConnectAsync() => ClusterConnection.ConnectAsync(ClusterAddress.Parse(Address));

    public SiloProcess SiloAt(string endpoint) =>
        Silos.Single(s => endpoint.EndsWith($":{s.SiloPort}", StringComparison.Ordinal));

    /// <summary>Which Redis, then what each silo printed: for a failing test's message.</summary>
    public string Logs => $"--- {Redis.Description}\n" + string.Join("\n", Silos.Select(s => $"--- silo {s.SiloPort}\n{s.Log}"));

    public async ValueTask DisposeAsync()
    {
        foreach (SiloProcess silo in Silos) await silo.DisposeAsync();
    }

    /// <summary>
    /// Redis clustering and storage, free ports, and a quick death detection: a silo that misses two 1 s probes is
    /// declared dead, where Orleans' defaults take about half a minute.
    /// </summary>
    public static string[] Flags(RedisServer redis, string id) =>
    [
        "--clustering", "redis", "--storage", "redis", "--redis", redis.Endpoint,
        "--silo-port", $"{RedisServer.FreePort()}", "--gateway-port", $"{RedisServer.FreePort()}",
        "--cluster-id", id, "--service-id", id,
        "--Silo:Membership:ProbeTimeout=00:00:01", "--Silo:Membership:NumMissedProbesLimit=2",
    ];
}
