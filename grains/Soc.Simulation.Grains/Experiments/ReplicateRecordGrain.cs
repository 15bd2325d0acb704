using Orleans.Placement;
using Soc.Simulation.Abstractions.Simulation;
using Soc.Simulation.Abstractions.Experiments;

namespace Soc.Simulation.Grains.Experiments;

/// <summary>
/// One replicate's result in the experiments' storage: written once, read when the experiment is fetched.
/// One grain per replicate keeps every write small, however many replicates the experiment has.
/// </summary>
[PreferLocalPlacement]
public sealed class ReplicateRecordGrain(
    [PersistentState("replicate", ExperimentGrain.StorageName)] IPersistentState<ReplicateRecord> record) : Grain, IReplicateRecordGrain
{
    public async Task SaveAsync(ReplicateResult result)
    {
        record.State.Result = result;
        try
        {
            await record.WriteStateAsync();
        }
        finally
        {
            // Nothing reads it until the fetch: free the memory now. After a failed write too: a write whose answer
            // was lost may have landed, and the next attempt needs a fresh activation that reads the stored etag.
            DeactivateOnIdle();
        }
    }

    public Task<ReplicateResult?> LoadAsync()
    {
        DeactivateOnIdle();
        return Task.FromResult(record.State.Result);
    }

    public async Task ForgetAsync()
    {
        try
        {
            await record.ClearStateAsync();
        }
        finally
        {
            DeactivateOnIdle();
        }
    }
}

[GenerateSerializer, Alias("Soc.ReplicateRecord")]
public sealed class ReplicateRecord
{
    [Id(0)] public ReplicateResult? Result { get; set; }
}
