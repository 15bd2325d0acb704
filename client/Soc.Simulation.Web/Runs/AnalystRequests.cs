using System.Globalization;
using System.Text.Json.Nodes;
using Soc.Simulation.Web.Scenarios;
using Soc.Simulation.Analysis.Planning;
using Soc.Simulation.Analysis.Projection;
using Soc.Simulation.Model;

namespace Soc.Simulation.Web.Runs;

/// <summary>The analysts' and managers' requests: a plan (socsim plan) and a projection (socsim project), checked before they are queued.</summary>
public sealed partial class RunRequests
{
    /// <summary>The command line's default for plan: 80 replicates, 40 parameter draws (see PlanCommand).</summary>
    public const int PlanReplicates = 80;

    /// <summary>The command line's default for project.</summary>
    public const int ProjectionReplicates = 100;

    /// <summary><c>{"scenario": id or JSON, "vary": path, "goal": goal, "range": "low:high", "accuracy": a, "replicates", "seed", "set", "uncertainty"}</c>.</summary>
    public RunInputs Plan(JsonNode? body)
    {
        JsonObject o = Body(body, ["scenario", "vary", "goal", "range", "accuracy", "replicates", "seed", "set", "uncertainty"]);
        (int replicates, ulong seed, bool uncertainty, string[] sets) = Common(o, PlanReplicates);
        ScenarioInput scenario = Scenario(o["scenario"], "$.scenario", sets, uncertainty);
        string vary = Word(o["vary"], "$.vary") ?? throw new InputException("$.vary: missing; expected the JSON path of a number in the scenario, e.g. call.budgetEur");
        string goal = Word(o["goal"], "$.goal") ?? throw new InputException("$.goal: missing; expected a goal such as refusal-risk<=0.1");
        return PlanInputs(scenario, new PlanSpec(vary, goal, Word(o["range"], "$.range"), Word(o["accuracy"], "$.accuracy")), replicates, seed, uncertainty);
    }

    /// <summary>A plan's inputs, checked as <c>socsim plan</c> checks its options (its messages name --vary, --goal, --range).</summary>
    public static RunInputs PlanInputs(ScenarioInput scenario, PlanSpec spec, int replicates, ulong seed, bool uncertainty)
    {
        var inputs = new RunInputs(RunInputs.Planning, [scenario], replicates, seed, uncertainty, Plan: spec);
        PlanRequestOf(inputs).Check();
        return inputs;
    }

    /// <summary>The engine's plan for stored inputs.</summary>
    public static PlanRequest PlanRequestOf(RunInputs inputs)
    {
        ScenarioInput s = inputs.Scenarios[0];
        PlanSpec p = inputs.Plan ?? throw new InvalidOperationException("a plan's inputs have no lever");
        return new PlanRequest(s.Json, s.Name ?? "scenario", s.Sets, inputs.Uncertainty, p.Vary, p.Goal, p.Range, p.Accuracy, inputs.Seed, inputs.Replicates);
    }

    /// <summary>The command line's defaults for design (see DesignCommand).</summary>
    public const int DesignReplicates = 80, DesignPopulation = 20, DesignGenerations = 8;

    /// <summary>
    /// <c>{"scenario": id or JSON, "levers": ["path=low:high", …], "objectives": ["max:kpi", …], "constraints": [ … ], "population": n,
    /// "generations": n, "replicates", "seed", "set", "uncertainty"}</c>.
    /// </summary>
    public RunInputs Design(JsonNode? body)
    {
        JsonObject o = Body(body, ["scenario", "levers", "objectives", "constraints", "population", "generations", "replicates", "seed", "set", "uncertainty"]);
        (int replicates, ulong seed, bool uncertainty, string[] sets) = Common(o, DesignReplicates);
        ScenarioInput scenario = Scenario(o["scenario"], "$.scenario", sets, uncertainty);
        var spec = new DesignSpec(Words(o["levers"], "$.levers", required: true), Words(o["objectives"], "$.objectives", required: true), Words(o["constraints"], "$.constraints", required: false),
            (int)Whole(o["population"], "$.population", 4, 1000, DesignPopulation), (int)Whole(o["generations"], "$.generations", 1, 1000, DesignGenerations));
        return DesignInputs(scenario, spec, replicates, seed, uncertainty);
    }

    /// <summary>A design's inputs, checked as <c>socsim design</c> checks its options (its messages name --lever, --objective, --constraint…).</summary>
    public static RunInputs DesignInputs(ScenarioInput scenario, DesignSpec spec, int replicates, ulong seed, bool uncertainty)
    {
        var inputs = new RunInputs(RunInputs.Designing, [scenario], replicates, seed, uncertainty, Design: spec);
        DesignRequestOf(inputs);
        return inputs;
    }

