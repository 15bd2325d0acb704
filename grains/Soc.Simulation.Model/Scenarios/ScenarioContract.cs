using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Soc.Simulation.Model.Scenarios;

/// <summary>One field of a JSON object in the scenario contract: its JSON name, C# type, and whether it must be given or may be null.</summary>
internal sealed record ContractField(string Name, Type Type, bool IsRequired, bool IsNullable);

/// <summary>
/// The scenario's JSON contract as System.Text.Json itself builds it from the records with
/// <see cref="ScenarioJson.Options"/>: field names, types, required and nullable fields, enum spellings. The shape
/// check, its messages and the schema tests read it from here, so none of them can drift from the records.
/// </summary>
internal static class ScenarioContract
{
    private static readonly ConcurrentDictionary<Type, IReadOnlyList<ContractField>> FieldCache = new();
    private static readonly ConcurrentDictionary<Type, IReadOnlyList<string>> EnumCache = new();

    public static JsonTypeInfo Info(Type type) => ScenarioJson.Options.GetTypeInfo(type);

    /// <summary>The fields System.Text.Json reads into an object type, in declaration order.</summary>
    public static IReadOnlyList<ContractField> Fields(Type type) => FieldCache.GetOrAdd(type, t =>
        [.. Info(t).Properties
            // A get-only property (Scenario.IsSimulation) is written but never read: in a file it would be ignored
            // without a word, so it is not a field a user can give.
            .Where(p => p.Set is not null || p.AssociatedParameter is not null)
            .Select(p => new ContractField(p.Name, p.PropertyType, p.IsRequired, p.IsSetNullable || Nullable.GetUnderlyingType(p.PropertyType) is not null))]);

    /// <summary>An enum's values as the JSON converter writes them (snake_case: "skip_to_fit").</summary>
    public static IReadOnlyList<string> EnumNames(Type enumType) => EnumCache.GetOrAdd(enumType, t =>
        [.. Enum.GetValues(t).Cast<object>().Select(v => JsonSerializer.SerializeToNode(v, t, ScenarioJson.Options)!.GetValue<string>())]);

    /// <summary>The enum type of a dictionary's keys (employerTypeLines), or null when any key is allowed.</summary>
    public static Type? EnumKeys(JsonTypeInfo info) =>
        info.Kind == JsonTypeInfoKind.Dictionary && info.KeyType is { IsEnum: true } key ? key : null;

    /// <summary>Every type reachable from <paramref name="root"/> through fields, list items and dictionary keys and values.</summary>
    public static IReadOnlyList<Type> Reachable(Type root)
    {
        var seen = new List<Type>();
        var queue = new Queue<Type>([root]);
        while (queue.TryDequeue(out Type? type))
        {
            type = Nullable.GetUnderlyingType(type) ?? type;
            if (seen.Contains(type)) continue;
            seen.Add(type);
            JsonTypeInfo info = Info(type);
            Type?[] next = info.Kind switch
            {
                JsonTypeInfoKind.Object => [.. Fields(type).Select(f => f.Type)],
                JsonTypeInfoKind.Enumerable => [info.ElementType],
                JsonTypeInfoKind.Dictionary => [info.KeyType, info.ElementType],
                _ => [],
            };
            foreach (Type t in next.OfType<Type>())
            {
                queue.Enqueue(t);
            }
        }

        return seen;
    }
}
