using System.Text.Json;
using System.Text.Json.Nodes;
using Soc.Simulation.Experiments;

namespace Soc.Simulation.Scenarios;

/// <summary>The parameters that differ between two scenarios, by JSON path, for compare's report.</summary>
public static class ScenarioDiff
{
    public static IReadOnlyList<ParameterDifference> Between(Scenario baseScenario, Scenario alternative)
    {
        Dictionary<string, string> a = Flatten(baseScenario), b = Flatten(alternative);
        return [.. a.Keys.Union(b.Keys).Order(StringComparer.Ordinal)
            .Where(path => path != "name" && path != "description" && a.GetValueOrDefault(path) != b.GetValueOrDefault(path))
            .Select(path => new ParameterDifference(path, a.GetValueOrDefault(path) ?? "(none)", b.GetValueOrDefault(path) ?? "(none)"))];
    }

    private static Dictionary<string, string> Flatten(Scenario scenario)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        Walk(JsonSerializer.SerializeToNode(scenario, ScenarioJson.Options), "", values);
        return values;
    }

    private static void Walk(JsonNode? node, string path, Dictionary<string, string> values)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach ((string key, JsonNode? child) in obj) Walk(child, path.Length == 0 ? key : $"{path}.{key}", values);
                break;
            case JsonArray array:
                for (int i = 0; i < array.Count; i++) Walk(array[i], $"{path}[{i}]", values);
                break;
            default:
                values[path] = node?.ToJsonString() ?? "null";
                break;
        }
    }
}
