using Soc.Simulation.Analysis.Summaries;
using Soc.Simulation.Abstractions.Scenarios;
using Soc.Simulation.Abstractions.Simulation;

namespace Soc.Simulation.Client.Output;

/// <summary>The outputs of a Monte Carlo experiment (<c>socsim run</c> on a policy scenario, and <c>socsim fetch</c>).</summary>
public static class ExperimentOutput
{
    /// <summary>The files and the table of a finished experiment: the same whether it just ran or was fetched later.</summary>
    public static int Write(Scenario scenario, ulong seed, ReplicateResult[] results, string outDir, TextWriter stdout, bool json)
    {
        ExperimentSummary summary = ExperimentSummary.Aggregate(scenario.Name, seed, results);
        return OutputSets.Experiment(summary, results, scenario).CommitAndPrint(outDir, stdout, json, () => KpiTable.Render(summary));
    }

    /// <summary>The files alone, for a caller that stores them elsewhere than a folder (the web app).</summary>
    public static OutputFiles Files(Scenario scenario, ulong seed, ReplicateResult[] results) =>
        OutputSets.Experiment(ExperimentSummary.Aggregate(scenario.Name, seed, results), results, scenario);
}
