using Soc.Simulation.Abstractions.Simulation;

namespace Soc.Simulation.Model.Replicates;

/// <summary>
/// Where a replicate's cohorts live: in this process (<see cref="DirectBackend"/>) or in grains. The phase order and the
/// replicate's call are in <see cref="SimulationLoop"/>, the same for both.
/// </summary>
public interface ISimulationBackend
{
    /// <summary>
    /// Steps every cohort through <paramref name="months"/> months from <paramref name="firstMonth"/>, all with the same
    /// news; reports come back by month, then in district order. Several months go in one step only once the cohorts
    /// and the call no longer act on each other (<see cref="SimulationLoop"/>).
    /// </summary>
    Task<CohortStepReport[][]> StepCohortsAsync(int firstMonth, int months, CallNews news);

    /// <summary>Each cohort's outcomes, in district order.</summary>
    Task<CohortReport[]> CohortReportsAsync();
}
