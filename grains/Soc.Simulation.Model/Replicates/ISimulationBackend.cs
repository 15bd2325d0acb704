using Soc.Simulation.Abstractions.GrantCall;
using Soc.Simulation.Model.Results;
using Soc.Simulation.Abstractions.Simulation;


namespace Soc.Simulation.Model.Replicates;

/// <summary>
/// Where a replicate's actors live: in this process (<see cref="DirectBackend"/>) or in grains. The phase
/// order is written once, in <see cref="SimulationLoop"/>, and is the same for both.
/// </summary>
public interface ISimulationBackend
{
    /// <summary>Steps every cohort through one month; reports come back in district order.</summary>
    Task<CohortStepReport[]> StepCohortsAsync(int month, CallNews news);

    /// <summary>
    /// The month's applications go to the call in registry order, then the call decides and pays through
    /// <paramref name="through"/>: one step, so that through the grains it is one message a month, not two.
    /// </summary>
    Task<CallStatus> RegisterAndAdvanceAsync(Application[] applications, DateOnly through);

    Task<CallSummary> FinishCallAsync();

    Task<AwardDecision[]> DecisionsAsync();

    Task<LineLedger[]> LedgerAsync(CallSummary summary);

    /// <summary>Each cohort's outcomes, in district order.</summary>
    Task<CohortReport[]> CohortReportsAsync();
}
