using System.CommandLine;
using Soc.Simulation.Client.Cli;
using Soc.Simulation.Client.Experiments;
using Soc.Simulation.Hosting;
using Soc.Simulation.Abstractions.Experiments;
using Soc.Simulation.Model;

namespace Soc.Simulation.Client.Commands;

/// <summary><c>socsim forget</c>: deletes an experiment from a cluster's storage before its retention would.</summary>
public sealed class ForgetCommand : SocSimCommand
{
    private readonly ClusterExperimentOptions _experiment = new();
    private readonly Option<bool> _force = new("--force") { Description = "Also forget a running experiment: it is stopped first." };

    public override string Name => "forget";

    public override string Summary => "Delete an experiment from a cluster: its plan, its progress and every replicate's stored result.";

    public override string? Details =>
        "A running experiment is left alone unless --force. Finished experiments (complete or failed) are deleted on their\n" +
        "own once the silos' Silo:ExperimentRetention (7 days unless set) has passed.";

    public override IReadOnlyList<string> Examples =>
    [
        "socsim forget 8172a06ffe10 --cluster redis://127.0.0.1:6390",
        "socsim forget 8172a06ffe10 --cluster redis://127.0.0.1:6390 --force",
    ];

    public override void Define(Command command)
    {
        _experiment.AddTo(command);
        command.Add(_force);
    }

    public override async Task<int> RunAsync(ParseResult parsed, CommandIo io)
    {
        (string id, ClusterAddress cluster) = _experiment.Of(parsed);
        bool force = parsed.GetValue(_force);
        await using ClusterConnection connection = await ClusterConnection.ConnectAsync(cluster);
        IExperimentGrain experiment = connection.Grains.GetGrain<IExperimentGrain>(id);
        // A forced forget first waits for the replicates in flight.
        ExperimentStatus status = await ExperimentWatch.RetryingAsync(() => experiment.ForgetAsync(force), ClusterConnection.CallTimeout);
        if (status.State == ExperimentState.Unknown) throw ClusterExperimentOptions.NotFound(id, cluster);
        if (status.State == ExperimentState.Running && !force)
        {
            throw new InputException(
                $"experiment {id} is running ({status.Done}/{status.Count} replicates done), so it was kept; to stop and delete it: socsim forget {id} --cluster {cluster.Argument} --force");
        }

        io.Out.WriteLine($"experiment {id} forgotten: it was {status.State.ToString().ToLowerInvariant()}; its plan, progress and {status.Done} stored replicates are deleted");
        return ExitCodes.Done;
    }
}
