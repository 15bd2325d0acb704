using System.Diagnostics;
using Soc.Simulation.Hosting;
using Soc.Simulation.Abstractions.Experiments;
using Soc.Simulation.Abstractions.Simulation;
using Soc.Simulation.Model;

namespace Soc.Simulation.Client.Experiments;

/// <summary>
/// Follows an experiment grain from the client: polls its status, shows progress, fetches the results. Calls that
/// fail because a silo went away are retried for a while: the experiment carries on elsewhere, and so does the client.
/// </summary>
public static class ExperimentWatch
{
    /// <summary>How long the client keeps trying when the cluster does not answer, before it gives up.</summary>
    public static readonly TimeSpan LostContactLimit = TimeSpan.FromMinutes(3);

    /// <summary>
    /// How long one status call may take before it is asked again: a call in flight to a silo that was just killed
    /// gets no answer until Orleans' call timeout, while a new call finds the experiment where it now lives.
    /// </summary>
    public static readonly TimeSpan StatusCallLimit = TimeSpan.FromSeconds(10);

    // How often a running experiment reports its progress to the client: soon at first, then four times a second. Its
    // end comes at once.
    private static readonly TimeSpan FirstProgress = TimeSpan.FromMilliseconds(10);
    private static readonly TimeSpan ProgressEvery = TimeSpan.FromMilliseconds(250);

    /// <summary>A new experiment id: short enough to type into status and fetch, unique enough per service.</summary>
    public static string NewId() => Guid.NewGuid().ToString("N")[..12];

    /// <summary>Checks an id given by the user: no '/', which would make it a child key.</summary>
    public static string CheckId(string id) =>
        id.Length is > 0 and <= 64 && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_')
            ? id
            : throw new InputException($"experiment id: expected letters, digits, '-' or '_' (as printed when the experiment started), got '{id}'");

    /// <summary>Waits for the experiment, then reads its results; <paramref name="cluster"/> is null on the embedded silo.</summary>
    public static async Task<ReplicateResult[]> WaitAndFetchAsync(IExperimentGrain experiment, string id, Progress progress, ClusterAddress? cluster, CancellationToken cancel)
    {
        await WaitAsync(experiment, id, progress, cluster, cancel);
        return await RetryingAsync(experiment.FetchAsync, ClusterConnection.CallTimeout);
    }

    /// <summary>
    /// Follows the experiment until it completes: the grain answers as soon as it ends, else with its progress, a little
    /// less often the longer it runs. Once <paramref name="cancel"/> fires, the experiment is stopped (no replicate starts after it;
    /// those in flight are stored) and this throws.
    /// </summary>
    public static async Task<ExperimentStatus> WaitAsync(IExperimentGrain experiment, string id, Progress progress, ClusterAddress? cluster, CancellationToken cancel)
    {
        int shownPartial = 0;
        TimeSpan wait = FirstProgress;
        while (true)
        {
            if (cancel.IsCancellationRequested) await StopAsync(experiment, id, progress, cluster, cancel);
            ExperimentStatus status;
            try
            {
                TimeSpan atMost = wait;
                status = await RetryingAsync(() => experiment.WaitForEndAsync(atMost), StatusCallLimit).WaitAsync(cancel);
                wait = TimeSpan.FromTicks(Math.Min(ProgressEvery.Ticks, wait.Ticks * 2));
            }
            catch (OperationCanceledException) when (cancel.IsCancellationRequested)
            {
                continue; // stopped at the top of the loop
            }

            switch (status.State)
            {
                case ExperimentState.Unknown:
                    throw new InputException($"no experiment '{id}' on this cluster (check the id, and ?cluster= and ?service= against the silos')");
                case ExperimentState.Failed:
                    throw new ExperimentFailedException(Failure(id, status, cluster));
                case ExperimentState.Complete:
                    progress.Done(status.Count);
                    return status;
            }

            progress.Report(status.Done, status.Count);
            if (progress.WantsPartial && status.Done > shownPartial)
            {
                shownPartial = status.Done;
                progress.Partial(await RetryingAsync(experiment.FetchDoneAsync, ClusterConnection.CallTimeout), status.Count);
            }
        }
    }

    /// <summary>Stops the experiment, shows the replicates it kept, and ends the wait as cancelled.</summary>
    private static async Task StopAsync(IExperimentGrain experiment, string id, Progress progress, ClusterAddress? cluster, CancellationToken cancel)
    {
        ExperimentStatus stopped = await RetryingAsync(experiment.CancelAsync, ClusterConnection.CallTimeout);
        progress.Report(stopped.Done, stopped.Count);
        if (cluster is not null) progress.Notice($"experiment {id}: stopped after {stopped.Done}/{stopped.Count} replicates; socsim fetch {id} --cluster {cluster.Argument} continues it");
        throw new OperationCanceledException($"experiment {id} was cancelled", cancel);
    }

    /// <summary>
    /// One line: what failed, in the experiment's words (which replicate, which silo), what is kept and, on a cluster,
    /// how to continue. The whole exception is in the log of the silo that held the experiment.
    /// </summary>
    public static string Failure(string id, ExperimentStatus status, ClusterAddress? cluster) =>
        cluster is null
            ? $"experiment {id}: {status.Error}"
            : $"experiment {id}: {status.Error}; the {status.Done} stored replicates are kept: socsim fetch {id} --cluster {cluster.Argument} continues it";

    /// <summary>
    /// What a call to a cluster that is reorganising after a silo left can throw: an <see cref="OrleansException"/>, a
    /// timeout, or a cancellation (a directory lookup on the way to the silo just killed is cancelled). The calls
    /// retried here carry no token of the user's, so a cancellation from them is never the user's Ctrl+C: taking it for
    /// one printed "cancelled: nothing was written" for a run the cluster would have finished.
    /// </summary>
    private static bool Transient(Exception e) => e is OrleansException or TimeoutException or OperationCanceledException;

    /// <summary>
    /// Retries a call while the cluster is reorganising after a silo left (Orleans reports that as an
    /// <see cref="OrleansException"/>, a timeout or a cancellation), up to <see cref="LostContactLimit"/>. The grain's own errors
    /// are not retried. A call that has not answered within <paramref name="limit"/> is made again.
    /// </summary>
    public static async Task<T> RetryingAsync<T>(Func<Task<T>> call, TimeSpan? limit = null)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                return await call().WaitAsync(limit ?? StatusCallLimit);
            }
            catch (Exception e) when (Transient(e) && clock.Elapsed < LostContactLimit)
            {
                await Task.Delay(TimeSpan.FromSeconds(1));
            }
            catch (Exception e) when (Transient(e))
            {
                throw new ExperimentFailedException($"lost contact with the cluster for {LostContactLimit.TotalMinutes:0} minutes ({e.Message.Split('\n')[0]}); the experiment may still be running: see socsim status", e);
            }
        }
    }
}

/// <summary>An experiment that could not complete: a bug or a cluster gone, not a user mistake (exit code 1).</summary>
public sealed class ExperimentFailedException(string message, Exception? inner = null) : Exception(message, inner);
