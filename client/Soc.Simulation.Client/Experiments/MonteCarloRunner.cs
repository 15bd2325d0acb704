using Soc.Simulation.Scenarios;
using Soc.Simulation.Simulation;

namespace Soc.Simulation.Client.Experiments;

/// <summary>
/// Runs the replicates of a scenario: on the embedded silo through the experiment grain (the default), or
/// with the Model alone in this process (<c>--backend direct</c>, for checks and the benchmark). Both give
/// the same results for the same seed.
/// </summary>
public static class MonteCarloRunner
{
    public static async Task<ReplicateResult[]> RunAsync(Scenario scenario, ulong seed, int replicates, string backend, Progress progress)
    {
        await using ReplicateRunner runner = await ReplicateRunner.StartAsync(backend);
        return await runner.RunAsync(scenario, seed, replicates, progress);
    }

    /// <summary>Several scenarios with the same seed (common random numbers), on one runner.</summary>
    public static async Task<ReplicateResult[][]> RunManyAsync(IReadOnlyList<Scenario> scenarios, ulong seed, int replicates, string backend, Progress progress)
    {
        var all = new ReplicateResult[scenarios.Count][];
        var overall = new ScaledProgress(progress, scenarios.Count);
        await using (ReplicateRunner runner = await ReplicateRunner.StartAsync(backend))
        {
            for (int i = 0; i < scenarios.Count; i++) all[i] = await runner.RunAsync(scenarios[i], seed, replicates, overall.Part(i));
        }

        progress.Done(scenarios.Count * replicates);
        return all;
    }

    public static async Task<ReplicateResult[]> OnClusterAsync(IGrainFactory grains, Scenario scenario, ulong seed, int replicates, Progress progress)
    {
        IExperimentGrain experiment = grains.GetGrain<IExperimentGrain>(Guid.NewGuid().ToString("N"));
        Task<ReplicateResult[]> run = experiment.RunAsync(scenario, seed, replicates, inFlight: 2 * Environment.ProcessorCount);
        while (await Task.WhenAny(run, Task.Delay(250)) != run)
        {
            progress.Report(await experiment.GetProgressAsync(), replicates);
        }

        progress.Done(replicates);
        return await run;
    }

    public static async Task<ReplicateResult[]> DirectAsync(Scenario scenario, ulong seed, int replicates, Progress progress)
    {
        var results = new ReplicateResult[replicates];
        int done = 0;
        await Parallel.ForEachAsync(Enumerable.Range(0, replicates), async (r, _) =>
        {
            results[r] = await DirectBackend.RunAsync(new SimulationSetup(scenario, seed, r));
            progress.Report(Interlocked.Increment(ref done), replicates);
        });
        progress.Done(replicates);
        return results;
    }
}
