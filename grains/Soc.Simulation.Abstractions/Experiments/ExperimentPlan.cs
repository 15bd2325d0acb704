using Soc.Simulation.Abstractions.Scenarios;

namespace Soc.Simulation.Abstractions.Experiments;

/// <summary>
/// Replicates 0..Count-1 of a scenario with a seed. <paramref name="InFlight"/> caps the replicates running at
/// once; 0 lets the experiment choose from the silos it sees.
/// </summary>
[GenerateSerializer, Immutable, Alias("Soc.ExperimentPlan")]
public sealed record ExperimentPlan(
    [property: Id(0)] Scenario Scenario,
    [property: Id(1)] ulong Seed,
    [property: Id(2)] int Count,
    [property: Id(3)] int InFlight = 0);

public enum ExperimentState
{
    Unknown,
    Running,
    Complete,
    Failed,
}

/// <summary>
/// Where an experiment is. <paramref name="Resumes"/> counts the times it was picked up again after its silo
/// went away; <paramref name="Retries"/> the replicate runs that failed and were run again; <paramref name="Silo"/>
/// is the endpoint (ip:port) of the silo whose activation answered.
/// </summary>
[GenerateSerializer, Immutable, Alias("Soc.ExperimentStatus")]
public sealed record ExperimentStatus(
    [property: Id(0)] ExperimentState State,
    [property: Id(1)] int Done,
    [property: Id(2)] int Count,
    [property: Id(3)] int Resumes,
    [property: Id(4)] int Retries,
    [property: Id(5)] string? Error,
    [property: Id(6)] string Silo);
