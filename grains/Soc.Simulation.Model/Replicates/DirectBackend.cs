using Soc.Simulation.Model.Participants;
using Soc.Simulation.Abstractions.Simulation;
using Soc.Simulation.Model.Simulation;

namespace Soc.Simulation.Model.Replicates;

/// <summary>A replicate's cohorts as plain objects in this process: the reference for the grains, and for the benchmark.</summary>
public sealed class DirectBackend(SimulationSetup setup) : ISimulationBackend
{
    private readonly Cohort[] _cohorts = [.. setup.Scenario.Population!.Districts.Keys.Order(StringComparer.Ordinal).Select(d => new Cohort(setup, d))];

    public static Task<ReplicateResult> RunAsync(SimulationSetup setup) => SimulationLoop.RunAsync(setup, new DirectBackend(setup));

    public Task<CohortStepReport[][]> StepCohortsAsync(int firstMonth, int months, CallNews news) =>
        Task.FromResult(Cohort.StepAll(_cohorts, firstMonth, months, news));

    public Task<CohortReport[]> CohortReportsAsync() => Task.FromResult(_cohorts.Select(c => c.Report()).ToArray());
}
