using Soc.Simulation.Hosting;

namespace Soc.Simulation.Tests.RedisCluster;

/// <summary>
/// Silo processes on loopback that form one cluster through Redis membership and keep experiments in Redis
/// storage, with the settings the silo ships (its appsettings.json: membership, retries, retention) unless a test
/// gives others. Each cluster gets its own cluster and service ids, so tests sharing a Redis never see each other.
/// </summary>
public sealed class LocalCluster : IAsyncDisposable
{
    private LocalCluster(IRedis redis, string id, List<SiloProcess> silos)
    {
        Redis = redis;
        Id = id;
        Silos = silos;
    }

    public IRedis Redis { get; }

    public string Id { get; }

    public List<SiloProcess> Silos { get; }

    /// <summary>What a client passes to --cluster.</summary>
    public string Address => $"redis://{Redis.Endpoint}?cluster={Id}&service={Id}";

    /// <summary>Starts <paramref name="silos"/> silo processes; <paramref name="settings"/> are further flags for each.</summary>
    public static async Task<LocalCluster> StartAsync(IRedis redis, int silos, params string[] settings)
    {
        string id = "test-" + Guid.NewGuid().ToString("N")[..8];
        SiloProcess[] started = await Task.WhenAll(Enumerable.Range(0, silos).Select(_ => SiloProcess.StartAsync([.. Flags(redis, id), .. settings])));
        return new LocalCluster(redis, id, [.. started]);
    }

    public Task<ClusterConnection> ConnectAsync() => ClusterConnection.ConnectAsync(ClusterAddress.Parse(Address));

    public SiloProcess SiloAt(string endpoint) =>
        Silos.Single(s => endpoint.EndsWith($":{s.SiloPort}", StringComparison.Ordinal));

    /// <summary>socsim run on this cluster while its silos are killed (SIGKILL) on the way.</summary>
    internal KillDuringRun Killing() => new(Address, port => Silos.Single(s => s.SiloPort == port).Kill());

    /// <summary>Which Redis, then what each silo printed: for a failing test's message.</summary>
    public string Logs => $"--- {Redis.Description}\n" + string.Join("\n", Silos.Select(s => $"--- silo {s.SiloPort}\n{s.Log}"));

    public async ValueTask DisposeAsync()
    {
        foreach (SiloProcess silo in Silos) await silo.DisposeAsync();
    }

    /// <summary>Redis clustering and storage, free ports, this cluster's ids; nothing else differs from what the silo ships.</summary>
    private static string[] Flags(IRedis redis, string id) =>
    [
        "--clustering", "redis", "--storage", "redis", "--redis", redis.Endpoint,
        "--silo-port", $"{RedisServer.FreePort()}", "--gateway-port", $"{RedisServer.FreePort()}",
        "--cluster-id", id, "--service-id", id,
    ];
}
