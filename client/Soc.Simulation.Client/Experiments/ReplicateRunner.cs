using Soc.Simulation.Client.Hosting;
using Soc.Simulation.Hosting;
using Soc.Simulation.Abstractions.Scenarios;
using Soc.Simulation.Abstractions.Simulation;

namespace Soc.Simulation.Client.Experiments;

/// <summary>
/// The one place that starts where replicates run (see <see cref="Backend"/>). Commands that evaluate many
/// scenarios keep one runner for all of them.
/// </summary>
public sealed class ReplicateRunner : IAsyncDisposable
{
    private readonly IAsyncDisposable? _host;
    private readonly ClusterAddress? _cluster;

    private ReplicateRunner(IAsyncDisposable? host, IGrainFactory? grains, ClusterAddress? cluster)
    {
        _host = host;
        Grains = grains;
        _cluster = cluster;
    }

    /// <summary>The grains of the embedded silo or the cluster; null with the Model alone.</summary>
    public IGrainFactory? Grains { get; }

    public static async Task<ReplicateRunner> StartAsync(Backend backend)
    {
        if (backend.Cluster is { } address)
        {
            ClusterConnection connection = await ClusterConnection.ConnectAsync(address);
            return new ReplicateRunner(connection, connection.Grains, address);
        }

        if (!backend.UseOrleans) return new ReplicateRunner(null, null, null);
        EmbeddedSilo silo = await EmbeddedSilo.StartAsync();
        return new ReplicateRunner(silo, silo.Grains, null);
    }

    public Task<ReplicateResult[]> RunAsync(Scenario scenario, ulong seed, int replicates, Progress progress) =>
        Grains is null
            ? MonteCarloRunner.DirectAsync(scenario, seed, replicates, progress)
            : MonteCarloRunner.OnClusterAsync(Grains, scenario, seed, replicates, progress, _cluster);

    public async ValueTask DisposeAsync()
    {
        if (_host is not null) await _host.DisposeAsync();
    }
}
