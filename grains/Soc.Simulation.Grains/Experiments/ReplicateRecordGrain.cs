using Orleans.Placement;
using Soc.Simulation.Simulation;

namespace Soc.Simulation.Experiments;

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
        await record.WriteStateAsync();
        // Nothing reads it until the fetch: free the memory now.
        DeactivateOnIdle();
    }

    public Task<ReplicateResult?> LoadAsync()
    {
        DeactivateOnIdle();
        return Task.FromResult(record.State.Result);
    }
}

[GenerateSerializer, Alias("Soc.ReplicateRecord")]
public sealed class ReplicateRecord
{
    [Id(0)] public ReplicateResult? Result { get; set; }
}