    /// <summary>The engine's design for stored inputs.</summary>
    public static Analysis.Design.DesignRequest DesignRequestOf(RunInputs inputs)
    {
        ScenarioInput s = inputs.Scenarios[0];
        DesignSpec d = inputs.Design ?? throw new InvalidOperationException("a design's inputs have no levers");
        return Analysis.Design.DesignRequest.Of(s.Json, s.Name ?? "scenario", s.Sets, inputs.Uncertainty, d.Levers, d.Objectives, d.Constraints, d.Population, d.Generations, inputs.Seed, inputs.Replicates);
    }

    /// <summary>An array of strings at <paramref name="at"/>.</summary>
    private static string[] Words(JsonNode? node, string at, bool required) => node switch
    {
        null when !required => [],
        JsonArray a when a.Count > 0 || !required => [.. a.Select((v, i) => Word(v, $"{at}[{i}]") ?? throw new InputException($"{at}[{i}]: expected a non-empty string"))],
        _ => throw new InputException($"{at}: expected an array of strings{(required ? ", at least one" : "")}, got {(node is null ? "nothing" : Kind(node))}"),
    };

    /// <summary>
    /// <c>{"register": id of a run whose register to use, "scenario": id (default 30plus-2023), "asOf": "YYYY-MM-DD", "replicates": N, "seed": S}</c>;
    /// returns the inputs and the register to store with the run.
    /// </summary>
    public (RunInputs Inputs, (string Name, byte[] Content) Register) Projection(JsonNode? body)
    {
        JsonObject o = Body(body, ["register", "scenario", "asOf", "replicates", "seed"]);
        string runId = Word(o["register"], "$.register") ?? throw new InputException("$.register: missing; expected the id of a run whose register to project (or post a multipart form with the file)");
        (string Name, byte[] Content) register = store.Register(runId) ?? throw new InputException($"$.register: no run '{runId}' with a register");
        string? csvLocale = store.Find(runId) is { } run ? RunInputs.FromJson(run.Inputs).RegisterOptions : null;
        int replicates = (int)Whole(o["replicates"], "$.replicates", 2, options.MaxReplicates, ProjectionReplicates);
        ulong seed = (ulong)Whole(o["seed"], "$.seed", 0, int.MaxValue, 1);
        DateOnly asOf = DateOf(Word(o["asOf"], "$.asOf"), "$.asOf");
        // Without a scenario, the call the register was replayed through.
        ScenarioInput scenario = Word(o["scenario"], "$.scenario") is { } id ? catalog.Resolve(id, [])
            : store.Find(runId) is { } source ? RunInputs.FromJson(source.Inputs).Scenarios[0] : catalog.Resolve("30plus-2023", []);
        return (Projection(scenario, register, csvLocale, asOf, replicates, seed), register);
    }

    /// <summary>A projection from a multipart form's text fields: <c>asOf</c>, <c>replicates</c>, <c>seed</c>, as the JSON request has them.</summary>
    public RunInputs Projection(string scenarioId, (string Name, byte[] Content) register, string? csvLocale, string? asOf, string? replicates, string? seed) =>
        Projection(catalog.Resolve(scenarioId, []), register, csvLocale, DateOf(asOf, "asOf"),
            (int)WholeText(replicates, "replicates", 2, options.MaxReplicates, ProjectionReplicates), (ulong)WholeText(seed, "seed", 0, int.MaxValue, 1));

    /// <summary>A projection's inputs: the call scenario, the register (read within the limits), the as-of day within the call.</summary>
    public RunInputs Projection(ScenarioInput scenario, (string Name, byte[] Content) register, string? csvLocale, DateOnly asOf, int replicates, ulong seed)
    {
        CallProjector.CheckAsOf(scenario.Read("scenario", true).Call, asOf);
        RegisterUpload.Read(register.Content, register.Name, csvLocale, options);
        return new RunInputs(RunInputs.Projection, [scenario], replicates, seed, true, RunInputs.Sha256(register.Content), csvLocale is "es" or "invariant" ? csvLocale : null,
            AsOf: asOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }

    private static DateOnly DateOf(string? raw, string at) =>
        DateOnly.TryParseExact(raw, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly d)
            ? d
            : throw new InputException($"{at}: expected a date YYYY-MM-DD, got '{raw}'");

    private static long WholeText(string? raw, string at, long min, long max, long fallback)
    {
        if (string.IsNullOrWhiteSpace(raw)) return fallback;
        if (long.TryParse(raw.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out long n) && n >= min && n <= max) return n;
        throw new InputException($"{at}: expected a whole number from {min.ToString("N0", CultureInfo.InvariantCulture)} to {max.ToString("N0", CultureInfo.InvariantCulture)}, got '{raw}'");
    }

    /// <summary>A text field, or a number written as the command line takes it (invariant); null when absent.</summary>
    private static string? Word(JsonNode? node, string at) => node switch
    {
        null => null,
        JsonValue v when v.TryGetValue(out string? s) => s.Trim(),
        JsonValue v when v.GetValueKind() == System.Text.Json.JsonValueKind.Number => v.ToJsonString(),
        _ => throw new InputException($"{at}: expected a string, got {Kind(node)}"),
    };
}
