using Soc.Simulation.Client.Output.Spreadsheets;
using Soc.Simulation.Client.Report;
using Soc.Simulation.Experiments;
using Soc.Simulation.Scenarios;
using Soc.Simulation.Simulation;

namespace Soc.Simulation.Client.Output;

/// <summary>The outputs of a Monte Carlo experiment (<c>socsim run</c> on a policy scenario, and <c>socsim fetch</c>).</summary>
public static class ExperimentOutput
{
    /// <summary>The files and the table of a finished experiment: the same whether it just ran or was fetched later.</summary>
    public static int Write(Scenario scenario, ulong seed, ReplicateResult[] results, string outDir, TextWriter stdout, bool json)
    {
        ExperimentSummary summary = ExperimentSummary.Aggregate(scenario.Name, seed, results);

        var files = new OutputFiles();
        string resultsJson = System.Text.Json.JsonSerializer.Serialize(summary, ScenarioJson.Options) + "\n";
        files.Add("results.json", resultsJson);
        files.Add("results.xlsx", ExperimentSheets.Results(summary, results));
        files.Add("replicates.csv", ReplicatesCsv.Write(results));
        // report.html and its charts, each as .png and .svg.
        files.Add(ReportWriter.ForExperiment(summary, scenario).Files());
        return files.CommitAndPrint(outDir, stdout, json, resultsJson, () => KpiTable.Render(summary));
    }
}
