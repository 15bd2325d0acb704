using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Json.Schema;
using Soc.Simulation.Abstractions.Scenarios;
using Soc.Simulation.Model.Scenarios;
using Soc.Simulation.Model.Employers;

namespace Soc.Simulation.Tests.Scenarios;

/// <summary>
/// scenarios/scenario.schema.json (for editors), the records (what socsim reads) and the validator's key lists
/// must say the same thing: the shipped scenarios pass the schema, and at every object level the schema has the
/// fields, required fields and JSON types that System.Text.Json's contract has.
/// </summary>
public class ScenarioSchemaTests
{
    private static readonly string Folder = Path.Combine(TestPaths.Root, "scenarios");
    private static readonly string SchemaText = File.ReadAllText(Path.Combine(Folder, "scenario.schema.json"));
    private static readonly JsonObject SchemaTree = JsonNode.Parse(SchemaText)!.AsObject();

    // Built once: JsonSchema.Net registers every schema it builds, by its base URI.
    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromText(SchemaText));

    private static readonly EvaluationOptions Evaluation = new() { OutputFormat = OutputFormat.List, RequireFormatValidation = true };

    /// <summary>Maps whose keys the records leave free but the validator fixes, by path: the schema must list exactly these.</summary>
    private static readonly Dictionary<string, (string[] Keys, bool AllRequired)> FixedKeys = new(StringComparer.Ordinal)
    {
        ["$.population.ageBands"] = (ProfileNames.AgeBands, true),
        ["$.population.education"] = (ProfileNames.Education, true),
        ["$.behaviour.monthlyJobHazard"] = (ProfileNames.AgeBands, true),
        ["$.behaviour.educationMultiplier"] = (ProfileNames.Education, true),
        // A type left out of countByType has no employers (SimulationValidator), so none is required.
        ["$.employers.countByType"] = (EmployerTypeNames.Expected.Split(" | "), false),
    };

    public static TheoryData<string> ShippedScenarios() =>
        [.. Directory.GetFiles(Folder, "*.json").Select(f => Path.GetFileName(f)).Where(f => f != "scenario.schema.json").Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(ShippedScenarios))]
    public void Shipped_scenario_is_valid_against_the_schema(string file)
    {
        // The files are JSONC: reading them with comments skipped and writing them back strips the comments.
        string json = JsonNode.Parse(File.ReadAllText(Path.Combine(Folder, file)), documentOptions: ScenarioJson.Document)!.ToJsonString();
        Assert.Equal([], Failures(json));
    }

    [Fact]
    public void The_schema_refuses_what_socsim_refuses()
    {
        string json = JsonNode.Parse(File.ReadAllText(TestPaths.Baseline), documentOptions: ScenarioJson.Document)!.ToJsonString();
        Assert.NotEmpty(Failures(json.Replace("\"budgetEur\":", "\"budgetEu\":", StringComparison.Ordinal)));
        Assert.NotEmpty(Failures(json.Replace("\"awardOrder\":\"strict\"", "\"awardOrder\":\"fast\"", StringComparison.Ordinal)));
        Assert.NotEmpty(Failures(json.Replace("\"hiringEnd\":\"2023-04-01\"", "\"hiringEnd\":\"2023-02-30\"", StringComparison.Ordinal)));
    }

    [Fact]
    public void Schema_and_records_have_the_same_fields_required_fields_and_types_at_every_level()
    {
        var drift = new List<string>();
        Compare(SchemaTree, typeof(Scenario), nullable: false, "$", drift);
        Assert.Equal([], drift);
    }

    /// <summary>Every type the records use is one the shape check knows, so none is let through unchecked.</summary>
    [Fact]
    public void Every_leaf_type_of_the_records_is_checked_by_the_shape_check() =>
        Assert.Equal([], ScenarioContract.Reachable(typeof(Scenario))
            .Where(t => ScenarioContract.Info(t).Kind == JsonTypeInfoKind.None && !JsonKinds.IsKnownLeaf(t))
            .Select(t => t.Name));

    private static List<string> Failures(string json)
    {
        using JsonDocument document = JsonDocument.Parse(json);
        EvaluationResults results = Schema.Value.Evaluate(document.RootElement, Evaluation);
        return results.IsValid
            ? []
            : [.. (results.Details ?? []).Where(d => d.Errors is { Count: > 0 })
                .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}"))];
    }

    private static void Compare(JsonNode schemaNode, Type type, bool nullable, string path, List<string> drift)
    {
        (JsonObject schema, bool schemaNullable) = Resolve(schemaNode);
        if (schemaNullable != nullable)
        {
            drift.Add($"{path}: the records {(nullable ? "allow" : "refuse")} null, the schema {(schemaNullable ? "allows" : "refuses")} it");
        }

        type = Nullable.GetUnderlyingType(type) ?? type;
        JsonTypeInfo info = ScenarioContract.Info(type);
        switch (info.Kind)
        {
            case JsonTypeInfoKind.Object:
                CompareObject(schema, type, path, drift);
                break;
            case JsonTypeInfoKind.Enumerable:
                ExpectType(schema, "array", path, drift);
                if (schema["items"] is JsonNode items) Compare(items, info.ElementType!, nullable: false, $"{path}[]", drift);
                else drift.Add($"{path}: the schema does not say what the list holds");
                break;
            case JsonTypeInfoKind.Dictionary:
                CompareDictionary(schema, info, path, drift);
                break;
            default:
                CompareLeaf(schema, type, path, drift);
                break;
        }
    }

    private static void CompareObject(JsonObject schema, Type type, string path, List<string> drift)
    {
        ExpectType(schema, "object", path, drift);
        IReadOnlyList<ContractField> fields = ScenarioContract.Fields(type);
        JsonObject properties = schema["properties"]?.AsObject() ?? [];
        // "$schema" is for editors, and socsim removes it from the top level before reading.
        SameNames(path, "fields", [.. fields.Select(f => f.Name)], [.. properties.Select(p => p.Key).Where(k => !(path == "$" && k == "$schema"))], drift);
        SameNames(path, "required fields", [.. fields.Where(f => f.IsRequired).Select(f => f.Name)], Names(schema["required"]), drift);
        ClosedObject(schema, path, drift);
        foreach (ContractField field in fields)
        {
            if (properties[field.Name] is JsonNode property) Compare(property, field.Type, field.IsNullable, $"{path}.{field.Name}", drift);
        }
    }

    private static void CompareDictionary(JsonObject schema, JsonTypeInfo info, string path, List<string> drift)
    {
        ExpectType(schema, "object", path, drift);
        (string[] Keys, bool AllRequired)? keys = ScenarioContract.EnumKeys(info) is { } enumType
            ? ([.. ScenarioContract.EnumNames(enumType)], true)
            : FixedKeys.TryGetValue(path, out var fixedKeys) ? fixedKeys : null;
        if (keys is null)
        {
            // Free keys (districts): every value is checked by additionalProperties.
            if (schema["additionalProperties"] is JsonObject values) Compare(values, info.ElementType!, nullable: false, $"{path}.*", drift);
            else drift.Add($"{path}: the records take any key, the schema {(schema["properties"] is null ? "does not say what the values are" : "fixes the keys (add it to FixedKeys if the validator does)")}");
            return;
        }

        JsonObject properties = schema["properties"]?.AsObject() ?? [];
        SameNames(path, "keys", keys.Value.Keys, [.. properties.Select(p => p.Key)], drift);
        SameNames(path, "required keys", keys.Value.AllRequired ? keys.Value.Keys : [], Names(schema["required"]), drift);
        ClosedObject(schema, path, drift);
        foreach ((string key, JsonNode? value) in properties)
        {
            Compare(value!, info.ElementType!, nullable: false, $"{path}.{key}", drift);
        }
    }

    private static void CompareLeaf(JsonObject schema, Type type, string path, List<string> drift)
    {
        string jsonType = type == typeof(string) || type == typeof(DateOnly) || type.IsEnum ? "string"
            : type == typeof(bool) ? "boolean"
            : type == typeof(int) || type == typeof(long) ? "integer"
            : "number";
        ExpectType(schema, jsonType, path, drift);
        if (type == typeof(DateOnly) && schema["format"]?.GetValue<string>() != "date")
        {
            drift.Add($"{path}: the records take a date, the schema has no \"format\": \"date\"");
        }

        if (type.IsEnum) SameNames(path, "values", [.. ScenarioContract.EnumNames(type)], Names(schema["enum"]), drift);
    }

    private static void ExpectType(JsonObject schema, string jsonType, string path, List<string> drift)
    {
        string? actual = schema["type"]?.GetValue<string>();
        if (actual != jsonType) drift.Add($"{path}: the records take {jsonType}, the schema {(actual is null ? "gives no type" : "says " + actual)}");
    }

    private static void ClosedObject(JsonObject schema, string path, List<string> drift)
    {
        if (schema["additionalProperties"]?.GetValueKind() != JsonValueKind.False)
        {
            drift.Add($"{path}: socsim refuses unknown fields, the schema lacks \"additionalProperties\": false");
        }
    }

    private static void SameNames(string path, string what, IReadOnlyCollection<string> records, IReadOnlyCollection<string> schema, List<string> drift)
    {
        string[] onlyRecords = [.. records.Except(schema)], onlySchema = [.. schema.Except(records)];
        if (onlyRecords.Length > 0) drift.Add($"{path}: {what} in the records, not in the schema: {string.Join(", ", onlyRecords)}");
        if (onlySchema.Length > 0) drift.Add($"{path}: {what} in the schema, not in the records: {string.Join(", ", onlySchema)}");
    }

    private static string[] Names(JsonNode? array) => array is JsonArray a ? [.. a.Select(n => n!.GetValue<string>())] : [];

    /// <summary>The schema a node stands for, through "$ref" and a nullable "anyOf" [schema, {"type": "null"}].</summary>
    private static (JsonObject Schema, bool Nullable) Resolve(JsonNode node)
    {
        JsonObject schema = node.AsObject();
        bool nullable = false;
        while (true)
        {
            if (schema["$ref"]?.GetValue<string>() is { } reference)
            {
                string name = reference.StartsWith("#/$defs/", StringComparison.Ordinal) ? reference["#/$defs/".Length..] : throw new InvalidOperationException(reference);
                schema = SchemaTree["$defs"]![name]!.AsObject();
            }
            else if (schema["anyOf"] is JsonArray branches)
            {
                nullable |= branches.Any(b => b!["type"]?.GetValue<string>() == "null");
                schema = branches.Single(b => b!["type"]?.GetValue<string>() != "null")!.AsObject();
            }
            else
            {
                return (schema, nullable);
            }
        }
    }
}
