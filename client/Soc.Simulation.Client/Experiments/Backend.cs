using Soc.Simulation.Hosting;
using Soc.Simulation.Model;

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

    /// <summary>From <c>--backend orleans|direct</c> and <c>--cluster redis://…</c>.</summary>
    public static Backend From(string kind, string? cluster)
    {
        if (cluster is null) return kind == "direct" ? Direct : Embedded;
        return kind == "orleans"
            ? new Backend(true, ClusterAddress.Parse(cluster))
            : throw new InputException("--cluster runs the replicates on Orleans silos; it cannot go with --backend direct");
    }
}
