using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Soc.Simulation.Model.Scenarios;

/// <summary>A <c>--set</c> as applied: the path as the user wrote it and the JSON path of the value it replaced.</summary>
public sealed record AppliedOverride(string Path, string At);

/// <summary>
/// Applies <c>--set path=value</c> to a scenario's JSON before it is read: <c>call.budgetEur=30000</c>,
/// <c>call.budgetLines[0].share=0.5</c>. The path must exist. The text is read as the kind already there (a
/// number, true/false, any text for a string, JSON for a list or an object); <see cref="ScenarioShape"/> then
/// checks the result against the contract, so a wrong value gets the same words as the same mistake in the file.
/// </summary>
public static class ScenarioOverrides
{
    public static AppliedOverride Apply(JsonNode root, string assignment)
    {
        int eq = assignment.IndexOf('=', StringComparison.Ordinal);
        if (eq <= 0)
        {
            throw new InputException($"--set {assignment}: expected path=value, e.g. call.budgetEur=30000");
        }

        string path = assignment[..eq].Trim();
        string value = assignment[(eq + 1)..].Trim();
        (JsonNode parent, string? name, int index, string at) = Resolve(root, path);
        JsonNode? current = name is not null ? parent[name] : parent[index];
        JsonNode? replacement = Convert(current, value, path, at);
        if (name is not null) parent[name] = replacement;
        else parent[index] = replacement;
        return new AppliedOverride(path, at);
    }

    private static (JsonNode Parent, string? Name, int Index, string At) Resolve(JsonNode root, string path)
    {
        string[] segments = Segments(path);
        JsonNode node = root;
        string at = "$";
        // The contract's type at this point of the path, to know which absent fields may be added (null inside a map).
        Type? type = typeof(Abstractions.Scenarios.Scenario);
        for (int s = 0; s < segments.Length; s++)
        {
            string segment = segments[s];
            bool last = s == segments.Length - 1;
            if (node is JsonObject obj)
            {
                ContractField? field = type is null ? null : ScenarioContract.Fields(type).FirstOrDefault(f => f.Name == segment);
                if (!obj.ContainsKey(segment) && !(last && field is not null))
                {
                    throw new InputException(
                        $"--set {path}: {at} has no field '{segment}'; its fields are {string.Join(", ", obj.Select(kv => kv.Key))}");
                }

                string child = ScenarioShape.Child(at, segment);
                if (last) return (obj, segment, -1, child);
                node = obj[segment] ?? throw new InputException($"--set {path}: {child} is null, it has no fields");
                at = child;
                type = field is null ? null : Nullable.GetUnderlyingType(field.Type) ?? field.Type;
            }
            else if (node is JsonArray array)
            {
                if (!int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out int i) || i >= array.Count)
                {
                    throw new InputException($"--set {path}: {at} is a list of {array.Count}; expected an index from 0 to {array.Count - 1}, got '{segment}'");
                }

                if (last) return (array, null, i, $"{at}[{i}]");
                node = array[i] ?? throw new InputException($"--set {path}: {at}[{i}] is null");
                at = $"{at}[{i}]";
                type = type is not null && ScenarioContract.Info(type) is { Kind: System.Text.Json.Serialization.Metadata.JsonTypeInfoKind.Enumerable } list ? list.ElementType : null;
            }
            else
            {
                throw new InputException($"--set {path}: {at} is a value, it has no field '{segment}'");
            }
        }

        throw new InputException($"--set {path}: empty path");
    }

    private static string[] Segments(string path)
    {
        string normal = path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path;
        normal = normal.Replace("[", ".", StringComparison.Ordinal).Replace("]", "", StringComparison.Ordinal);
        string[] segments = normal.Split('.');
        return segments.Any(s => s.Length == 0) ? throw new InputException($"--set {path}: malformed path") : segments;
    }

    private static JsonNode? Convert(JsonNode? current, string value, string path, string at)
    {
        JsonValueKind kind = current?.GetValueKind() ?? JsonValueKind.Null;
        switch (kind)
        {
            case JsonValueKind.String:
                return JsonValue.Create(value);
            case JsonValueKind.Number when decimal.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out decimal number):
                return JsonValue.Create(number);
            case JsonValueKind.True or JsonValueKind.False when value is "true" or "false":
                return JsonValue.Create(value == "true");
            case JsonValueKind.Array or JsonValueKind.Object:
                try
                {
                    return JsonNode.Parse(value, documentOptions: ScenarioJson.Document);
                }
                catch (JsonException e)
                {
                    throw new InputException($"--set {path}: {at} takes a value written in JSON; '{value}' is not valid JSON ({ScenarioFile.FirstSentence(e.Message)})");
                }

            default:
                // A number or a boolean that the text is not, or an empty (null) field: the text is taken as JSON if it
                // reads as JSON (null, "text", [..]) and as a string if not, and the shape check says what was expected.
                try
                {
                    return JsonNode.Parse(value, documentOptions: ScenarioJson.Document);
                }
                catch (JsonException)
                {
                    return JsonValue.Create(value);
                }
        }
    }
}
