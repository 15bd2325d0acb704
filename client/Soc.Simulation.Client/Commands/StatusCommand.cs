using System.CommandLine;
using System.Text.Json;
using Soc.Simulation.Client.Cli;
using Soc.Simulation.Client.Experiments;
using Soc.Simulation.Hosting;
using Soc.Simulation.Abstractions.Experiments;
using Soc.Simulation.Model.Scenarios;

namespace Soc.Simulation.Client.Commands;

/// <summary><c>socsim status</c>: how far an experiment on a cluster is, from any client.</summary>
public sealed class StatusCommand : SocSimCommand
{
    private readonly ClusterExperimentOptions _experiment = new();
    private readonly Option<bool> _json = CommonOptions.Json();

    public override string Name => "status";

    public override string Summary => "How far an experiment on a cluster is: replicates done, resumed after a lost silo, retried.";

    public override IReadOnlyList<string> Examples => ["socsim status 8172a06ffe10 --cluster redis://127.0.0.1:6390", "socsim status 8172a06ffe10 --cluster redis://127.0.0.1:6390 --json"];

    public override void Define(Command command)
    {
        _experiment.AddTo(command);
        command.Add(_json);
    }

    public override async Task<int> RunAsync(ParseResult parsed, CommandIo io)
    {
        (string id, ClusterAddress cluster) = _experiment.Of(parsed);
        bool json = parsed.GetValue(_json);
        TextWriter stdout = io.Out;
        await using ClusterConnection connection = await ClusterConnection.ConnectAsync(cluster);
        IExperimentGrain experiment = connection.Grains.GetGrain<IExperimentGrain>(id);
        ExperimentStatus status = await ExperimentWatch.RetryingAsync(experiment.GetStatusAsync);
        if (status.State == ExperimentState.Unknown)
        {
            throw ClusterExperimentOptions.NotFound(id, cluster);
        }

        ExperimentPlan plan = (await ExperimentWatch.RetryingAsync(experiment.GetPlanAsync))!;
        if (json)
        {
            stdout.WriteLine(JsonSerializer.Serialize(new
            {
                experiment = id,
                state = status.State.ToString().ToLowerInvariant(),
                done = status.Done,
                replicates = status.Count,
                scenario = plan.Scenario.Name,
                seed = plan.Seed,
                resumes = status.Resumes,
                retries = status.Retries,
                error = status.Error,
                silo = status.Silo,
            }, ScenarioJson.Options));
        }
        else
        {
            stdout.WriteLine($"experiment {id}: {status.State.ToString().ToLowerInvariant()}, {status.Done}/{status.Count} replicates done");
            stdout.WriteLine($"  scenario {plan.Scenario.Name}, seed {plan.Seed}; kept by the silo at {status.Silo}");
            stdout.WriteLine($"  resumed {status.Resumes} time(s) after losing its silo; {status.Retries} replicate run(s) retried");
            if (status.Error is not null) stdout.WriteLine($"  error: {status.Error}");
        }

        return status.State == ExperimentState.Failed ? 1 : 0;
    }
}
