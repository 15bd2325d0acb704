using Soc.Simulation.Client.Hosting;
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
        return backend switch
        {
            "orleans" => await OnSiloAsync(scenario, seed, replicates, progress),
            "direct" => await DirectAsync(scenario, seed, replicates, progress),
            _ => throw new InputException($"--backend: expected orleans or direct, got '{backend}'"),
        };
    }

    /// <summary>Several scenarios with the same seed (common random numbers), on one embedded silo.</summary>
    public static async Task<ReplicateResult[][]> RunManyAsync(IReadOnlyList<Scenario> scenarios, ulong seed, int replicates, string backend, Progress progress)
    {
        var all = new ReplicateResult[scenarios.Count][];
        var overall = new ScaledProgress(progress, scenarios.Count);
        if (backend == "orleans")
        {
            await using EmbeddedSilo silo = await EmbeddedSilo.StartAsync();
            for (int i = 0; i < scenarios.Count; i++) all[i] = await OnClusterAsync(silo.Grains, scenarios[i], seed, replicates, overall.Part(i));
        }
        else
        {
            for (int i = 0; i < scenarios.Count; i++) all[i] = await RunAsync(scenarios[i], seed, replicates, backend, overall.Part(i));
        }

        progress.Done(scenarios.Count * replicates);
        return all;
    }

    public static async Task<ReplicateResult[]> OnSiloAsync(Scenario scenario, ulong seed, int replicates, Progress progress)
    {
        await using EmbeddedSilo silo = await EmbeddedSilo.StartAsync();
        return await OnClusterAsync(silo.Grains, scenario, seed, replicates, progress);
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
