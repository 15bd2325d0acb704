
namespace Soc.Simulation.Abstractions.GrantCall;

/// <summary>
/// One grant call (key: the call run's id, no '/'). Registers applications in any order and decides them in
/// registry order when the clock moves; keeps the waiting list and reassigns freed money.
/// </summary>
[Alias("Soc.IGrantCallGrain")]
public interface IGrantCallGrain : IGrainWithStringKey
{
    /// <summary>Opens the call with its parameters; must come before any registration.</summary>
    [Alias("Open")]
    Task OpenAsync(CallParameters call);

    /// <summary>Registers a batch of applications; they are decided when the clock reaches their day.</summary>
    [Alias("Register")]
    Task RegisterAsync(Immutable<Application[]> applications);

    /// <summary>Decides and books everything up to and including the day.</summary>
    [Alias("AdvanceThrough")]
    Task<CallStatus> AdvanceThroughAsync(DateOnly day);

    /// <summary>Runs the call to its last payment and returns the call-level figures.</summary>
    [Alias("Finish")]
    Task<CallSummary> FinishAsync();

    /// <summary>Ends the call run: it and its line and employer grains deactivate, freeing their memory.</summary>
    [Alias("Close")]
    Task CloseAsync();

    /// <summary>The decisions so far, in registry order.</summary>
    [Alias("GetDecisions")]
    Task<Immutable<AwardDecision[]>> GetDecisionsAsync();
}
