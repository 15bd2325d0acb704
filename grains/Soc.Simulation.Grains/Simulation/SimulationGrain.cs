using Orleans.Placement;
using Soc.Simulation.Abstractions.Scenarios;
using Soc.Simulation.Abstractions.Simulation;
using Soc.Simulation.Model.Simulation;
using Soc.Simulation.Model.Replicates;

namespace Soc.Simulation.Grains.Simulation;

/// <summary>One replicate: runs <see cref="SimulationLoop"/>, the clock and the replicate's call, over its cohort grains.</summary>
// Replicates spread over the silos; the cohort grains of a replicate follow it (prefer-local placement).
[RandomPlacement]
public sealed class SimulationGrain(IGrainFactory grains) : Grain, ISimulationGrain
{
    public async Task<ReplicateResult> RunAsync(Scenario scenario, ulong seed, int replicate)
    {
        var setup = new SimulationSetup(scenario, seed, replicate);
        var backend = new GrainBackend(grains, this.GetPrimaryKeyString(), setup);
        ReplicateResult result;
        using (LocalSetups.Share(this.GetPrimaryKeyString(), setup))
        {
            await backend.InitAsync();
            result = await SimulationLoop.RunAsync(setup, backend);
        }

        DeactivateOnIdle();
        return result;
    }
}
