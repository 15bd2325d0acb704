using Soc.Simulation.Scenarios;
using Soc.Simulation.Simulation;

namespace Soc.Simulation.Experiments;

/// <summary>
/// Fans the replicates of an experiment out to simulation grains, which Orleans places over the silos,
/// keeping at most a fixed number in flight (back-pressure), and returns them in replicate order, so the
/// result does not depend on which finished first.
/// </summary>
public sealed class ExperimentGrain(IGrainFactory grains) : Grain, IExperimentGrain
{
    private int _done;

    public async Task<ReplicateResult[]> RunAsync(Scenario scenario, ulong seed, int count, int inFlight)
    {
        string experimentId = this.GetPrimaryKeyString();
        var results = new ReplicateResult[count];
        var running = new List<Task>();
        for (int r = 0; r < count; r++)
        {
            if (running.Count >= Math.Max(1, inFlight))
            {
                Task finished = await Task.WhenAny(running);
                running.Remove(finished);
                await finished;
            }

            int replicate = r;
            running.Add(Run(replicate));
        }

        await Task.WhenAll(running);
        return results;

        async Task Run(int replicate)
        {
            ISimulationGrain simulation = grains.GetGrain<ISimulationGrain>($"{experimentId}-r{replicate}");
            results[replicate] = await simulation.RunAsync(scenario, seed, replicate);
            _done++;
        }
    }

    public Task<int> GetProgressAsync() => Task.FromResult(_done);
}
