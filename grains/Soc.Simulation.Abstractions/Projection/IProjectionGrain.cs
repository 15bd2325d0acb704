namespace Soc.Simulation.Abstractions.Projection;

/// <summary>
/// Runs some replicates of a projection (key: a fresh id per batch, so that batches spread over the silos). Holds no
/// state: a batch lost with its silo is sent again.
/// </summary>
[Alias("Soc.IProjectionGrain")]
public interface IProjectionGrain : IGrainWithGuidKey
{
    /// <summary>The books of these replicates, in the order given.</summary>
    [Alias("Run")]
    Task<ProjectionRun[]> RunAsync(ProjectionPlan plan, int[] replicates);
}
