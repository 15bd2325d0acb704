using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Soc.Simulation.Web.Hosting;
using Soc.Simulation.Web.Scenarios;
using Soc.Simulation.Web.Storage;
using Soc.Simulation.Model;

namespace Soc.Simulation.Web.Runs;

/// <summary>
/// Reads the API's request bodies into <see cref="RunInputs"/>, checking everything before a run is queued. Each
/// mistake is an <see cref="InputException"/> naming the JSON path and what was expected there, as the command line's.
/// </summary>
public sealed partial class RunRequests(ScenarioCatalog catalog, RunStore store, WebOptions options)
{
    /// <summary><c>{"scenario": id or JSON, "replicates": N, "seed": S, "set": {"path": value}, "uncertainty": true}</c>.</summary>
    public RunInputs Run(JsonNode? body)
    {
        JsonObject o = Body(body, ["scenario", "replicates", "seed", "set", "uncertainty"]);
        (int replicates, ulong seed, bool uncertainty, string[] sets) = Common(o, 20);
        ScenarioInput scenario = Scenario(o["scenario"], "$.scenario", sets, uncertainty);
        if (!scenario.Read("scenario", uncertainty).IsSimulation)
        {
            throw new InputException("$.scenario: this scenario has only a call (no population, services, employers…): replay a register with it instead");
        }

        return new RunInputs(RunInputs.Experiment, [scenario], replicates, seed, uncertainty);
    }

    /// <summary><c>{"base": id or JSON, "alternatives": [{"name": …, "scenario": id or JSON (default: the base), "set": {…}}], …}</c>.</summary>
    public RunInputs Compare(JsonNode? body)
    {
        JsonObject o = Body(body, ["base", "alternatives", "replicates", "seed", "set", "uncertainty"]);
        (int replicates, ulong seed, bool uncertainty, string[] sets) = Common(o, 20);
        ScenarioInput baseInput = Scenario(o["base"], "$.base", sets, uncertainty);
        if (o["alternatives"] is not JsonArray { Count: > 0 } alternatives)
        {
            throw new InputException("$.alternatives: expected an array of at least one alternative {\"name\": …, \"set\": {\"path\": value}}");
        }

        var scenarios = new List<ScenarioInput> { baseInput };
        for (int i = 0; i < alternatives.Count; i++)
        {
            string at = $"$.alternatives[{i}]";
            JsonObject alt = alternatives[i] as JsonObject ?? throw new InputException($"{at}: expected an object {{\"name\": …, \"set\": {{…}}}}");
            Known(alt, at, ["name", "scenario", "set"]);
            string name = Text(alt["name"], $"{at}.name") ?? $"alternative {i + 1}";
            string[] altSets = [.. sets, .. Sets(alt["set"], $"{at}.set")];
            ScenarioInput input = alt["scenario"] is null
                ? baseInput with { Name = name, Sets = altSets }
                : Scenario(alt["scenario"], $"{at}.scenario", altSets, uncertainty) with { Name = name };
            input.Read(at, uncertainty);
            scenarios.Add(input);
        }

        foreach ((ScenarioInput s, int i) in scenarios.Select((s, i) => (s, i)))
        {
            if (!s.Read("scenario", uncertainty).IsSimulation) throw new InputException($"{(i == 0 ? "$.base" : $"$.alternatives[{i - 1}]")}: this scenario has no population, services… to simulate");
        }

        return new RunInputs(RunInputs.Comparison, scenarios, replicates, seed, uncertainty);
    }

    /// <summary>A register replayed through a scenario's call; the register is read (and limited) before it is queued.</summary>
    public RunInputs Replay(string scenarioId, byte[] register, string registerName, string? csvLocale)
    {
        ScenarioInput scenario = catalog.Resolve(scenarioId, []);
        scenario.Read(scenarioId, true);
        RegisterUpload.Read(register, registerName, csvLocale, options);
        return new RunInputs(RunInputs.Replay, [scenario], 0, 0, true, RunInputs.Sha256(register), csvLocale is "es" or "invariant" ? csvLocale : null);
    }

