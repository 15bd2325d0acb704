using Soc.Simulation.Abstractions.GrantCall;
using Soc.Simulation.Model.GrantCall;
using Soc.Simulation.Model.Participants;
using Soc.Simulation.Model.Register;
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

    public Task<CohortStepReport[][]> StepCohortsAsync(int firstMonth, int months, CallNews news) =>
        Task.FromResult(Cohort.StepAll(_cohorts, firstMonth, months, news));

    public Task<CallStatus> RegisterAndAdvanceAsync(Application[] applications, DateOnly through)
    {
        _call.Register(applications);
        _call.AdvanceThrough(through);
        return Task.FromResult(_call.Status);
    }

    public Task<CallResult> FinishCallAsync()
    {
        _call.RunToEnd();
        return Task.FromResult(DirectReplay.Result("call", _call, _setup.Call));
    }

    public Task<CohortReport[]> CohortReportsAsync() => Task.FromResult(_cohorts.Select(c => c.Report()).ToArray());
}
