using Soc.Simulation.Abstractions.Scenarios;

namespace Soc.Simulation.Model.Scenarios;

/// <summary>A parameter that differs between the base and an alternative (by JSON path).</summary>
public sealed record ParameterDifference(string Path, string Base, string Alternative);

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

    private static Dictionary<string, string> Flatten(Scenario scenario) =>
        ScenarioPaths.Leaves(scenario).ToDictionary(kv => kv.Key, kv => kv.Value?.ToJsonString() ?? "null", StringComparer.Ordinal);
}
