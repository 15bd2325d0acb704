using Soc.Simulation.Client.Cli;
using Soc.Simulation.Client.Experiments;
using Soc.Simulation.Experiments;
using Soc.Simulation.Hosting;
using Soc.Simulation.Simulation;

namespace Soc.Simulation.Client.Commands;

/// <summary>
/// <c>socsim fetch</c>: re-attaches to an experiment on a cluster, waits for it with the progress bar, and writes
/// the files <c>socsim run</c> would have written, from the plan the experiment stored.
/// </summary>
public static class FetchCommand
{
    public static async Task<int> RunAsync(Arguments args, TextWriter stdout)
    {
        (string id, ClusterAddress cluster) = StatusCommand.ExperimentArguments(args, Usage.Fetch);
        string outDir = args.Option("out") ?? "out";
        bool quiet = args.Option("quiet") is "true";
        bool json = args.Option("json") is "true";
        args.RejectUnknown(1, Usage.Fetch);

        await using ClusterConnection connection = await ClusterConnection.ConnectAsync(cluster);
        IExperimentGrain experiment = connection.Grains.GetGrain<IExperimentGrain>(id);
        ExperimentPlan plan = await ExperimentWatch.RetryingAsync(experiment.GetPlanAsync)
            ?? throw StatusCommand.NotFound(id, cluster);
        ReplicateResult[] results = await ExperimentWatch.WaitAndFetchAsync(experiment, id, Progress.For(Console.Error, quiet || json));
        return SimulateCommand.Write(plan.Scenario, plan.Seed, results, outDir, stdout, json);
    }
}
