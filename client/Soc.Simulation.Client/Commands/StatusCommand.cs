using System.Text.Json;
using Soc.Simulation.Client.Cli;
using Soc.Simulation.Client.Experiments;
using Soc.Simulation.Experiments;
using Soc.Simulation.Hosting;
using Soc.Simulation.Scenarios;

namespace Soc.Simulation.Client.Commands;

/// <summary><c>socsim status</c>: how far an experiment on a cluster is, from any client.</summary>
public static class StatusCommand
{
    public static async Task<int> RunAsync(Arguments args, TextWriter stdout)
    {
        (string id, ClusterAddress cluster) = ExperimentArguments(args, Usage.Status);
        bool json = args.Option("json") is "true";
        args.RejectUnknown(1, Usage.Status);

        await using ClusterConnection connection = await ClusterConnection.ConnectAsync(cluster);
        IExperimentGrain experiment = connection.Grains.GetGrain<IExperimentGrain>(id);
        ExperimentStatus status = await ExperimentWatch.RetryingAsync(experiment.GetStatusAsync);
        if (status.State == ExperimentState.Unknown)
        {
            throw NotFound(id, cluster);
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

    public static InputException NotFound(string id, ClusterAddress cluster) =>
        new($"no experiment '{id}' on cluster '{cluster.ClusterId}' at {cluster.Display} (check the id, and ?cluster= and ?service= against the silos')");

    /// <summary>The experiment id and the cluster, which status and fetch both need.</summary>
    public static (string Id, ClusterAddress Cluster) ExperimentArguments(Arguments args, string usage)
    {
        string cluster = args.Option("cluster")
            ?? throw new InputException($"{args.Command}: give --cluster redis://host:port; an experiment on the embedded silo ends with its command, so there is nothing to re-attach to\nusage: {usage}");
        if (args.Positional.Count != 1) throw new InputException($"{args.Command}: give the experiment id printed when it started\nusage: {usage}");
        return (ExperimentWatch.CheckId(args.Positional[0]), ClusterAddress.Parse(cluster));
    }
}
