using Soc.Simulation.Abstractions;
using Soc.Simulation.Abstractions.Simulation;
using Soc.Simulation.Model.Simulation;
using Soc.Simulation.Model.Replicates;

namespace Soc.Simulation.Grains.Simulation;

/// <summary>A replicate's cohorts as grains, holding its districts (<see cref="CohortGroups"/>).</summary>
public sealed class GrainBackend : ISimulationBackend
{
    private readonly SimulationSetup _setup;
    private readonly string[][] _groups;

    // References made once: each GetGrain resolves the interface's grain type from its attributes again.
    private readonly ICohortGrain[] _cohorts;

    public GrainBackend(IGrainFactory grains, string runId, SimulationSetup setup)
    {
        _setup = setup;
        _groups = CohortGroups.For(setup);
        _cohorts = [.. _groups.Select((_, g) => grains.GetGrain<ICohortGrain>(GrainKeys.Child(runId, $"cohorts-{g}")))];
    }

    public Task InitAsync() =>
        Task.WhenAll(_cohorts.Select((cohorts, g) => cohorts.InitAsync(_setup.Scenario, _setup.Seed, _setup.Replicate, _groups[g].AsImmutable())));

    /// <summary>All cohort grains step at once; Task.WhenAll keeps the district order whatever order they finish in.</summary>
    public async Task<CohortStepReport[][]> StepCohortsAsync(int firstMonth, int months, CallNews news)
    {
        Immutable<CohortStepReport[][]>[] byGroup = await Task.WhenAll(_cohorts.Select(c => c.StepAsync(firstMonth, months, news)));
        return [.. Enumerable.Range(0, months).Select(m => byGroup.SelectMany(g => g.Value[m]).ToArray())];
    }

    public async Task<CohortReport[]> CohortReportsAsync() =>
        [.. (await Task.WhenAll(_cohorts.Select(c => c.ReportAsync()))).SelectMany(r => r.Value)];
}
