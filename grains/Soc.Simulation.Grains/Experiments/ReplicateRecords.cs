using System.Globalization;
using Orleans.Storage;
using Soc.Simulation.Abstractions.Simulation;

namespace Soc.Simulation.Grains.Experiments;

/// <summary>
/// An experiment's replicate results in the experiments' storage, one record per replicate (each write stays small,
/// however many replicates), written and read by the experiment grain itself. A result is data the experiment owns, not
/// an actor: a grain per record cost two activations per replicate (to store it, and to fetch it) for no invariant.
/// A replicate's result depends on (scenario, seed, replicate) alone, so a record written again, after a resume, holds
/// the same result.
/// </summary>
internal sealed class ReplicateRecords(IGrainStorage storage, string experimentId)
{
    private const string StateName = "replicate";
    private static readonly GrainType RecordType = GrainType.Create("soc-replicate-record");

    public async Task SaveAsync(int replicate, ReplicateResult result)
    {
        var record = new GrainState<ReplicateRecord>(new ReplicateRecord { Result = result });
        try
        {
            await storage.WriteStateAsync(StateName, Id(replicate), record);
        }
        catch (InconsistentStateException)
        {
            // An earlier attempt stored it (its answer lost with a silo or a Redis restart): write over it.
            var stored = new GrainState<ReplicateRecord>(new ReplicateRecord());
            await storage.ReadStateAsync(StateName, Id(replicate), stored);
            record.ETag = stored.ETag;
            await storage.WriteStateAsync(StateName, Id(replicate), record);
        }
    }

    /// <summary>The stored result, or null if none was stored.</summary>
    public async Task<ReplicateResult?> LoadAsync(int replicate)
    {
        var stored = new GrainState<ReplicateRecord>(new ReplicateRecord());
        await storage.ReadStateAsync(StateName, Id(replicate), stored);
        return stored.State?.Result;
    }

    /// <summary>Deletes the stored result, if any.</summary>
    public async Task ForgetAsync(int replicate)
    {
        var stored = new GrainState<ReplicateRecord>(new ReplicateRecord());
        await storage.ReadStateAsync(StateName, Id(replicate), stored);
        if (stored.RecordExists) await storage.ClearStateAsync(StateName, Id(replicate), stored);
    }

    private GrainId Id(int replicate) =>
        GrainId.Create(RecordType, $"{experimentId}/{replicate.ToString(CultureInfo.InvariantCulture)}");
}

[GenerateSerializer, Alias("Soc.ReplicateRecord")]
public sealed class ReplicateRecord
{
    [Id(0)] public ReplicateResult? Result { get; set; }
}
