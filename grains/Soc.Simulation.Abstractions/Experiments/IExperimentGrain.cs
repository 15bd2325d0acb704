using Soc.Simulation.Abstractions.Simulation;

namespace Soc.Simulation.Abstractions.Experiments;

/// <summary>
/// A Monte Carlo experiment (key: the experiment id, no '/'): fans replicates out over the cluster and keeps
/// which are done, and their results, in grain storage, so that a lost silo costs only the replicates in flight.
/// The work runs inside the grain, not inside a client's call: a client starts it, polls it, and fetches the
/// results, and another client can re-attach to it by its id. A finished experiment is kept for the silos'
/// retention, then deleted.
/// </summary>
[Alias("Soc.IExperimentGrain")]
public interface IExperimentGrain : IGrainWithStringKey
{
    /// <summary>Starts the experiment and returns at once; starting one that already exists changes nothing.</summary>
    [Alias("Start")]
    Task StartAsync(ExperimentPlan plan);

    /// <summary>How far it is; <see cref="ExperimentState.Unknown"/> if it was never started.</summary>
    [Alias("GetStatus")]
    [AlwaysInterleave]
    Task<ExperimentStatus> GetStatusAsync();

    /// <summary>
    /// The status as soon as the experiment is no longer running (complete, failed or cancelled), else after
    /// <paramref name="atMost"/> with how far it is: a client follows it at that pace and learns of its end at once.
    /// </summary>
    [Alias("WaitForEnd")]
    [AlwaysInterleave]
    Task<ExperimentStatus> WaitForEndAsync(TimeSpan atMost);

    /// <summary>What was asked for, so a re-attached client can write the same outputs; null if never started.</summary>
    [Alias("GetPlan")]
    Task<ExperimentPlan?> GetPlanAsync();

    /// <summary>The results in replicate order, once <see cref="ExperimentState.Complete"/>.</summary>
    [Alias("Fetch")]
    Task<ReplicateResult[]> FetchAsync();

    /// <summary>
    /// Stops a running experiment: no replicate starts after this call, and it returns, with the status, once those in
    /// flight are stored. The experiment ends failed ("cancelled"); its stored replicates are kept, so resume continues it.
    /// </summary>
    [Alias("Cancel")]
    Task<ExperimentStatus> CancelAsync();

    /// <summary>The results of the replicates stored so far, in replicate order: partial results while it runs.</summary>
    [Alias("FetchDone")]
    [AlwaysInterleave]
    Task<ReplicateResult[]> FetchDoneAsync();

    /// <summary>Continues a failed experiment: the stored replicates are kept, the rest run. Does nothing to any other.</summary>
    [Alias("Resume")]
    Task ResumeAsync();

    /// <summary>
    /// Deletes the plan, the progress and every stored replicate, and returns the status they had. A running
    /// experiment is left alone (the status says so) unless <paramref name="evenIfRunning"/>, which stops it first.
    /// </summary>
    [Alias("Forget")]
    Task<ExperimentStatus> ForgetAsync(bool evenIfRunning);
}
