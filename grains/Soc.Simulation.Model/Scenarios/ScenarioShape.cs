using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using System.Text.RegularExpressions;
using Soc.Simulation.Abstractions.Scenarios;

namespace Soc.Simulation.Model.Scenarios;

/// <summary>One wrong field, unknown key or missing field of a scenario's JSON, at its JSON path.</summary>
public sealed record ShapeError(string Path, string Message)
{
    public override string ToString() => $"{Path}: {Message}";
}

/// <summary>
/// Checks a scenario's JSON against the contract System.Text.Json reads it with (<see cref="ScenarioContract"/>)
/// before it is deserialized, and says every problem at once in the user's words: the JSON path, and what is
/// expected there as a JSON type ("a whole number", "one of strict | skip_to_fit"). Deserializing JSON that passes
/// cannot fail; it is a little stricter than System.Text.Json where that reader would take what the records cannot
/// use (null inside a list, an enum key in another case, the read-only isSimulation).
/// </summary>
public static partial class ScenarioShape
{
    public static IReadOnlyList<ShapeError> Errors(JsonNode root)
    {
        var errors = new List<ShapeError>();
        Check(root, typeof(Scenario), nullable: false, "$", errors);
        return errors;
    }

    private static void Check(JsonNode? node, Type type, bool nullable, string path, List<ShapeError> errors)
    {
        if (node is null)
        {
            if (!nullable) errors.Add(new(path, $"expected {JsonKinds.Expected(type)}, got null"));
            return;
        }

        JsonTypeInfo info = ScenarioContract.Info(Nullable.GetUnderlyingType(type) ?? type);
        switch (info.Kind)
        {
            case JsonTypeInfoKind.Object when node is JsonObject obj:
                CheckObject(obj, info.Type, path, errors);
                break;
            case JsonTypeInfoKind.Enumerable when node is JsonArray array:
                for (int i = 0; i < array.Count; i++)
                {
                    Check(array[i], info.ElementType!, ItemsMayBeNull(info.ElementType!), $"{path}[{i}]", errors);
                }

                break;
            case JsonTypeInfoKind.Dictionary when node is JsonObject map:
                CheckDictionary(map, info, path, errors);
                break;
            case JsonTypeInfoKind.Object or JsonTypeInfoKind.Enumerable or JsonTypeInfoKind.Dictionary:
                errors.Add(new(path, $"expected {JsonKinds.Expected(type, nullable)}, got {JsonKinds.Got(node)}"));
                break;
            default:
                if (JsonKinds.Mismatch(node, type, nullable) is { } message) errors.Add(new(path, message));
                break;
        }
    }

    private static void CheckObject(JsonObject obj, Type type, string path, List<ShapeError> errors)
    {
        IReadOnlyList<ContractField> fields = ScenarioContract.Fields(type);
        string[] names = [.. fields.Select(f => f.Name)];
        var suggested = new HashSet<string>(StringComparer.Ordinal);
        foreach ((string key, JsonNode? child) in obj)
        {
            // Matched as System.Text.Json matches them: by exact, case-sensitive name.
            ContractField? field = fields.FirstOrDefault(f => f.Name == key);
            if (field is null)
            {
                string? closest = NameSuggestion.Closest(key, names);
                if (closest is not null) suggested.Add(closest);
                errors.Add(new(Child(path, key), Unknown("field", closest, names, path)));
            }
            else
            {
                Check(child, field.Type, field.IsNullable, Child(path, key), errors);
            }
        }

        // A typo is one mistake: "budgetEu: did you mean budgetEur?" already says that budgetEur is missing.
        foreach (ContractField missing in fields.Where(f => f.IsRequired && !obj.ContainsKey(f.Name) && !suggested.Contains(f.Name)))
        {
            errors.Add(new(path, $"missing field '{missing.Name}' ({JsonKinds.Expected(missing.Type, missing.IsNullable)})"));
        }
    }

    private static void CheckDictionary(JsonObject map, JsonTypeInfo info, string path, List<ShapeError> errors)
    {
        IReadOnlyList<string>? keys = ScenarioContract.EnumKeys(info) is { } keyType ? ScenarioContract.EnumNames(keyType) : null;
        foreach ((string key, JsonNode? value) in map)
        {
            // An enum-keyed map (employerTypeLines) takes the enum's JSON spellings only; the reader would also take
            // "Company", but nothing else in a scenario is spelled that way.
            if (keys is not null && !keys.Contains(key))
            {
                errors.Add(new(Child(path, key), Unknown("key", NameSuggestion.Closest(key, keys), keys, path)));
                continue;
            }

            Check(value, info.ElementType!, ItemsMayBeNull(info.ElementType!), Child(path, key), errors);
        }
    }

    /// <summary>"unknown key (did you mean company?); the keys of $.x are …": also the validator's words for the maps
    /// whose keys only it knows (ageBands, education).</summary>
    internal static string Unknown(string what, string? closest, IReadOnlyList<string> known, string parentPath)
    {
        string hint = closest is null ? "" : $" (did you mean {closest}?)";
        return $"unknown {what}{hint}; the {what}s of {parentPath} are {string.Join(", ", known)}";
    }

    // Nullable annotations on list items and dictionary values are lost at run time, so System.Text.Json would put a
    // null into a list of strings that no code expects: only an explicit Nullable<T> item may be null.
    private static bool ItemsMayBeNull(Type itemType) => Nullable.GetUnderlyingType(itemType) is not null;

    /// <summary>The JSON path of a key: $.call.budgetEur, or $['two words'] for a key that is not a plain name.</summary>
    internal static string Child(string path, string key) =>
        PlainKey().IsMatch(key) ? $"{path}.{key}" : $"{path}['{key.Replace("'", "\\'", StringComparison.Ordinal)}']";

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex PlainKey();
}
