using Soc.Simulation.Abstractions.Budget;
using Soc.Simulation.Abstractions.GrantCall;
using Soc.Simulation.Model.Results;
using Soc.Simulation.Abstractions;
using Soc.Simulation.Abstractions.Simulation;
using Soc.Simulation.Model.Simulation;
using Soc.Simulation.Model.Replicates;

namespace Soc.Simulation.Grains.Simulation;

/// <summary>A replicate's actors as grains: cohort grains holding its districts (<see cref="CohortGroups"/>), a call grain and its line grains.</summary>
public sealed class GrainBackend(IGrainFactory grains, string runId, SimulationSetup setup) : ISimulationBackend
{
    private readonly string[][] _groups = CohortGroups.For(setup);
    private readonly IGrantCallGrain _call = grains.GetGrain<IGrantCallGrain>(CallKey(runId));

    /// <summary>A replicate's call: alone, charged to the lines of the year its filing ends.</summary>
    public static string CallKey(string runId) => GrainKeys.Child(runId, "call");

    private int FiscalYear => setup.Scenario.Call.FilingEnd.Year;

    private ICohortGrain Cohorts(int group) => grains.GetGrain<ICohortGrain>(GrainKeys.Child(runId, $"cohorts-{group}"));

    public async Task InitAsync()
    {
        await _call.OpenAsync(setup.Call, FiscalYear, opensItsLines: true);
        await Task.WhenAll(_groups.Select((districts, g) => Cohorts(g).InitAsync(setup.Scenario, setup.Seed, setup.Replicate, districts.AsImmutable())));
    }

    /// <summary>All cohort grains step at once; Task.WhenAll keeps the district order whatever order they finish in.</summary>
    public async Task<CohortStepReport[]> StepCohortsAsync(int month, CallNews news) =>
        [.. (await Task.WhenAll(_groups.Select((_, g) => Cohorts(g).StepAsync(month, news)))).SelectMany(r => r.Value)];

    public Task<CallStatus> RegisterAndAdvanceAsync(Application[] applications, DateOnly through) =>
        _call.RegisterAndAdvanceAsync(applications.AsImmutable(), through);

    public Task<CallSummary> FinishCallAsync() => _call.FinishAsync();

    public async Task<AwardDecision[]> DecisionsAsync() => (await _call.GetDecisionsAsync()).Value;

    public Task<LineLedger[]> LedgerAsync(CallSummary summary) =>
        Task.WhenAll(setup.Call.BudgetLines.Select(async l => new LineLedger(l.Code,
            (await grains.GetGrain<IBudgetLineGrain>(GrainKeys.LineYear(runId, FiscalYear, l.Code)).GetMonthsAsync(summary.OpenedOn, summary.LastDay)).Value)));

    public async Task<CohortReport[]> CohortReportsAsync() =>
        [.. (await Task.WhenAll(_groups.Select((_, g) => Cohorts(g).ReportAsync()))).SelectMany(r => r.Value)];
}
