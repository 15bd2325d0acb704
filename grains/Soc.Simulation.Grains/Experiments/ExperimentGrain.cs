using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Orleans.Storage;
using Soc.Simulation.Abstractions.Simulation;
using Soc.Simulation.Abstractions.Experiments;

namespace Soc.Simulation.Grains.Experiments;

/// <summary>
/// Fans the replicates of an experiment out to simulation grains, which Orleans places over the silos, keeping a
/// bounded number in flight (back-pressure). Each finished replicate's result is stored, then marked done (the marks
/// are stored at most once a second, and at the end), so that when this grain's silo dies its next activation, on
/// another silo, runs only the replicates not marked done.
/// A replicate's result depends on (scenario, seed, replicate) alone, never on its grain key or on which silo
/// ran it, so a rerun gives the same numbers and <see cref="FetchAsync"/> returns them in replicate order.
/// A reminder wakes the experiment every minute while it runs, so that a lost silo does not leave it asleep until
/// a client asks; once it has finished, the same reminder deletes it when the retention has passed.
/// </summary>
public sealed partial class ExperimentGrain(
    IGrainFactory grains,
    ILocalSiloDetails silo,
    IClusterMembershipService membership,
    ExperimentOptions options,
    ILogger<ExperimentGrain> log,
    [PersistentState("plan", ExperimentGrain.StorageName)] IPersistentState<StoredPlan> plan,
    [PersistentState("progress", ExperimentGrain.StorageName)] IPersistentState<ExperimentProgress> progress,
    [FromKeyedServices(ExperimentGrain.StorageName)] IGrainStorage storage) : Grain, IExperimentGrain, IRemindable
{
    /// <summary>The grain storage that holds experiments: memory on the embedded silo, Redis on a cluster.</summary>
    public const string StorageName = "experiments";

    /// <summary>How often a running experiment is woken: Orleans' shortest reminder period unless told otherwise.</summary>
    public static readonly TimeSpan WakeUpPeriod = TimeSpan.FromMinutes(1);

    private const string Reminder = "experiment";

    /// <summary>The error of an experiment its client stopped: a failed experiment, so that fetch (resume) continues it.</summary>
    public const string Cancelled = "cancelled by its client";

    /// <summary>
    /// How often the progress is stored while replicates finish. Each write stores every replicate's flag, so a write
    /// per replicate cost the square of the replicates (10^5 replicates: 10^5 writes of 100 KB). A replicate whose result
    /// is stored but not yet marked done is run again after a lost silo, with the same result: at most this long's work.
    /// </summary>
    private static readonly TimeSpan ProgressWriteInterval = TimeSpan.FromSeconds(1);

    private Task? _work;
    private CancellationTokenSource _stop = new();
    private ReplicateRecords? _records;

    // Completed when the work of this activation stops running: what WaitForEndAsync waits for.
    private TaskCompletionSource _ended = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _progressWritten = Stopwatch.GetTimestamp();

    private string Id => this.GetPrimaryKeyString();

    private ReplicateRecords Records => _records ??= new ReplicateRecords(storage, Id);

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        // A plan with replicates left means the previous activation went away mid-run (its silo died or was
        // stopped): pick the work up here.
        if (plan.State.Plan is not null && State() == ExperimentState.Running)
        {
            // The plan is written before the progress: a silo lost between the two leaves no progress yet.
            if (progress.State.Done.Length != plan.State.Plan.Count) progress.State.Done = new bool[plan.State.Plan.Count];

            progress.State.Resumes++;
            StartWork();
        }

        return Task.CompletedTask;
    }

    public async Task StartAsync(ExperimentPlan newPlan)
    {
        if (plan.State.Plan is not null) return;
        if (newPlan.Count < 1) throw new ArgumentException($"an experiment needs at least one replicate, got {newPlan.Count}");
        try
        {
            // The reminder first: nothing is stored that could be left without a way to wake up.
            await this.RegisterOrUpdateReminder(Reminder, WakeUpPeriod, WakeUpPeriod);
            plan.State.Plan = newPlan;
            await plan.WriteStateAsync();
            progress.State.Done = new bool[newPlan.Count];
            await SaveProgressAsync();
        }
        catch
        {
            // The client asks again; a fresh activation reads what was stored, instead of this half-started one.
            DeactivateOnIdle();
            throw;
        }

        StartWork();
    }

    public Task<ExperimentStatus> GetStatusAsync() => Task.FromResult(new ExperimentStatus(
        State(), progress.State.DoneCount, plan.State.Plan?.Count ?? 0, progress.State.Resumes, progress.State.Retries,
        progress.State.Error, silo.SiloAddress.Endpoint.ToString()));

    public async Task<ExperimentStatus> WaitForEndAsync(TimeSpan atMost)
    {
        if (State() == ExperimentState.Running && _work is { IsCompleted: false }) await Task.WhenAny(_ended.Task, Task.Delay(atMost));
        return await GetStatusAsync();
    }

    public Task<ExperimentPlan?> GetPlanAsync() => Task.FromResult(plan.State.Plan);

    public async Task<ReplicateResult[]> FetchAsync()
    {
        ExperimentState state = State();
        if (state != ExperimentState.Complete) throw new InvalidOperationException($"experiment {Id} is {state.ToString().ToLowerInvariant()}, not complete");
        ReplicateResult?[] results = await Task.WhenAll(Enumerable.Range(0, plan.State.Plan!.Count).Select(Records.LoadAsync));
        return [.. results.Select((result, r) => result ?? throw new InvalidOperationException($"experiment {Id}: replicate {r} is marked done but has no stored result"))];
    }

    public async Task<ExperimentStatus> CancelAsync()
    {
        if (State() == ExperimentState.Running)
        {
            progress.State.Error = Cancelled;
            LogCancelled(log, Id, progress.State.DoneCount);
            _stop.Cancel();
        }

        // The replicates in flight are stored before the answer, so that the caller sees the count that stays.
        if (_work is not null) await _work;
        return await GetStatusAsync();
    }

    public async Task<ReplicateResult[]> FetchDoneAsync()
    {
        if (plan.State.Plan is null) return [];
        int[] done = [.. Enumerable.Range(0, plan.State.Plan.Count).Where(r => progress.State.Done[r])];
        ReplicateResult?[] results = await Task.WhenAll(done.Select(Records.LoadAsync));
        return [.. results.OfType<ReplicateResult>()];
    }

    public async Task ResumeAsync()
    {
        if (State() != ExperimentState.Failed) return;
        // The failed run winds down first (the replicates still in flight are stored), then the rest run.
        if (_work is not null) await _work;
        progress.State.Error = null;
        progress.State.Finished = null;
        progress.State.Resumes++;
        await this.RegisterOrUpdateReminder(Reminder, WakeUpPeriod, WakeUpPeriod);
        await SaveProgressAsync();
        StartWork();
    }

    public async Task<ExperimentStatus> ForgetAsync(bool evenIfRunning)
    {
        ExperimentStatus status = await GetStatusAsync();
        if (status.State == ExperimentState.Unknown || (status.State == ExperimentState.Running && !evenIfRunning)) return status;
        await DeleteAsync();
        return status;
    }

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        switch (State())
        {
            case ExperimentState.Unknown:
                // Never stored, or deleted: nothing is left to wake.
                if (await this.GetReminder(reminderName) is { } reminder) await this.UnregisterReminder(reminder);
                break;
            case ExperimentState.Running:
                // If the silo that ran it died, this call has just activated the grain elsewhere and OnActivateAsync
                // resumed the work; on a live activation, the work is already running.
                StartWork();
                break;
            case ExperimentState.Complete or ExperimentState.Failed when _work is not { IsCompleted: false }:
                if (DateTime.UtcNow >= progress.State.Finished + options.Retention) await DeleteAsync();
                // The end was not stored, or its reminder not moved (the storage was down then): do it now.
                else await FinishAsync();
                break;
        }
    }

    private ExperimentState State() =>
        plan.State.Plan is null ? ExperimentState.Unknown
        : progress.State.Error is not null ? ExperimentState.Failed
        : progress.State.DoneCount == plan.State.Plan.Count ? ExperimentState.Complete
        : ExperimentState.Running;

    private void StartWork()
    {
        if (_work is { IsCompleted: false }) return;
        // The work outlives the call that started it; keep the activation while it runs, even with no client polling.
        DelayDeactivation(TimeSpan.FromDays(1));
        if (_ended.Task.IsCompleted) _ended = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _stop = new CancellationTokenSource();
        _work = RunGuardedAsync(_stop.Token);
    }

    private async Task RunGuardedAsync(CancellationToken stop)
    {
        try
        {
            await RunRemainingAsync(stop);
        }
        catch (Exception e)
        {
            // Whatever else goes wrong ends as a failed experiment that pollers see, never as a silent hang.
            Fail(ClusterFailure.OneLine(e), e);
        }

        try
        {
            // Still running here means it was stopped to be deleted.
            if (State() != ExperimentState.Running) await FinishAsync();
        }
        catch (Exception e)
        {
            // The storage is what failed: the end stays in this activation, where pollers see it, and the reminder
            // stores it at its next tick.
            LogNotFinished(log, e, Id);
        }
        finally
        {
            DelayDeactivation(TimeSpan.FromSeconds(-1));
            _ended.TrySetResult();
        }
    }

    private async Task RunRemainingAsync(CancellationToken stop)
    {
        ExperimentPlan current = plan.State.Plan!;
        int inFlight = current.InFlight > 0 ? current.InFlight : DefaultInFlight();
        // Slow start: the first replicates run one per core, so the first results come as soon as a replicate that
        // has its core to itself allows (4 at once on 2 cores made the first wait twice as long); each one that
        // ends then starts two until the cap is reached. The cores are busy either way, so the total time is the same.
        int allowed = current.InFlight > 0 ? inFlight : Math.Max(1, inFlight / 2);
        var running = new List<Task>();
        foreach (int replicate in Enumerable.Range(0, current.Count).Where(r => !progress.State.Done[r]))
        {
            if (running.Count >= allowed)
            {
                running.Remove(await Task.WhenAny(running));
                allowed = Math.Min(inFlight, allowed + 1);
            }

            // Checked after the wait for a free slot: a cancel or a failure while waiting starts nothing more.
            if (stop.IsCancellationRequested) break;
            running.Add(RunReplicateAsync(current, replicate, stop));
        }

        await Task.WhenAll(running);
    }

    private async Task RunReplicateAsync(ExperimentPlan current, int replicate, CancellationToken stop)
    {
        var backoff = new Backoff(options.RetryLimit, stop);
        ReplicateResult? result = null;
        while (true)
        {
            try
            {
                // A fresh key per activation and attempt: a run lost with its silo may still have grains on others.
                string runId = $"{Id}-e{progress.State.Resumes}-r{replicate}-a{backoff.Attempt}";
                result ??= await grains.GetGrain<ISimulationGrain>(runId).RunAsync(current.Scenario, current.Seed, replicate);
                await Records.SaveAsync(replicate, result);
                break;
            }
            catch (Exception e) when (result is not null || ClusterFailure.IsUnreachable(e))
            {
                // The cluster failed, not the replicate: run it again elsewhere, or store its result again.
                LogRetrying(log, Id, replicate, backoff.Attempt, ClusterFailure.OneLine(e));
                if (await backoff.WaitAsync())
                {
                    progress.State.Retries++;
                    continue;
                }

                string why = ClusterFailure.IsUnreachable(e) ? ClusterFailure.Describe(e, silo.SiloAddress) : "the experiments' storage does not answer (is Redis up?)";
                if (!stop.IsCancellationRequested) Fail($"replicate {replicate} {(result is null ? "could not run" : "could not be stored")} for {Text(options.RetryLimit)}: {why}", e);
                return;
            }
            catch (Exception e)
            {
                // The replicate itself failed (a bug in the Model): it would fail the same way anywhere, every time.
                Fail($"replicate {replicate} failed: {ClusterFailure.OneLine(e)}", e);
                return;
            }
        }

        progress.State.Done[replicate] = true;
        // The end is always stored (FinishAsync); in between, at most one write per interval.
        if (Stopwatch.GetElapsedTime(_progressWritten) < ProgressWriteInterval) return;
        _progressWritten = Stopwatch.GetTimestamp();
        try
        {
            await SaveProgressAsync();
        }
        catch (Exception e)
        {
            // The next write carries this replicate too; the last one is retried (FinishAsync).
            LogProgressNotSaved(log, Id, ClusterFailure.OneLine(e));
        }
    }

    /// <summary>The first error fails the experiment: no replicate starts after it, and those waiting to retry stop.</summary>
    private void Fail(string error, Exception e)
    {
        if (progress.State.Error is not null) return;
        progress.State.Error = error;
        LogFailed(log, e, Id, error);
        _stop.Cancel();
        _ended.TrySetResult();
    }

    /// <summary>Stores the end (complete or failed); from then on the reminder only deletes it, once the retention has passed.</summary>
    private async Task FinishAsync()
    {
        progress.State.Finished ??= DateTime.UtcNow;
        for (var backoff = new Backoff(options.RetryLimit, CancellationToken.None); ;)
        {
            try
            {
                await SaveProgressAsync();
                break;
            }
            catch (Exception)
            {
                if (!await backoff.WaitAsync()) throw;
            }
        }

        TimeSpan left = progress.State.Finished.Value + options.Retention - DateTime.UtcNow;
        await this.RegisterOrUpdateReminder(Reminder, left > TimeSpan.Zero ? left : TimeSpan.Zero, options.Retention > WakeUpPeriod ? options.Retention : WakeUpPeriod);
    }

    /// <summary>
    /// Stops the work, then deletes the records, the progress, the plan and the reminder, in that order: a delete cut
    /// short leaves what a later forget, or the reminder, deletes.
    /// </summary>
    private async Task DeleteAsync()
    {
        _stop.Cancel();
        if (_work is not null) await _work;
        await Task.WhenAll(Enumerable.Range(0, plan.State.Plan!.Count).Select(Records.ForgetAsync));
        await progress.ClearStateAsync();
        await plan.ClearStateAsync();
        if (await this.GetReminder(Reminder) is { } reminder) await this.UnregisterReminder(reminder);
        LogForgotten(log, Id);
        DeactivateOnIdle();
    }

    /// <summary>Two replicates per core of this silo, for every active silo: enough to keep them all busy.</summary>
    private int DefaultInFlight()
    {
        int silos = membership.CurrentSnapshot.Members.Values.Count(m => m.Status == SiloStatus.Active);
        return 2 * Environment.ProcessorCount * Math.Max(1, silos);
    }

    /// <summary>
    /// Writes the progress (Orleans queues the writes of one state and merges those not yet started). A write whose
    /// answer was lost, as when Redis restarts, may have landed and left the stored etag ahead of this one: then take
    /// the stored etag and write what this activation knows, which is never less than what is stored.
    /// </summary>
    private async Task SaveProgressAsync()
    {
        try
        {
            await progress.WriteStateAsync();
        }
        catch (InconsistentStateException)
        {
            ExperimentProgress known = progress.State;
            await progress.ReadStateAsync();
            progress.State = known;
            await progress.WriteStateAsync();
        }
    }

    /// <summary>"2 min" or "5 s": the retry limit in an error message.</summary>
    private static string Text(TimeSpan limit) =>
        limit.TotalMinutes >= 1 && limit.Seconds == 0 ? $"{limit.TotalMinutes:0} min" : $"{limit.TotalSeconds:0} s";

    [LoggerMessage(Level = LogLevel.Warning, Message = "experiment {Experiment}: replicate {Replicate}, attempt {Attempt}: {Reason}")]
    private static partial void LogRetrying(ILogger logger, string experiment, int replicate, int attempt, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "experiment {Experiment}: the progress was not stored ({Reason}); the next write carries it")]
    private static partial void LogProgressNotSaved(ILogger logger, string experiment, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "experiment {Experiment} failed: {Error}")]
    private static partial void LogFailed(ILogger logger, Exception exception, string experiment, string error);

    [LoggerMessage(Level = LogLevel.Error, Message = "experiment {Experiment}: its end could not be stored; the reminder tries again")]
    private static partial void LogNotFinished(ILogger logger, Exception exception, string experiment);

    [LoggerMessage(Level = LogLevel.Information, Message = "experiment {Experiment}: cancelled after {Done} replicates")]
    private static partial void LogCancelled(ILogger logger, string experiment, int done);

    [LoggerMessage(Level = LogLevel.Information, Message = "experiment {Experiment}: deleted")]
    private static partial void LogForgotten(ILogger logger, string experiment);
}
