using Soc.Simulation.Abstractions.GrantCall;
using Soc.Simulation.Model.GrantCall;
using Soc.Simulation.Model.Participants;
using Soc.Simulation.Model.Register;
using Soc.Simulation.Model.Results;
using Soc.Simulation.Abstractions.Simulation;

using Soc.Simulation.Model.Simulation;

namespace Soc.Simulation.Model.Replicates;

/// <summary>A replicate's actors as plain objects in this process: the reference for the grains, and for the benchmark.</summary>
public sealed class DirectBackend : ISimulationBackend
{
    private readonly SimulationSetup _setup;
    private readonly Cohort[] _cohorts;
    private readonly GrantCallEngine _call;

    public DirectBackend(SimulationSetup setup)
    {
        _setup = setup;
        _cohorts = [.. setup.Scenario.Population!.Districts.Keys.Order(StringComparer.Ordinal).Select(d => new Cohort(setup, d))];
        _call = new GrantCallEngine(setup.Call);
    }

    public static Task<ReplicateResult> RunAsync(SimulationSetup setup) => SimulationLoop.RunAsync(setup, new DirectBackend(setup));

    public Task<CohortStepReport[]> StepCohortsAsync(int month, CallNews news) =>
        Task.FromResult(_cohorts.Select(c => c.Step(month, news)).ToArray());

    public Task<CallStatus> RegisterAndAdvanceAsync(Application[] applications, DateOnly through)
    {
        _call.Register(applications);
        _call.AdvanceThrough(through);
        return Task.FromResult(_call.Status);
    }

    public Task<CallSummary> FinishCallAsync()
    {
        _call.RunToEnd();
        return Task.FromResult(DirectReplay.Summary(_call, _setup.Call));
    }

    public Task<AwardDecision[]> DecisionsAsync() => Task.FromResult(_call.Decisions().ToArray());

    public Task<LineLedger[]> LedgerAsync(CallSummary summary) =>
        Task.FromResult(DirectReplay.Books(_setup.Call.BudgetLines, _call.Budget.Postings, summary));

    public Task<CohortReport[]> CohortReportsAsync() => Task.FromResult(_cohorts.Select(c => c.Report()).ToArray());
}
