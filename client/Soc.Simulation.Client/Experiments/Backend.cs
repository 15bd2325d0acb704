using Soc.Simulation.Client.Cli;
using Soc.Simulation.Hosting;

namespace Soc.Simulation.Client.Experiments;

/// <summary>
/// Where a command's replicates run, from <c>--backend</c> and <c>--cluster</c>: a silo co-hosted in this process
/// (the default), a running cluster found through Redis, or the Model alone with no Orleans (checks, benchmark).
/// All three give the same results for the same seed.
/// </summary>
public sealed record Backend(bool UseOrleans, ClusterAddress? Cluster)
{
    public static readonly Backend Embedded = new(true, null);

    public static readonly Backend Direct = new(false, null);

    public static Backend From(Arguments args)
    {
        string kind = args.Option("backend") ?? "orleans";
        string? cluster = args.Option("cluster");
        if (kind is not ("orleans" or "direct")) throw new InputException($"--backend: expected orleans or direct, got '{kind}'");
        if (cluster is null) return kind == "orleans" ? Embedded : Direct;
        return kind == "orleans"
            ? new Backend(true, ClusterAddress.Parse(cluster))
            : throw new InputException("--cluster runs the replicates on Orleans silos; it cannot go with --backend direct");
    }
}
