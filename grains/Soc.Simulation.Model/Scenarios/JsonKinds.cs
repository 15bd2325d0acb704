using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using System.Text.RegularExpressions;
using Soc.Simulation.Abstractions.Scenarios;

namespace Soc.Simulation.Model.Scenarios;

/// <summary>
/// The words for what a scenario field takes ("a whole number", "a date YYYY-MM-DD", "one of strict | skip_to_fit")
/// and for what was found there, and the test of a single value against its C# type. A planner reads these,
/// so no .NET type name ever appears.
/// </summary>
internal static partial class JsonKinds
{
    private const int LongestShownValue = 40;

    /// <summary>What a field of this type takes, with "null or " in front when null is allowed.</summary>
    public static string Expected(Type type, bool nullable) => nullable ? "null or " + Expected(type) : Expected(type);

    public static string Expected(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(string)) return "a string";
        if (type == typeof(bool)) return "true or false";
        if (type == typeof(DateOnly)) return "a date YYYY-MM-DD";
        if (type.IsEnum) return "one of " + string.Join(" | ", ScenarioContract.EnumNames(type));
        if (WholeRange(type) is not null) return "a whole number";
        if (type == typeof(decimal) || type == typeof(double) || type == typeof(float)) return "a number";
        JsonTypeInfo info = ScenarioContract.Info(type);
        return info.Kind switch
        {
            JsonTypeInfoKind.Enumerable => "a list",
            JsonTypeInfoKind.Dictionary when ScenarioContract.EnumKeys(info) is { } keys =>
                "an object whose keys are " + string.Join(", ", ScenarioContract.EnumNames(keys)),
            JsonTypeInfoKind.Object or JsonTypeInfoKind.Dictionary => "an object",
            _ => "a value",
        };
    }

    /// <summary>True for the leaf types this file knows how to check; a field of any other type is not checked.</summary>
    public static bool IsKnownLeaf(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        return type == typeof(string) || type == typeof(bool) || type == typeof(DateOnly) || type.IsEnum || WholeRange(type) is not null
            || type == typeof(decimal) || type == typeof(double) || type == typeof(float);
    }

    /// <summary>Null when the (non-null) value fits a leaf type; otherwise "expected …, got …".</summary>
    public static string? Mismatch(JsonNode node, Type type, bool nullable) =>
        Check(node, Nullable.GetUnderlyingType(type) ?? type) is { } p
            ? $"expected {Expected(type, nullable)}{p.ExpectedNote}, got {Got(node)}{p.GotNote}"
            : null;

    /// <summary>A value as the user wrote it: a string in quotes (shortened when long), a number or literal as is, "an object", "a list".</summary>
    public static string Got(JsonNode? node) => node switch
    {
        null => "null",
        JsonObject => "an object",
        JsonArray => "a list",
        _ when node.GetValueKind() == JsonValueKind.String => Quote(node.GetValue<string>()),
        _ => node.ToJsonString(),
    };

    /// <summary>
    /// System.Text.Json's message with every .NET type name replaced by the JSON words for it ("could not be
    /// converted to System.Decimal" becomes "… to a number"). Only for errors the shape check did not foresee.
    /// </summary>
    public static string WithoutTypeNames(string message)
    {
        Dictionary<string, string> words = ScenarioContract.Reachable(typeof(Scenario))
            .SelectMany(t => new[] { (Name: t.ToString(), Words: Expected(t)), (Name: t.FullName ?? t.Name, Words: Expected(t)) })
            .DistinctBy(x => x.Name)
            .ToDictionary(x => x.Name, x => x.Words, StringComparer.Ordinal);
        string named = TypeName().Replace(message, m => words.GetValueOrDefault(m.Groups["name"].Value, "a value"));
        return named.Replace("for type a", "for a", StringComparison.Ordinal);
    }

    // A dotted, namespaced .NET name, generic arguments and all (System.Collections.Generic.IReadOnlyList`1[System.String]),
    // with the quotes System.Text.Json sometimes puts around it.
    [GeneratedRegex(@"'?(?<name>\b(?:System|Soc|Microsoft)(?:\.[\w+]+)+(?:`\d+\[[^'\s]*\])?)'?")]
    private static partial Regex TypeName();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$")]
    private static partial Regex DateLike();

    private static string Quote(string text) =>
        "\"" + (text.Length > LongestShownValue ? text[..LongestShownValue] + "…" : text) + "\"";

    /// <summary>Why a value does not fit: a note on what was expected ("from 0 to 255") or on what was found ("(no such date)").</summary>
    private readonly record struct Problem(string ExpectedNote = "", string GotNote = "");

    private static readonly Problem WrongKind = new();

    private static Problem? Check(JsonNode node, Type type)
    {
        JsonValueKind kind = node.GetValueKind();
        if (type == typeof(string)) return kind == JsonValueKind.String ? null : WrongKind;
        if (type == typeof(bool)) return kind is JsonValueKind.True or JsonValueKind.False ? null : WrongKind;
        if (type == typeof(DateOnly)) return kind == JsonValueKind.String ? DateProblem(node.GetValue<string>()) : WrongKind;
        if (type.IsEnum) return kind == JsonValueKind.String && ScenarioContract.EnumNames(type).Contains(node.GetValue<string>()) ? null : WrongKind;
        if (kind != JsonValueKind.Number) return IsKnownLeaf(type) ? WrongKind : null;

        // Checked on the number's JSON text, which is what System.Text.Json reads: 6.0 is not a whole number there.
        // (A value read from the file is a JsonElement and has its text; one written by --set is written out.)
        string text = node is JsonValue value && value.TryGetValue(out JsonElement element) ? element.GetRawText() : node.ToJsonString();
        if (WholeRange(type) is { } range) return WholeProblem(text, range);
        return type == typeof(decimal) || type == typeof(double) || type == typeof(float) ? NumberProblem(text, type) : null;
    }

    private static Problem? DateProblem(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _) ? null
        : DateLike().IsMatch(text) ? new Problem(GotNote: " (no such date)")
        : WrongKind;

    private static Problem? WholeProblem(string text, (decimal Min, decimal Max) range)
    {
        if (!text.All(c => char.IsAsciiDigit(c) || c == '-')) return WrongKind;
        return decimal.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out decimal v) && v >= range.Min && v <= range.Max
            ? null
            : new Problem(ExpectedNote: $" from {range.Min} to {range.Max}");
    }

    private static Problem? NumberProblem(string text, Type type)
    {
        bool fits = type == typeof(decimal)
            ? decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _)
            : double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double d) && double.IsFinite(type == typeof(float) ? (float)d : d);
        return fits ? null : new Problem(GotNote: " (too large)");
    }

    private static (decimal Min, decimal Max)? WholeRange(Type type) => type switch
    {
        _ when type == typeof(int) => (int.MinValue, int.MaxValue),
        _ when type == typeof(long) => (long.MinValue, long.MaxValue),
        _ when type == typeof(short) => (short.MinValue, short.MaxValue),
        _ when type == typeof(byte) => (byte.MinValue, byte.MaxValue),
        _ when type == typeof(uint) => (uint.MinValue, uint.MaxValue),
        _ when type == typeof(ulong) => (ulong.MinValue, ulong.MaxValue),
        _ when type == typeof(ushort) => (ushort.MinValue, ushort.MaxValue),
        _ when type == typeof(sbyte) => (sbyte.MinValue, sbyte.MaxValue),
        _ => null,
    };
}
