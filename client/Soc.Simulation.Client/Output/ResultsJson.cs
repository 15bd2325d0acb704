using System.Text.Json;
using Soc.Simulation.Results;
using Soc.Simulation.Scenarios;

namespace Soc.Simulation.Client.Output;

/// <summary>results.json: the report in the scenario files' JSON conventions. No clock, no host name: same input, same bytes.</summary>
public static class ResultsJson
{
    public static string Write(ReplayReport report) => JsonSerializer.Serialize(report, ScenarioJson.Options) + "\n";
}
