using Soc.Simulation.Abstractions.Scenarios;

namespace Soc.Simulation.Abstractions.Simulation;

/// <summary>
/// The participants of some districts in one replicate (key: "{runId}/cohorts-{n}"), each district a cohort of its
/// own, stepped a month per call while the call and the cohorts act on each other, then the rest in one. A small scenario's districts share one grain: a Barcelona district's month is
/// ~60 µs of work, less than the messages to and from a grain of its own.
/// </summary>
[Alias("Soc.ICohortGrain")]
public interface ICohortGrain : IGrainWithStringKey
{
    /// <summary>Builds the districts' cohorts for a replicate of a scenario.</summary>
    [Alias("Init")]
    Task InitAsync(Scenario scenario, ulong seed, int replicate, Immutable<string[]> districts);

    /// <summary>Steps every member through some months: arrivals, services, job matching, applications; by month, a report per district in the order given.</summary>
    [Alias("Step")]
    Task<Immutable<CohortStepReport[][]>> StepAsync(int firstMonth, int months, CallNews news);

    /// <summary>The cohorts' outcomes once the run is over, in the order given; the grain then deactivates.</summary>
    [Alias("Report")]
    Task<Immutable<CohortReport[]>> ReportAsync();
}

/// <summary>One Monte Carlo replicate (key: the run id, no '/'): owns the clock and the phase order.</summary>
[Alias("Soc.ISimulationGrain")]
public interface ISimulationGrain : IGrainWithStringKey
{
    /// <summary>Runs the replicate to the end and returns its KPIs and series.</summary>
    [Alias("Run")]
    Task<ReplicateResult> RunAsync(Scenario scenario, ulong seed, int replicate);
}
