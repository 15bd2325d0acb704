using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Soc.Simulation.Scenarios;

/// <summary>
/// Applies <c>--set path=value</c> to a scenario's JSON before it is read: <c>call.budgetEur=30000</c>,
/// <c>call.budgetLines[0].share=0.5</c>. The path must exist and the value must be of the kind already there
/// (a number for a number, true/false for a boolean, any text for a string).
/// </summary>
public static class ScenarioOverrides
{
    public static void Apply(JsonNode root, string assignment)
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
    }

    private static (JsonNode Parent, string? Name, int Index, string At) Resolve(JsonNode root, string path)
    {
        string[] segments = Segments(path);
        JsonNode node = root;
        string at = "$";
        for (int s = 0; s < segments.Length; s++)
        {
            string segment = segments[s];
            bool last = s == segments.Length - 1;
            if (node is JsonObject obj)
            {
                if (!obj.ContainsKey(segment))
                {
                    throw new InputException(
                        $"--set {path}: {at} has no field '{segment}'; its fields are {string.Join(", ", obj.Select(kv => kv.Key))}");
                }

                if (last) return (obj, segment, -1, $"{at}.{segment}");
                node = obj[segment] ?? throw new InputException($"--set {path}: {at}.{segment} is null, it has no fields");
                at = $"{at}.{segment}";
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
            case JsonValueKind.Number:
                return decimal.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out decimal number)
                    ? JsonValue.Create(number)
                    : throw new InputException($"--set {path}: {at} is a number; got '{value}'");
            case JsonValueKind.True or JsonValueKind.False:
                return value is "true" or "false"
                    ? JsonValue.Create(value == "true")
                    : throw new InputException($"--set {path}: {at} is true or false; got '{value}'");
            case JsonValueKind.String:
                return JsonValue.Create(value);
            default:
                // A list, an object or an empty (null) field takes a JSON value of the right shape; the
                // scenario's own validation then says what it expected there.
                try
                {
                    JsonNode? parsed = JsonNode.Parse(value);
                    if (kind != JsonValueKind.Null && parsed?.GetValueKind() != kind)
                    {
                        throw new InputException($"--set {path}: {at} is a JSON {kind.ToString().ToLowerInvariant()}; got '{value}'");
                    }

                    return parsed;
                }
                catch (JsonException)
                {
                    return kind == JsonValueKind.Null
                        ? JsonValue.Create(value)
                        : throw new InputException($"--set {path}: {at} is a JSON {kind.ToString().ToLowerInvariant()}; got '{value}'");
                }
        }
    }
}
