using System.CommandLine;
using Soc.Simulation.Client.Experiments;
using Soc.Simulation.Hosting;
using Soc.Simulation.Model;

namespace Soc.Simulation.Client.Commands;

/// <summary>What status, fetch and forget need: the experiment's id and the cluster it runs on.</summary>
public sealed class ClusterExperimentOptions
{
    public Argument<string> Id { get; } = new("experiment-id") { Description = "The id printed when the experiment started." };

    public Option<string> Cluster { get; } = new("--cluster")
    {
        Description = "The cluster the experiment runs on: redis://host:port[?cluster=ID&service=ID]. An experiment on the embedded silo ends with its command.",
        HelpName = "redis://host:port",
        Required = true,
    };

    public void AddTo(Command command)
    {
        command.Add(Id);
        command.Add(Cluster);
    }

    public (string Id, ClusterAddress Cluster) Of(ParseResult parsed) =>
        (ExperimentWatch.CheckId(parsed.GetValue(Id)!), ClusterAddress.Parse(parsed.GetValue(Cluster)!));

    public static InputException NotFound(string id, ClusterAddress cluster) =>
        new($"no experiment '{id}' on cluster '{cluster.ClusterId}' at {cluster.Display} (check the id, and ?cluster= and ?service= against the silos')");
}
