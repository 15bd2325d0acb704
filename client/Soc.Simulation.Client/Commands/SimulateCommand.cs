using Soc.Simulation.Client.Experiments;
using Soc.Simulation.Client.Output;
using Soc.Simulation.Client.Report;
using Soc.Simulation.Experiments;
using Soc.Simulation.Scenarios;
using Soc.Simulation.Simulation;

namespace Soc.Simulation.Client.Commands;

/// <summary><c>socsim run</c> on a policy scenario: a Monte Carlo experiment, its KPI table and files.</summary>
public static class SimulateCommand
{
    public static async Task<int> RunAsync(Scenario scenario, ulong seed, int replicates, Backend backend, string outDir, Progress progress, TextWriter stdout, bool json = false)
    {
        ReplicateResult[] results = await MonteCarloRunner.RunAsync(scenario, seed, replicates, backend, progress);
        return Write(scenario, seed, results, outDir, stdout, json);
    }

    /// <summary>The files and the table of a finished experiment: the same whether it just ran or was fetched later.</summary>
    public static int Write(Scenario scenario, ulong seed, ReplicateResult[] results, string outDir, TextWriter stdout, bool json)
    {
        ExperimentSummary summary = ExperimentSummary.Aggregate(scenario.Name, seed, results);

        var files = new OutputFiles();
        string resultsJson = System.Text.Json.JsonSerializer.Serialize(summary, ScenarioJson.Options) + "\n";
        files.Add("results.json", resultsJson);
        files.Add("replicates.csv", ReplicatesCsv.Write(results));
        // report.html and its charts, each as .png and .svg.
        foreach ((string name, byte[] content) in ReportWriter.ForExperiment(summary, scenario).Files()) files.Add(name, content);
        return files.CommitAndPrint(outDir, stdout, json, resultsJson, () => KpiTable.Render(summary));
    }
}
