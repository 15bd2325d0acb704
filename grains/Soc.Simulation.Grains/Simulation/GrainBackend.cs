using Soc.Simulation.Abstractions.GrantCall;
using Soc.Simulation.Abstractions;
using Soc.Simulation.Abstractions.Simulation;
using Soc.Simulation.Model.Simulation;
using Soc.Simulation.Model.Replicates;

namespace Soc.Simulation.Grains.Simulation;

/// <summary>
/// A replicate's actors as grains: cohort grains holding its districts (<see cref="CohortGroups"/>) and a call grain.
/// The call is alone: no other call charges its lines, so it keeps their books itself.
/// </summary>
public sealed class GrainBackend : ISimulationBackend
{
    private readonly SimulationSetup _setup;
    private readonly string[][] _groups;
    private readonly IGrantCallGrain _call;

    // References made once: each GetGrain resolves the interface's grain type from its attributes again.
    private readonly ICohortGrain[] _cohorts;

    public GrainBackend(IGrainFactory grains, string runId, SimulationSetup setup)
    {
        _setup = setup;
        _groups = CohortGroups.For(setup);
        _call = grains.GetGrain<IGrantCallGrain>(CallKey(runId));
        _cohorts = [.. _groups.Select((_, g) => grains.GetGrain<ICohortGrain>(GrainKeys.Child(runId, $"cohorts-{g}")))];
    }

    /// <summary>A replicate's call: alone, charged to the lines of the year its filing ends.</summary>
    public static string CallKey(string runId) => GrainKeys.Child(runId, "call");

    private int FiscalYear => _setup.Scenario.Call.FilingEnd.Year;

    public async Task InitAsync()
    {
        await _call.OpenAsync(_setup.Call, FiscalYear, alone: true);
        await Task.WhenAll(_cohorts.Select((cohorts, g) => cohorts.InitAsync(_setup.Scenario, _setup.Seed, _setup.Replicate, _groups[g].AsImmutable())));
    }

    /// <summary>All cohort grains step at once; Task.WhenAll keeps the district order whatever order they finish in.</summary>
    public async Task<CohortStepReport[][]> StepCohortsAsync(int firstMonth, int months, CallNews news)
    {
        Immutable<CohortStepReport[][]>[] byGroup = await Task.WhenAll(_cohorts.Select(c => c.StepAsync(firstMonth, months, news)));
        return [.. Enumerable.Range(0, months).Select(m => byGroup.SelectMany(g => g.Value[m]).ToArray())];
    }

    public Task<CallStatus> RegisterAndAdvanceAsync(Application[] applications, DateOnly through) =>
        _call.RegisterAndAdvanceAsync(applications.AsImmutable(), through);

    public async Task<CallResult> FinishCallAsync()
    {
        await _call.FinishAsync();
        return (await _call.GetResultAsync("call")).Value;
    }

    public async Task<CohortReport[]> CohortReportsAsync() =>
        [.. (await Task.WhenAll(_cohorts.Select(c => c.ReportAsync()))).SelectMany(r => r.Value)];
}
