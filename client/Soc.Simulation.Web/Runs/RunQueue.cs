using System.Collections.Concurrent;
using System.Globalization;
using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Soc.Simulation.Web.Engine;
using Soc.Simulation.Web.Hosting;
using Soc.Simulation.Web.Storage;
using Soc.Simulation.Model.Register;
using Soc.Simulation.Abstractions.Scenarios;
using Soc.Simulation.Model;

namespace Soc.Simulation.Web.Runs;

/// <summary>
/// Runs queued runs, <see cref="WebOptions.Workers"/> at a time (each run already keeps every core busy), in the order
/// they were asked for. The queue lives in the database: on start it takes up what was waiting or running when the
/// app stopped. Submitting the same inputs twice gives the same run.
/// </summary>
public sealed class RunQueue(RunStore store, ISimulationEngine engine, WebOptions options, ILogger<RunQueue> log) : BackgroundService
{
    private readonly Channel<string> _queue = Channel.CreateUnbounded<string>();
    private readonly ConcurrentDictionary<string, CancellationTokenSource> _running = new(StringComparer.Ordinal);

    /// <summary>Stores and queues a run unless the same one is stored; returns its id.</summary>
    public string Submit(RunInputs inputs, (string Name, byte[] Content)? register = null)
    {
        string id = inputs.Id();
        if (store.TryAdd(id, inputs.Kind, inputs.ToJson(), inputs.Total, register) || store.Requeue(id)) _queue.Writer.TryWrite(id);
        return id;
    }

    /// <summary>Cancels a queued or running run; false when it had already ended.</summary>
    public bool Cancel(string id)
    {
        if (store.Transition(id, RunStore.States.Queued, RunStore.States.Cancelled)) return true;
        if (!store.Transition(id, RunStore.States.Running, RunStore.States.Cancelled)) return false;
        if (_running.TryGetValue(id, out CancellationTokenSource? cts)) cts.Cancel();
        return true;
    }

    protected override Task ExecuteAsync(CancellationToken stopping)
    {
        foreach (string id in store.Unfinished()) _queue.Writer.TryWrite(id);
        return Task.WhenAll(Enumerable.Range(0, Math.Max(1, options.Workers)).Select(_ => WorkAsync(stopping)));
    }

    private async Task WorkAsync(CancellationToken stopping)
    {
        try
        {
            await foreach (string id in _queue.Reader.ReadAllAsync(stopping))
            {
                // A run may have been cancelled, or queued twice (requeued), while it waited.
                if (!store.Transition(id, RunStore.States.Queued, RunStore.States.Running)) continue;
                await RunOneAsync(id, stopping);
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // The app is stopping; a run left "running" is queued again at the next start.
        }
    }

    private async Task RunOneAsync(string id, CancellationToken stopping)
    {
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(stopping);
        _running[id] = cts;
        try
        {
            EngineJob job = JobOf(id, RunInputs.FromJson(store.Find(id)!.Inputs));
            int last = -1;
            var progress = new RunProgress(
                (done, total) =>
                {
                    if (Interlocked.Exchange(ref last, done) != done) store.Progress(id, done, total);
                },
                partial => store.SavePartial(id, partial.Done, partial.Total, partial.Json));
            IReadOnlyDictionary<string, byte[]> files = await engine.RunAsync(job, progress, cts.Token);
            if (store.Find(id)?.State == RunStore.States.Running) store.Complete(id, files);
        }
        catch (OperationCanceledException) when (cts.IsCancellationRequested)
        {
            // Cancelled by the user (the state already says so), or the app is stopping (queued again at start).
        }
        catch (InputException e)
        {
            store.Transition(id, RunStore.States.Running, RunStore.States.Failed, e.Message);
        }
        catch (Exception e)
        {
            log.LogError(e, "run {Id} failed", id);
            store.Transition(id, RunStore.States.Running, RunStore.States.Failed, $"the run failed: {e.Message.Split('\n')[0]}");
        }
        finally
        {
            _running.TryRemove(id, out _);
        }
    }

    /// <summary>The engine's job for stored inputs: the scenarios read again, exactly as when the run was asked for.</summary>
    private EngineJob JobOf(string id, RunInputs inputs)
    {
        Scenario[] scenarios = [.. inputs.Scenarios.Select((s, i) => s.Read(i == 0 ? "scenario" : $"alternative {i}", inputs.Uncertainty))];
        switch (inputs.Kind)
        {
            case RunInputs.Comparison:
                return new ComparisonJob(scenarios, inputs.Seed, inputs.Replicates);
            case RunInputs.Replay:
            {
                (string name, byte[] content) = StoredRegister(id);
                return new ReplayJob(scenarios[0], RegisterUpload.Read(content, name, inputs.RegisterOptions, options), name);
            }

            case RunInputs.Projection:
            {
                (string name, byte[] content) = StoredRegister(id);
                return new ProjectionJob(scenarios[0], RegisterUpload.Read(content, name, inputs.RegisterOptions, options), DateOnly.Parse(inputs.AsOf!, CultureInfo.InvariantCulture), inputs.Seed, inputs.Replicates);
            }

            case RunInputs.Planning:
                return new PlanJob(RunRequests.PlanRequestOf(inputs));
            case RunInputs.Designing:
                return new DesignJob(RunRequests.DesignRequestOf(inputs));
            default:
                return new ExperimentJob(scenarios[0], inputs.Seed, inputs.Replicates);
        }
    }

    private (string Name, byte[] Content) StoredRegister(string id) => store.Register(id) ?? throw new InvalidOperationException($"run {id}: its register is not stored");
}

/// <summary>A register upload: read as the command line reads a file, within the app's size and row limits.</summary>
public static class RegisterUpload
{
    public static IReadOnlyList<Abstractions.GrantCall.Application> Read(byte[] content, string name, string? csvLocale, WebOptions options)
    {
        if (content.Length > options.MaxUploadBytes)
        {
            throw new InputException($"{name}: the register is {content.Length / 1024.0 / 1024.0:0.0} MB; the largest the app takes is {options.MaxUploadBytes / 1024.0 / 1024.0:0.0} MB");
        }

        var locale = csvLocale switch { "es" => CsvLocale.Es, "invariant" => CsvLocale.Invariant, _ => CsvLocale.Auto };
        IReadOnlyList<Abstractions.GrantCall.Application> applications = RegisterReader.Read(content, name, new RegisterOptions(null, locale));
        return applications.Count <= options.MaxRegisterRows
            ? applications
            : throw new InputException($"{name}: the register has {applications.Count:N0} applications; the most the app takes is {options.MaxRegisterRows:N0}");
    }
}
