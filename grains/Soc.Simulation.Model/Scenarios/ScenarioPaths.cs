using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Soc.Simulation.Abstractions.Scenarios;

namespace Soc.Simulation.Model.Scenarios;

/// <summary>
/// A scenario seen by JSON path, as --set writes them (call.budgetEur, services[1].uptake): every value by path,
/// the number at one path, and whether the C# field behind a path holds whole numbers. Used by compare (the
/// parameters that differ), sensitivity (the parameters to vary), calibrate, sweep and plan (the levers).
/// </summary>
public static class ScenarioPaths
{
    /// <summary>A user's path in the form the leaves use: "services[4].budgetEur" (also accepts "$.", "services.4.budgetEur").</summary>
    public static string Canonical(string path)
    {
        string p = path.Trim();
        if (p.StartsWith("$.", StringComparison.Ordinal)) p = p[2..];
        string[] segments = p.Replace("[", ".", StringComparison.Ordinal).Replace("]", "", StringComparison.Ordinal).Split('.');
        if (segments.Any(s => s.Length == 0)) return p;
        return string.Concat(segments.Select((s, i) => s.All(char.IsAsciiDigit) ? $"[{s}]" : i == 0 ? s : "." + s));
    }

    /// <summary>Every value of the scenario (with its defaults written out) by JSON path, in file order.</summary>
    public static Dictionary<string, JsonNode?> Leaves(Scenario scenario)
    {
        var leaves = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
        JsonObject root = JsonSerializer.SerializeToNode(scenario, ScenarioJson.Options)!.AsObject();
        root.Remove("isSimulation");
        Walk(root, "", leaves);
        return leaves;
    }

    private static void Walk(JsonNode? node, string path, Dictionary<string, JsonNode?> leaves)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach ((string key, JsonNode? child) in obj) Walk(child, path.Length == 0 ? key : $"{path}.{key}", leaves);
                break;
            case JsonArray array:
                for (int i = 0; i < array.Count; i++) Walk(array[i], $"{path}[{i}]", leaves);
                break;
            default:
                leaves[path] = node;
                break;
        }
    }

    /// <summary>The number at the path, or null when the path does not lead to a number.</summary>
    public static double? NumberAt(Scenario scenario, string path) =>
        Leaves(scenario).TryGetValue(Canonical(path), out JsonNode? node) && node is JsonValue value && value.TryGetValue(out double number)
            ? number
            : null;

    /// <summary>True when the C# field at the path is a whole number (int, long…): its perturbed values are rounded.</summary>
    public static bool IsWholeNumber(string path)
    {
        Type? type = typeof(Scenario);
        foreach (string segment in Canonical(path).Replace("[", ".", StringComparison.Ordinal).Replace("]", "", StringComparison.Ordinal).Split('.'))
        {
            if (type is null) return false;
            type = Nullable.GetUnderlyingType(type) ?? type;
            type = Generic(type, typeof(IReadOnlyDictionary<,>)) is { } dictionary ? dictionary.GetGenericArguments()[1]
                : type != typeof(string) && Generic(type, typeof(IReadOnlyList<>)) is { } list ? list.GetGenericArguments()[0]
                : type.GetProperty(segment, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase)?.PropertyType;
        }

        if (type is null) return false;
        type = Nullable.GetUnderlyingType(type) ?? type;
        return type == typeof(int) || type == typeof(long) || type == typeof(short) || type == typeof(byte);
    }

    private static Type? Generic(Type type, Type definition) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == definition
            ? type
            : type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == definition);
}
