using Soc.Simulation.Simulation;

namespace Soc.Simulation.Experiments;

/// <summary>
/// Fans the replicates of an experiment out to simulation grains, which Orleans places over the silos, keeping a
/// bounded number in flight (back-pressure). Each finished replicate's result is stored, then marked done, so
/// that when this grain's silo dies its next activation, on another silo, runs only the replicates not done.
/// A replicate's result depends on (scenario, seed, replicate) alone, never on its grain key or on which silo
/// ran it, so a rerun gives the same numbers and <see cref="FetchAsync"/> returns them in replicate order.
/// </summary>
public sealed class ExperimentGrain(
    IGrainFactory grains,
    ILocalSiloDetails silo,
    [PersistentState("plan", ExperimentGrain.StorageName)] IPersistentState<StoredPlan> plan,
    [PersistentState("progress", ExperimentGrain.StorageName)] IPersistentState<ExperimentProgress> progress) : Grain, IExperimentGrain
{
    /// <summary>The grain storage that holds experiments: memory on the embedded silo, Redis on a cluster.</summary>
    public const string StorageName = "experiments";

    /// <summary>A replicate that fails this many times fails the experiment: past that it is a bug, not a lost silo.</summary>
    public const int MaxAttempts = 5;

    private Task? _work;
    private Task? _writing;
    private bool _unsaved;

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
        plan.State.Plan = newPlan;
        await plan.WriteStateAsync();
        progress.State.Done = new bool[newPlan.Count];
        await SaveProgressAsync();
        StartWork();
    }

    public Task<ExperimentStatus> GetStatusAsync() => Task.FromResult(new ExperimentStatus(
        State(), progress.State.DoneCount, plan.State.Plan?.Count ?? 0, progress.State.Resumes, progress.State.Retries,
        progress.State.Error, silo.SiloAddress.Endpoint.ToString()));

    public Task<ExperimentPlan?> GetPlanAsync() => Task.FromResult(plan.State.Plan);

    public async Task<ReplicateResult[]> FetchAsync()
    {
        ExperimentState state = State();
        if (state != ExperimentState.Complete) throw new InvalidOperationException($"experiment {this.GetPrimaryKeyString()} is {state.ToString().ToLowerInvariant()}, not complete");
        ReplicateResult?[] results = await Task.WhenAll(Enumerable.Range(0, plan.State.Plan!.Count).Select(r => Record(r).LoadAsync()));
        return [.. results.Select((result, r) => result ?? throw new InvalidOperationException($"experiment {this.GetPrimaryKeyString()}: replicate {r} is marked done but has no stored result"))];
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
        _work = RunGuardedAsync();
    }

    /// <summary>Whatever goes wrong ends as a failed experiment that pollers see, never as a silent hang.</summary>
    private async Task RunGuardedAsync()
    {
        try
        {
            await RunRemainingAsync();
        }
        catch (Exception e)
        {
            progress.State.Error ??= $"{e.GetType().Name}: {e.Message}";
            try
            {
                await SaveProgressAsync();
            }
            catch (Exception)
            {
                // The storage is what failed: the error stays in this activation, where pollers still see it.
            }
        }
        finally
        {
            DelayDeactivation(TimeSpan.FromSeconds(-1));
        }
    }

    private async Task RunRemainingAsync()
    {
        ExperimentPlan current = plan.State.Plan!;
        int inFlight = current.InFlight > 0 ? current.InFlight : await DefaultInFlightAsync();
        var running = new List<Task>();
        foreach (int replicate in Enumerable.Range(0, current.Count).Where(r => !progress.State.Done[r]))
        {
            if (progress.State.Error is not null) break;
            if (running.Count >= inFlight)
            {
                running.Remove(await Task.WhenAny(running));
            }

            running.Add(RunReplicateAsync(current, replicate));
        }

        await Task.WhenAll(running);
        await SaveProgressAsync();
    }

    private async Task RunReplicateAsync(ExperimentPlan current, int replicate)
    {
        for (int attempt = 1; ; attempt++)
        {
            try
            {
                // A fresh key per activation and attempt: a run lost with its silo may still have grains on others.
                string runId = $"{this.GetPrimaryKeyString()}-e{progress.State.Resumes}-r{replicate}-a{attempt}";
                ReplicateResult result = await grains.GetGrain<ISimulationGrain>(runId).RunAsync(current.Scenario, current.Seed, replicate);
                await Record(replicate).SaveAsync(result);
                progress.State.Done[replicate] = true;
                await SaveProgressAsync();
                return;
            }
            catch (Exception e)
            {
                progress.State.Retries++;
                if (attempt >= MaxAttempts)
                {
                    progress.State.Error ??= $"replicate {replicate} failed {MaxAttempts} times; last: {e.GetType().Name}: {e.Message}";
                    await SaveProgressAsync();
                    return;
                }
            }
        }
    }

    /// <summary>Two replicates per core of this silo, for every active silo: enough to keep them all busy.</summary>
    private async Task<int> DefaultInFlightAsync()
    {
        int silos = (await grains.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true)).Count;
        return 2 * Environment.ProcessorCount * Math.Max(1, silos);
    }

    private IReplicateRecordGrain Record(int replicate) =>
        grains.GetGrain<IReplicateRecordGrain>(GrainKeys.Child(this.GetPrimaryKeyString(), replicate.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    /// <summary>
    /// Writes the progress, one write at a time: completions that arrive during a write go into the next one, so
    /// writes never overlap (which the storage's etags would reject) and never fall far behind.
    /// </summary>
    private Task SaveProgressAsync()
    {
        _unsaved = true;
        if (_writing is null || _writing.IsCompleted) _writing = WriteLoopAsync();
        return _writing;
    }

    private async Task WriteLoopAsync()
    {
        while (_unsaved)
        {
            _unsaved = false;
            await progress.WriteStateAsync();
        }
    }
}
