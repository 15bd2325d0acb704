using System.Collections.Concurrent;
using Soc.Simulation.Abstractions.Simulation;

namespace Soc.Simulation.Tests.Cluster;

/// <summary>
/// A silo-side call filter of the test cluster that notes which silo ran each replicate's simulation grain,
/// so a test can see that replicates crossed silos even after their grains have deactivated.
/// </summary>
public sealed class ReplicatePlacement(ILocalSiloDetails silo) : IIncomingGrainCallFilter
{
    /// <summary>Simulation grain key → the silo that ran it.</summary>
    public static ConcurrentDictionary<string, string> Silos { get; } = new();

    public Task Invoke(IIncomingGrainCallContext context)
    {
        if (context.Grain is ISimulationGrain)
        {
            Silos[context.TargetId.Key.ToString()!] = silo.SiloAddress.ToString();
        }

        return context.Invoke();
    }
}
