using Soc.Simulation.Analysis.Design;
using Soc.Simulation.Client.Experiments;

namespace Soc.Simulation.Client.Planning;

/// <summary>One design search, run on a replicate runner: the command line and the web app both run it here, so the same request gives the same design.json.</summary>
public static class DesignRun
{
    public static Task<DesignResult> RunAsync(DesignRequest request, ReplicateRunner runner, IDesignCache cache, Action<int> evaluated, CancellationToken cancel)
    {
        var quiet = new Progress(TextWriter.Null, false);
        return DesignSearch.RunAsync(request, (s, seed, n) => runner.RunAsync(s, seed, n, quiet, cancel), cache, evaluated, cancel);
    }

    /// <summary>
    /// The designs a search evaluates at the most, for its progress: the first population and each generation's children,
    /// then the front's check (at most a population).
    /// </summary>
    public static int Expected(DesignRequest request) => request.Search.PopulationSize * (request.Search.Generations + 2);

    /// <summary>A search that keeps nothing between runs (the web app stores the run itself).</summary>
    public sealed class NoCache : IDesignCache
    {
        public DesignOutcome? Find(string key) => null;

        public void Save(string key, DesignOutcome outcome)
        {
        }
    }
}
