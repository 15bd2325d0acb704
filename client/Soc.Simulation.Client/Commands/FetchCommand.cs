using System.CommandLine;
using Soc.Simulation.Client.Cli;
using Soc.Simulation.Client.Experiments;
using Soc.Simulation.Client.Output;
using Soc.Simulation.Experiments;
using Soc.Simulation.Hosting;
using Soc.Simulation.Simulation;

namespace Soc.Simulation.Client.Commands;

/// <summary>
/// <c>socsim fetch</c>: re-attaches to an experiment on a cluster, waits for it with the progress bar, and writes
/// the files <c>socsim run</c> would have written, from the plan the experiment stored.
/// </summary>
public sealed class FetchCommand : SocSimCommand
{
    private readonly ClusterExperimentOptions _experiment = new();
    private readonly OutputOptions _output = new();

    public override string Name => "fetch";

    public override string Summary => "Re-attach to an experiment on a cluster: wait for it, then write the files of the run that started it.";

    public override IReadOnlyList<string> Examples => ["socsim fetch 8172a06ffe10 --cluster redis://127.0.0.1:6390 --out out/fetched"];

    public override void Define(Command command)
    {
        _experiment.AddTo(command);
        _output.AddTo(command);
    }

    public override async Task<int> RunAsync(ParseResult parsed, CommandIo io)
    {
        (string id, ClusterAddress cluster) = _experiment.Of(parsed);
        await using ClusterConnection connection = await ClusterConnection.ConnectAsync(cluster);
        IExperimentGrain experiment = connection.Grains.GetGrain<IExperimentGrain>(id);
        ExperimentPlan plan = await ExperimentWatch.RetryingAsync(experiment.GetPlanAsync)
            ?? throw ClusterExperimentOptions.NotFound(id, cluster);
        ReplicateResult[] results = await ExperimentWatch.WaitAndFetchAsync(experiment, id, io.Progress(_output.QuietOf(parsed)));
        return ExperimentOutput.Write(plan.Scenario, plan.Seed, results, _output.FolderOf(parsed), io.Out, _output.JsonOf(parsed));
    }
}
