using Soc.Simulation.Hosting;
using Soc.Simulation.Abstractions.Experiments;
using Soc.Simulation.Abstractions.Scenarios;
using Soc.Simulation.Abstractions.Simulation;
using Soc.Simulation.Model.Simulation;
using Soc.Simulation.Model.Replicates;

namespace Soc.Simulation.Client.Experiments;

/// <summary>
/// Runs the replicates of a scenario: through the experiment grain on the embedded silo (the default) or a
/// cluster (<c>--cluster</c>), or with the Model alone in this process (<c>--backend direct</c>, for checks and the
/// benchmark). All give the same results for the same seed.
/// </summary>
public static class MonteCarloRunner
{
    public static async Task<ReplicateResult[]> RunAsync(Scenario scenario, ulong seed, int replicates, Backend backend, Progress progress, CancellationToken cancel)
    {
        await using ReplicateRunner runner = await ReplicateRunner.StartAsync(backend);
        return await runner.RunAsync(scenario, seed, replicates, progress, cancel);
    }

    /// <summary>Several scenarios with the same seed (common random numbers), on one runner.</summary>
    public static async Task<ReplicateResult[][]> RunManyAsync(IReadOnlyList<Scenario> scenarios, ulong seed, int replicates, Backend backend, Progress progress, CancellationToken cancel)
    {
        var all = new ReplicateResult[scenarios.Count][];
        var overall = new ScaledProgress(progress, scenarios.Count);
        await using (ReplicateRunner runner = await ReplicateRunner.StartAsync(backend))
        {
            for (int i = 0; i < scenarios.Count; i++) all[i] = await runner.RunAsync(scenarios[i], seed, replicates, overall.Part(i), cancel);
        }

        progress.Done(scenarios.Count * replicates);
        return all;
    }

    /// <summary>
    /// Runs an experiment grain on the embedded silo or a cluster and waits for it. On a cluster the experiment
    /// id is announced, so that a client that loses its connection can re-attach with status and fetch. Cancelling
    /// stops the experiment: no replicate starts after it.
    /// </summary>
    public static async Task<ReplicateResult[]> OnClusterAsync(IGrainFactory grains, Scenario scenario, ulong seed, int replicates, Progress progress,
        ClusterAddress? cluster = null, CancellationToken cancel = default)
    {
        cancel.ThrowIfCancellationRequested();
        string id = ExperimentWatch.NewId();
        IExperimentGrain experiment = grains.GetGrain<IExperimentGrain>(id);
        await ExperimentWatch.RetryingAsync(async () =>
        {
            await experiment.StartAsync(new ExperimentPlan(scenario, seed, replicates));
            return true;
        });
        if (cluster is not null)
        {
            progress.Notice($"experiment {id}: {replicates} replicates on {cluster.Display}; if this command is interrupted, re-attach with: socsim fetch {id} --cluster {cluster.Argument}");
        }

        return await ExperimentWatch.WaitAndFetchAsync(experiment, id, progress, cluster, cancel);
    }

    /// <summary>The replicates in this process; cancelling starts no more of them and throws once those running end.</summary>
    public static async Task<ReplicateResult[]> DirectAsync(Scenario scenario, ulong seed, int replicates, Progress progress, CancellationToken cancel = default)
    {
        var results = new ReplicateResult[replicates];
        int done = 0;
        await Parallel.ForEachAsync(Enumerable.Range(0, replicates), cancel, async (r, _) =>
        {
            results[r] = await DirectBackend.RunAsync(new SimulationSetup(scenario, seed, r));
            progress.Report(Interlocked.Increment(ref done), replicates);
        });
        progress.Done(replicates);
        return results;
    }
}
