using Soc.Simulation.Abstractions.Projection;
using Soc.Simulation.Analysis.Projection;
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

    /// <summary>The replicates of a scenario; once <paramref name="cancel"/> fires no more start, and this throws.</summary>
    public Task<ReplicateResult[]> RunAsync(Scenario scenario, ulong seed, int replicates, Progress progress, CancellationToken cancel) =>
        Grains is null
            ? MonteCarloRunner.DirectAsync(scenario, seed, replicates, progress, cancel)
            : MonteCarloRunner.OnClusterAsync(Grains, scenario, seed, replicates, progress, _cluster, cancel);

    /// <summary>
    /// A projection's replicates: in this process, or on the cluster in batches, each on a silo chosen at random (a batch
    /// lost with its silo is sent again). The books depend only on (plan, replicate), so both give the same numbers.
    /// </summary>
    public async Task<ProjectionRun[]> ProjectAsync(ProjectionPlan plan, int replicates)
    {
        if (Grains is null || _cluster is null) return await CallProjector.Here(plan, replicates);
        IGrainFactory grains = Grains;
        // About four batches per core of a 2-core silo for a few silos: enough to spread, few enough that each
        // batch's estimate of demand (made again on the silo) stays a small part of it.
        int size = Math.Max(1, (int)Math.Ceiling(replicates / 16.0));
        int[][] batches = [.. Enumerable.Range(0, replicates).Chunk(size)];
        ProjectionRun[][] runs = await Task.WhenAll(batches.Select(batch => ExperimentWatch.RetryingAsync(
            () => grains.GetGrain<IProjectionGrain>(Guid.NewGuid()).RunAsync(plan, batch))));
        return [.. runs.SelectMany(r => r)];
    }

    public async ValueTask DisposeAsync()
    {
        if (_host is not null) await _host.DisposeAsync();
    }
}