    /// <summary>A scenario by id (shipped or saved) or as JSON; its errors are the command line's, at this path.</summary>
    public ScenarioInput Scenario(JsonNode? node, string at, IReadOnlyList<string> sets, bool uncertainty) => node switch
    {
        JsonValue v when v.TryGetValue(out string? id) => Checked(catalog.Resolve(id, sets), id, uncertainty),
        JsonObject obj => ScenarioCatalog.Inline(obj.ToJsonString(), sets, uncertainty),
        null => throw new InputException($"{at}: missing; expected a scenario's name ({string.Join(", ", catalog.All().Select(s => s.Id))}) or its JSON"),
        _ => throw new InputException($"{at}: expected a scenario's name (a string) or its JSON (an object), got {Kind(node)}"),
    };

    private static ScenarioInput Checked(ScenarioInput input, string id, bool uncertainty)
    {
        input.Read(id, uncertainty);
        return input;
    }

    private (int Replicates, ulong Seed, bool Uncertainty, string[] Sets) Common(JsonObject o, int defaultReplicates)
    {
        int replicates = (int)Whole(o["replicates"], "$.replicates", 2, options.MaxReplicates, defaultReplicates);
        ulong seed = (ulong)Whole(o["seed"], "$.seed", 0, int.MaxValue, 1);
        bool uncertainty = o["uncertainty"] switch
        {
            null => true,
            JsonValue v when v.TryGetValue(out bool b) => b,
            JsonNode n => throw new InputException($"$.uncertainty: expected true or false, got {Kind(n)}"),
        };
        return (replicates, seed, uncertainty, Sets(o["set"], "$.set"));
    }

    /// <summary><c>{"call.budgetEur": 3000000}</c> as the command line's <c>--set call.budgetEur=3000000</c>, in the object's order.</summary>
    public static string[] Sets(JsonNode? node, string at) => node switch
    {
        null => [],
        JsonObject o => [.. o.Select(kv => $"{kv.Key}={SetValue(kv.Value)}")],
        _ => throw new InputException($"{at}: expected an object of JSON path → value, e.g. {{\"call.budgetEur\": 3000000}}, got {Kind(node)}"),
    };

    private static string SetValue(JsonNode? value) => value switch
    {
        JsonValue v when v.TryGetValue(out string? s) => s,
        null => "null",
        _ => value.ToJsonString(),
    };

    private static JsonObject Body(JsonNode? body, string[] fields)
    {
        JsonObject o = body as JsonObject ?? throw new InputException("$: expected a JSON object");
        Known(o, "$", fields);
        return o;
    }

    private static void Known(JsonObject o, string at, string[] fields)
    {
        foreach (string key in o.Select(kv => kv.Key).Where(k => !fields.Contains(k)))
        {
            throw new InputException($"{at}: unknown field '{key}'; the fields are {string.Join(", ", fields)}");
        }
    }

    private static string? Text(JsonNode? node, string at) => node switch
    {
        null => null,
        JsonValue v when v.TryGetValue(out string? s) && s.Trim().Length is > 0 and <= 80 => s.Trim(),
        _ => throw new InputException($"{at}: expected a name of 1 to 80 characters"),
    };

    private static long Whole(JsonNode? node, string at, long min, long max, long fallback)
    {
        if (node is null) return fallback;
        if (node is JsonValue v && v.TryGetValue(out long n) && n >= min && n <= max) return n;
        throw new InputException($"{at}: expected a whole number from {min.ToString("N0", CultureInfo.InvariantCulture)} to {max.ToString("N0", CultureInfo.InvariantCulture)}, got {node.ToJsonString()}");
    }

    private static string Kind(JsonNode node) => node.GetValueKind() switch
    {
        JsonValueKind.Array => "an array",
        JsonValueKind.Object => "an object",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        _ => node.ToJsonString(),
    };
}
