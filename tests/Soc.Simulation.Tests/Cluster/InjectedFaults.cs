using System.Collections.Concurrent;
using Soc.Simulation.Abstractions.Simulation;

namespace Soc.Simulation.Tests.Cluster;

/// <summary>
/// A silo-side call filter of the test cluster that makes a replicate's run throw, as a bug in the Model or a lost
/// silo would: a test names an experiment and, per replicate and attempt, the exception (or null to let it run).
/// </summary>
public sealed class InjectedFaults : IIncomingGrainCallFilter
{
    /// <summary>Experiment id → (replicate, attempt from 1) → the exception to throw instead of running, or null.</summary>
    public static ConcurrentDictionary<string, Func<int, int, Exception?>> Faults { get; } = new();

    private static readonly ConcurrentDictionary<(string, int), int> Attempts = new();

    public Task Invoke(IIncomingGrainCallContext context)
    {
        if (context.Grain is ISimulationGrain)
        {
            string key = context.TargetId.Key.ToString()!;
            foreach ((string experiment, Func<int, int, Exception?> fault) in Faults)
            {
                if (!key.StartsWith(experiment + "-", StringComparison.Ordinal)) continue;
                int replicate = (int)context.Request.GetArgument(2)!;
                if (fault(replicate, Attempts.AddOrUpdate((experiment, replicate), 1, (_, n) => n + 1)) is { } e) throw e;
            }
        }

        return context.Invoke();
    }
}
