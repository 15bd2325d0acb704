using Soc.Simulation.Abstractions.Scenarios;

namespace Soc.Simulation.Abstractions.Simulation;

/// <summary>The participants of one district in one replicate (key: "{runId}/{district}"), stepped a month per call.</summary>
[Alias("Soc.ICohortGrain")]
public interface ICohortGrain : IGrainWithStringKey
{
    /// <summary>Builds the cohort for a replicate of a scenario.</summary>
    [Alias("Init")]
    Task InitAsync(Scenario scenario, ulong seed, int replicate);

    /// <summary>Steps every member through one month: arrivals, services, job matching, applications.</summary>
    [Alias("Step")]
    Task<CohortStepReport> StepAsync(int month, CallNews news);

    /// <summary>The cohort's outcomes once the run is over; the grain then deactivates.</summary>
    [Alias("Report")]
    Task<CohortReport> ReportAsync();
}

/// <summary>One Monte Carlo replicate (key: the run id, no '/'): owns the clock and the phase order.</summary>
[Alias("Soc.ISimulationGrain")]
public interface ISimulationGrain : IGrainWithStringKey
{
    /// <summary>Runs the replicate to the end and returns its KPIs and series.</summary>
    [Alias("Run")]
    Task<ReplicateResult> RunAsync(Scenario scenario, ulong seed, int replicate);
}
