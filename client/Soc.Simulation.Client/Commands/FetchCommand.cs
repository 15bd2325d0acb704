using System.CommandLine;
using Soc.Simulation.Client.Cli;
using Soc.Simulation.Client.Experiments;
using Soc.Simulation.Client.Output;
using Soc.Simulation.Hosting;
using Soc.Simulation.Abstractions.Experiments;
using Soc.Simulation.Abstractions.Simulation;

namespace Soc.Simulation.Client.Commands;

/// <summary>
/// <c>socsim fetch</c>: re-attaches to an experiment on a cluster, continues it if it had failed, waits for it with the
/// progress bar, and writes the files <c>socsim run</c> would have written, from the plan the experiment stored.
/// </summary>
public sealed class FetchCommand : SocSimCommand
{
    private readonly ClusterExperimentOptions _experiment = new();
    private readonly OutputOptions _output = new();

    public override string Name => "fetch";

    public override string Summary => "Re-attach to an experiment on a cluster: continue it if it failed, wait for it, then write the files of the run that started it.";

    public override string? Details =>
        "A failed experiment (a silo or Redis was unreachable for longer than the silos' Silo:ReplicateRetryLimit) is\n" +
        "continued: the replicates it stored are kept and only the others run, so the files equal an uninterrupted run's.";

    public override IReadOnlyList<string> Examples => ["socsim fetch 8172a06ffe10 --cluster redis://127.0.0.1:6390 --out out/fetched"];

    public override void Define(Command command)
    {
        _experiment.AddTo(command);
        _output.AddTo(command);
    }

    public override bool StopsOnCancel(ParseResult parsed) => true;

    public override async Task<int> RunAsync(ParseResult parsed, CommandIo io)
    {
        using IDisposable language = _output.LanguageOf(parsed);
        (string id, ClusterAddress cluster) = _experiment.Of(parsed);
        await using ClusterConnection connection = await ClusterConnection.ConnectAsync(cluster);
        IExperimentGrain experiment = connection.Grains.GetGrain<IExperimentGrain>(id);
        ExperimentPlan plan = await ExperimentWatch.RetryingAsync(experiment.GetPlanAsync)
            ?? throw ClusterExperimentOptions.NotFound(id, cluster);
        Progress progress = io.Progress(_output.QuietOf(parsed));
        ExperimentStatus status = await ExperimentWatch.RetryingAsync(experiment.GetStatusAsync);
        if (status.State == ExperimentState.Failed)
        {
            progress.Notice($"experiment {id} had failed ({status.Error}); continuing it from its {status.Done}/{status.Count} stored replicates");
            // It may first wait for the failed run's last replicates to be stored.
            await ExperimentWatch.RetryingAsync(async () =>
            {
                await experiment.ResumeAsync();
                return true;
            }, ClusterConnection.CallTimeout);
        }

        ReplicateResult[] results = await ExperimentWatch.WaitAndFetchAsync(experiment, id, progress, cluster, io.Cancel);
        return ExperimentOutput.Write(plan.Scenario, plan.Seed, results, _output.FolderOf(parsed), io.Out, _output.JsonOf(parsed));
    }
}
