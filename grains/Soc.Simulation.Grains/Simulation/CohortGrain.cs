using Orleans.Placement;
using Soc.Simulation.Model.Participants;
using Soc.Simulation.Abstractions.Scenarios;
using Soc.Simulation.Abstractions;
using Soc.Simulation.Abstractions.Simulation;

namespace Soc.Simulation.Grains.Simulation;

/// <summary>Holds a <see cref="Cohort"/>: thousands of participants as compact records, stepped in one call.</summary>
// Activated on the silo of the grain that first calls it: a replicate's calls stay in one process.
[PreferLocalPlacement]
public sealed class CohortGrain : Grain, ICohortGrain
{
    private Cohort? _cohort;

    public Task InitAsync(Scenario scenario, ulong seed, int replicate)
    {
        (string runId, string district) = GrainKeys.Split(this.GetPrimaryKeyString());
        _cohort = new Cohort(LocalSetups.For(runId, scenario, seed, replicate), district);
        return Task.CompletedTask;
    }

    public Task<CohortStepReport> StepAsync(int month, CallNews news) => Task.FromResult(Cohort.Step(month, news));

    public Task<CohortReport> ReportAsync()
    {
        CohortReport report = Cohort.Report();
        DeactivateOnIdle();
        return Task.FromResult(report);
    }

    private Cohort Cohort => _cohort ?? throw new InvalidOperationException($"cohort {this.GetPrimaryKeyString()} is not initialised");
}
