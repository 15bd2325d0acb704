using Soc.Simulation.Abstractions.GrantCall;
using Soc.Simulation.Abstractions.Simulation;


namespace Soc.Simulation.Model.Replicates;

/// <summary>
/// Where a replicate's actors live: in this process (<see cref="DirectBackend"/>) or in grains. The phase
/// order is written once, in <see cref="SimulationLoop"/>, and is the same for both.
/// </summary>
public interface ISimulationBackend
{
    /// <summary>
    /// Steps every cohort through <paramref name="months"/> months from <paramref name="firstMonth"/>, all with the same
    /// news; reports come back by month, then in district order. Several months go in one step only once the cohorts
    /// and the call no longer act on each other (<see cref="SimulationLoop"/>).
    /// </summary>
    Task<CohortStepReport[][]> StepCohortsAsync(int firstMonth, int months, CallNews news);

    /// <summary>
    /// The month's applications go to the call in registry order, then the call decides and pays through
    /// <paramref name="through"/>: one step, so that through the grains it is one message a month, not two.
    /// </summary>
    Task<CallStatus> RegisterAndAdvanceAsync(Application[] applications, DateOnly through);

    /// <summary>Runs the call to its last payment: its figures, its decisions in registry order and its line books by month.</summary>
    Task<CallResult> FinishCallAsync();

    /// <summary>Each cohort's outcomes, in district order.</summary>
    Task<CohortReport[]> CohortReportsAsync();
}
