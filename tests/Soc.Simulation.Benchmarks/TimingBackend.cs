using System.Diagnostics;
using Soc.Simulation.Abstractions.Simulation;
using Soc.Simulation.Model.Replicates;

namespace Soc.Simulation.Benchmarks;

/// <summary>Wraps a backend and adds up the time spent in each phase, to show where a replicate's time goes.</summary>
internal sealed class TimingBackend(ISimulationBackend inner) : ISimulationBackend
{
    public Dictionary<string, TimeSpan> Phases { get; } = [];

    private async Task<T> Time<T>(string phase, Func<Task<T>> call)
    {
        var clock = Stopwatch.StartNew();
        T result = await call();
        Phases[phase] = Phases.GetValueOrDefault(phase) + clock.Elapsed;
        return result;
    }

    public Task<CohortStepReport[][]> StepCohortsAsync(int firstMonth, int months, CallNews news) => Time("cohorts: arrivals, services, jobs", () => inner.StepCohortsAsync(firstMonth, months, news));
    public Task<CohortReport[]> CohortReportsAsync() => Time("cohorts: reports", inner.CohortReportsAsync);
}
