using Orleans.Placement;
using Soc.Simulation.Abstractions.Projection;
using Soc.Simulation.Model.Projection;

namespace Soc.Simulation.Grains.Projection;

/// <summary>A batch of projection replicates, placed at random so that batches spread over the silos.</summary>
[RandomPlacement]
public sealed class ProjectionGrain : Grain, IProjectionGrain
{
    public Task<ProjectionRun[]> RunAsync(ProjectionPlan plan, int[] replicates)
    {
        // Each batch is used once: let the activation go as soon as it has answered.
        DeactivateOnIdle();
        return Task.FromResult(ProjectionRuns.Run(plan, replicates));
    }
}
