using System.Collections.Concurrent;
using Soc.Simulation.Model.Simulation;

namespace Soc.Simulation.Grains.Simulation;

/// <summary>
/// The setups of the replicates running in this silo, by run id, so that a replicate's cohort grains (placed next to
/// their simulation grain) read the simulation grain's setup instead of each building the same one again, with its
/// employer pool. A setup is a pure function of (scenario, seed, replicate), so a cohort activated on another silo
/// builds an equal one itself: the cache changes the work, never the numbers.
/// </summary>
internal static class LocalSetups
{
    private static readonly ConcurrentDictionary<string, SimulationSetup> Running = new(StringComparer.Ordinal);

    /// <summary>Makes the setup readable by the run's grains in this silo until the returned handle is disposed.</summary>
    public static IDisposable Share(string runId, SimulationSetup setup)
    {
        Running[runId] = setup;
        return new Entry(runId);
    }

    /// <summary>The run's setup if it runs in this silo and is for this replicate, else a new one.</summary>
    public static SimulationSetup For(string runId, Abstractions.Scenarios.Scenario scenario, ulong seed, int replicate) =>
        Running.TryGetValue(runId, out SimulationSetup? shared) && shared.Seed == seed && shared.Replicate == replicate
            ? shared
            : new SimulationSetup(scenario, seed, replicate);

    private sealed class Entry(string runId) : IDisposable
    {
        public void Dispose() => Running.TryRemove(runId, out _);
    }
}
