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

    Task RegisterAsync(Application[] applications);

    Task<CallStatus> AdvanceCallAsync(DateOnly day);

    Task<CallSummary> FinishCallAsync();

    Task<AwardDecision[]> DecisionsAsync();

    Task<LineLedger[]> LedgerAsync(CallSummary summary);

    /// <summary>Each cohort's outcomes, in district order.</summary>
    Task<CohortReport[]> CohortReportsAsync();
}
