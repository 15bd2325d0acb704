using Orleans.Placement;
using Soc.Simulation.Model.Participants;
using Soc.Simulation.Abstractions.Scenarios;
using Soc.Simulation.Abstractions;
using Soc.Simulation.Abstractions.Simulation;

namespace Soc.Simulation.Grains.Simulation;

/// <summary>Holds the <see cref="Cohort"/>s of some districts: thousands of participants as compact records, stepped in one call.</summary>
// Activated on the silo of the grain that first calls it: a replicate's calls stay in one process.
[PreferLocalPlacement]
public sealed class CohortGrain : Grain, ICohortGrain
{
    private Cohort[]? _cohorts;

    public Task InitAsync(Scenario scenario, ulong seed, int replicate, Immutable<string[]> districts)
    {
        (string runId, _) = GrainKeys.Split(this.GetPrimaryKeyString());
        var setup = LocalSetups.For(runId, scenario, seed, replicate);
        _cohorts = [.. districts.Value.Select(d => new Cohort(setup, d))];
        return Task.CompletedTask;
    }

    public Task<Immutable<CohortStepReport[][]>> StepAsync(int firstMonth, int months, CallNews news) =>
        Task.FromResult(Cohort.StepAll(Cohorts, firstMonth, months, news).AsImmutable());

    public Task<Immutable<CohortReport[]>> ReportAsync()
    {
        CohortReport[] reports = [.. Cohorts.Select(c => c.Report())];
        DeactivateOnIdle();
        return Task.FromResult(reports.AsImmutable());
    }

    private Cohort[] Cohorts => _cohorts ?? throw new InvalidOperationException($"cohort grain {this.GetPrimaryKeyString()} is not initialised");
}
