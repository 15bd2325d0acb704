using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Soc.Simulation.Analysis.Summaries;
using Soc.Simulation.Abstractions.Scenarios;
using Soc.Simulation.Model.Scenarios;
using Soc.Simulation.Abstractions.Simulation;
using Soc.Simulation.Model.Simulation;
using Soc.Simulation.Model;

namespace Soc.Simulation.Analysis.Screening;

/// <summary>What the sensitivity analysis did with a parameter.</summary>
public enum SensitivityStatus
{
    /// <summary>Run at both ends and ranked.</summary>
    Ranked,

    /// <summary>Its base value is 0: a relative change leaves it at 0, so it gets no swing.</summary>
    ZeroBase,

    /// <summary>A whole number whose low and high values round to the same number.</summary>
    SameWhenRounded,

    /// <summary>Moved to its low or high value, the scenario fails validation.</summary>
    Invalid,
}

/// <summary>
/// What to analyse: the scenario file's text (and its name, for messages) with the <c>--set</c> overrides of the base,
/// the parameters by JSON path (null or empty: <see cref="Sensitivity.DefaultParameters"/>), the relative change
/// δ, the KPI, and the seed and replicates of every evaluation.
/// </summary>
public sealed record SensitivityRequest(
    string ScenarioJson,
    string File,
    IReadOnlyList<string> Overrides,
    IReadOnlyList<string>? Parameters,
    decimal Delta,
    string Kpi,
    ulong Seed,
    int Replicates,
    bool Uncertainty = true);

/// <summary>
/// One evaluation to run: the scenario's replicates, always with the plan's seed (common random numbers).
/// <see cref="Index"/> is 0 for the base, then in plan order, out of <see cref="Total"/>; <see cref="Label"/> says
/// what it is ("base", or the parameter path and "low" or "high").
/// </summary>
public sealed record SensitivityRun(int Index, int Total, string Label, Scenario Scenario, ulong Seed, int Replicates);

/// <summary>A parameter as planned: its base, low and high values and, when it is run, the two scenarios.</summary>
public sealed record PlannedParameter(
    string Path,
    bool WholeNumber,
    decimal BaseValue,
    decimal LowValue,
    decimal HighValue,
    SensitivityStatus Status,
    string? Note,
    Scenario? Low,
    Scenario? High);

/// <summary>
/// One parameter's effect on the KPI: the KPI's mean with the parameter at value × (1 − δ) and × (1 + δ), the
/// swing (high − low, the mean of the per-replicate paired differences) with its 95% t-interval, and the
/// elasticity (relative change of the KPI ÷ relative change of the parameter, from the base KPI). NaN (null in
/// JSON) for a parameter that was not run.
/// </summary>
public sealed record ParameterSensitivity(
    int? Rank,
    string Path,
    bool WholeNumber,
    decimal BaseValue,
    decimal LowValue,
    decimal HighValue,
    SensitivityStatus Status,
    string? Note,
    double KpiLow,
    double KpiHigh,
    double Swing,
    double Ci95Low,
    double Ci95High,
    double Elasticity);

/// <summary>
/// What sensitivity.json holds: the one-at-a-time ranking by |swing| (or, with the Morris method, the ranking by μ* in
/// <see cref="Morris"/>), and the parameters that could not be ranked, and why.
/// </summary>
public sealed record SensitivitySummary(
    string Scenario,
    string Method,
    string Kpi,
    decimal Delta,
    ulong Seed,
    int Replicates,
    int Evaluations,
    KpiEstimate BaseKpi,
    IReadOnlyList<ParameterSensitivity> Ranking,
    IReadOnlyList<ParameterSensitivity> NotRanked,
    MorrisResult? Morris = null);

/// <summary>The scenarios of an analysis, built and validated before anything runs (<see cref="File"/> names the scenario in messages).</summary>
public sealed record SensitivityPlan(Scenario Base, string File, string Kpi, decimal Delta, ulong Seed, int Replicates, IReadOnlyList<PlannedParameter> Parameters)
{
    /// <summary>The parameters that are run at both ends.</summary>
    public IReadOnlyList<PlannedParameter> Runnable => [.. Parameters.Where(p => p.Status == SensitivityStatus.Ranked)];

    /// <summary>The base, then each runnable parameter low and high.</summary>
    public int Evaluations => 1 + 2 * Runnable.Count;
}

/// <summary>
/// One-at-a-time sensitivity (a tornado): each parameter moved to value × (1 ∓ δ) with the others at the base, every
/// evaluation with the same seed, so the replicates are paired (common random numbers) and a parameter that the
/// KPI does not depend on has a swing of exactly 0. Pure: the caller says how a scenario's replicates are run.
/// </summary>
public static partial class Sensitivity
{
    public const string DefaultKpi = "subsidyCommittedEur";
    public const string OneAtATime = "one_at_a_time";

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>Reads and validates the base, the KPI and the parameters, and builds the perturbed scenarios.</summary>
    public static SensitivityPlan Plan(SensitivityRequest request)
    {
        if (request.Delta <= 0 || request.Delta >= 1)
        {
            throw new InputException($"--delta: expected a relative change above 0 % and below 100 %, e.g. 10% or 0.1; got {request.Delta.ToString(Invariant)}");
        }

        Scenario scenario = BaseScenario(request);
        CheckKpi(scenario, request.Kpi);
        Dictionary<string, JsonNode?> leaves = ScenarioPaths.Leaves(scenario);
        IReadOnlyList<string> paths = request.Parameters is { Count: > 0 } given
            ? [.. given.Select(p => Resolve(p, leaves)).Distinct(StringComparer.Ordinal)]
            : DefaultParameters(scenario);
        string baseJson = ScenarioText(scenario);
        return new SensitivityPlan(scenario, request.File, request.Kpi, request.Delta, request.Seed, request.Replicates,
            [.. paths.Select(path => PlanOne(path, NumberAt(leaves, path), baseJson, request.File, request.Delta))]);
    }

    /// <summary>Runs the base, then every runnable parameter low and high, in plan order, and ranks them by |swing|.</summary>
    public static async Task<SensitivitySummary> RunAsync(SensitivityPlan plan, Func<SensitivityRun, Task<ReplicateResult[]>> run)
    {
        IReadOnlyList<PlannedParameter> runnable = plan.Runnable;
        int total = plan.Evaluations, index = 0;
        async Task<double[]> Evaluate(Scenario s, string label) =>
            KpiValues(await run(new SensitivityRun(index++, total, label, s, plan.Seed, plan.Replicates)), plan.Kpi, plan.Replicates);

        double[] baseValues = await Evaluate(plan.Base, "base");
        KpiEstimate baseKpi = Mean(baseValues);
        var measured = new List<ParameterSensitivity>();
        foreach (PlannedParameter p in runnable)
        {
            double[] low = await Evaluate(p.Low!, $"{p.Path} low");
            double[] high = await Evaluate(p.High!, $"{p.Path} high");
            measured.Add(Measure(p, low, high, baseKpi.Mean));
        }

        return new SensitivitySummary(plan.Base.Name, OneAtATime, plan.Kpi, plan.Delta, plan.Seed, plan.Replicates, total, baseKpi,
            Rank(measured), [.. plan.Parameters.Where(p => p.Status != SensitivityStatus.Ranked).Select(NotRun)]);
    }

    /// <summary>By |swing|, largest first; ties (e.g. several exact zeros) by path; a swing without a value last.</summary>
    public static IReadOnlyList<ParameterSensitivity> Rank(IEnumerable<ParameterSensitivity> measured) =>
        [.. measured.OrderByDescending(m => double.IsNaN(m.Swing) ? -1 : Math.Abs(m.Swing)).ThenBy(m => m.Path, StringComparer.Ordinal)
            .Select((m, i) => m with { Rank = i + 1 })];

    /// <summary>The KPI means at both ends, the paired swing and its 95% CI, and the elasticity.</summary>
    public static ParameterSensitivity Measure(PlannedParameter p, double[] low, double[] high, double baseKpi)
    {
        double[] diffs = [.. low.Zip(high, (l, h) => h - l).Where(d => !double.IsNaN(d))];
        double swing = diffs.Length == 0 ? double.NaN : diffs.Average();
        KpiEstimate ci = diffs.Length > 1 ? ExperimentSummary.TInterval(diffs) : new KpiEstimate(swing, double.NaN, double.NaN, diffs.Length);
        double relativeMove = p.BaseValue == 0 ? double.NaN : (double)((p.HighValue - p.LowValue) / p.BaseValue);
        double elasticity = baseKpi is 0 or double.NaN || double.IsNaN(relativeMove) ? double.NaN : swing / Math.Abs(baseKpi) / relativeMove;
        return new ParameterSensitivity(null, p.Path, p.WholeNumber, p.BaseValue, p.LowValue, p.HighValue, SensitivityStatus.Ranked, p.Note,
            Mean(low).Mean, Mean(high).Mean, swing, ci.Ci95Low, ci.Ci95High, elasticity);
    }

    /// <summary>A parameter that was not run, with the reason in its note.</summary>
    public static ParameterSensitivity NotRun(PlannedParameter p) =>
        new(null, p.Path, p.WholeNumber, p.BaseValue, p.LowValue, p.HighValue, p.Status, p.Note,
            double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN);

    /// <summary>The base scenario: the file with its overrides, validated, and one that can be simulated.</summary>
    public static Scenario BaseScenario(SensitivityRequest request)
    {
        Scenario scenario = ScenarioFile.Parse(request.ScenarioJson, request.File, request.Overrides, request.Uncertainty);
        return scenario.IsSimulation
            ? scenario
            : throw new InputException($"{request.File}: scenario '{scenario.Name}' has no population, services… to simulate");
    }

    /// <summary>The KPIs a run of the scenario reports, in their order.</summary>
    public static IReadOnlyList<string> KpiNames(Scenario scenario) => [.. Model.Kpis.KpiCatalogue.For(new SimulationSetup(scenario, 0, 0)).Select(k => k.Name)];

    public static void CheckKpi(Scenario scenario, string kpi)
    {
        IReadOnlyList<string> names = KpiNames(scenario);
        if (!names.Contains(kpi, StringComparer.Ordinal))
        {
            throw new InputException($"--kpi {kpi}: unknown KPI; this scenario's KPIs are {string.Join(", ", names)}");
        }
    }

    /// <summary>
    /// The parameters analysed when none are given: every number under <c>call</c> and <c>behaviour</c>, the
    /// services' budget, uptake, hazard multiplier, cost per participant and studies hazard, and the population's
    /// monthly arrivals and long-term unemployed share. Left out: dates, ids and texts (not numbers), and the
    /// shares that must add up to 1 (budget lines, contract lengths, age bands, education, districts), since
    /// moving one alone makes the scenario invalid.
    /// </summary>
    public static IReadOnlyList<string> DefaultParameters(Scenario scenario) =>
        [.. ScenarioPaths.Leaves(scenario).Where(kv => IsNumber(kv.Value) && IsDefault(kv.Key)).Select(kv => kv.Key)];

    /// <summary>Every numeric parameter of the scenario by JSON path, in file order.</summary>
    public static IReadOnlyList<string> NumericParameters(Scenario scenario) =>
        [.. ScenarioPaths.Leaves(scenario).Where(kv => IsNumber(kv.Value)).Select(kv => kv.Key)];

    private static bool IsDefault(string path) => path switch
    {
        _ when path.StartsWith("call.budgetLines[", StringComparison.Ordinal) => false,
        _ when path.StartsWith("call.", StringComparison.Ordinal) => true,
        _ when path.StartsWith("behaviour.temporaryContractMonths[", StringComparison.Ordinal) => path.EndsWith(".months", StringComparison.Ordinal),
        _ when path.StartsWith("behaviour.", StringComparison.Ordinal) => true,
        "population.monthlyArrivals" or "population.longTermUnemployedShare" => true,
        _ => ServiceParameter().IsMatch(path),
    };

    [GeneratedRegex(@"^services\[\d+\]\.(budgetEur|uptake|hazardMultiplier|costPerParticipantEur|studiesHazard)$")]
    private static partial Regex ServiceParameter();

    /// <summary>Low and high values (whole numbers rounded), and the two scenarios if both are valid.</summary>
    private static PlannedParameter PlanOne(string path, decimal value, string baseJson, string file, decimal delta)
    {
        bool whole = ScenarioPaths.IsWholeNumber(path);
        int decimals = Decimals(path);
        decimal low = Perturb(value, 1 - delta, decimals), high = Perturb(value, 1 + delta, decimals);
        PlannedParameter Skip(SensitivityStatus status, string note) => new(path, whole, value, low, high, status, note, null, null);
        if (value == 0)
        {
            return Skip(SensitivityStatus.ZeroBase, "base value is 0, which a relative change leaves at 0: no swing (give it a non-zero value with --set to test it)");
        }

        if (low == high)
        {
            return Skip(SensitivityStatus.SameWhenRounded,
                $"{(whole ? "a whole number" : "an amount in cents")}: {Text(value)} × (1 ∓ {Text(delta * 100)} %) rounds to {Text(low)} at both ends: no swing (try a larger --delta)");
        }

        Scenario? Build(decimal v, string end, out string? error)
        {
            try
            {
                error = null;
                return ScenarioFile.Parse(baseJson, file, [$"{path}={Text(v)}"]);
            }
            catch (InputException e)
            {
                error = $"at its {end} value {Text(v)} the scenario is invalid: {Oneline(e.Message)}";
                return null;
            }
        }

        Scenario? lowScenario = Build(low, "low", out string? lowError);
        Scenario? highScenario = Build(high, "high", out string? highError);
        if (lowScenario is null || highScenario is null)
        {
            return Skip(SensitivityStatus.Invalid, string.Join("; ", new[] { lowError, highError }.Where(e => e is not null)));
        }

        return new PlannedParameter(path, whole, value, low, high, SensitivityStatus.Ranked, null, lowScenario, highScenario);
    }

    /// <summary>value × factor rounded to <paramref name="decimals"/> (halves away from zero).</summary>
    public static decimal Perturb(decimal value, decimal factor, int decimals) =>
        // Dividing by 1.000… drops the trailing zeros the product keeps (1050.00 → 1050), so JSON shows the value plainly.
        Math.Round(value * factor, decimals, MidpointRounding.AwayFromZero) / 1.0000000000000000000000000000m;

    /// <summary>
    /// The decimals a perturbed value keeps: 0 for a whole number (a C# int field such as call.maxSubsidisedMonths),
    /// 2 for euros (fields named …Eur, which the scenario holds in whole cents), 10 otherwise.
    /// </summary>
    public static int Decimals(string path) =>
        ScenarioPaths.IsWholeNumber(path) ? 0 : path.EndsWith("Eur", StringComparison.Ordinal) ? 2 : 10;

    /// <summary>A decimal as --set takes it and the report shows it: no exponent, no trailing zeros.</summary>
    public static string Text(decimal value) => value.ToString("0.##########", Invariant);

    internal static string Oneline(string message)
    {
        string[] lines = [.. message.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0)];
        // "file: invalid scenario:" then one error a line: keep the errors.
        return lines.Length > 1 && lines[0].EndsWith("invalid scenario:", StringComparison.Ordinal) ? string.Join("; ", lines.Skip(1)) : string.Join(" ", lines);
    }

    /// <summary>The KPI's value in each replicate, by replicate number; NaN where the run did not report it.</summary>
    internal static double[] KpiValues(ReplicateResult[] results, string kpi, int replicates)
    {
        var values = Enumerable.Repeat(double.NaN, replicates).ToArray();
        foreach (ReplicateResult r in results)
        {
            int k = Array.IndexOf(r.KpiNames, kpi);
            if (k >= 0 && r.Replicate >= 0 && r.Replicate < replicates) values[r.Replicate] = r.Kpis[k];
        }

        return values;
    }

    /// <summary>Mean and 95% t-interval of the replicates that have a value.</summary>
    internal static KpiEstimate Mean(double[] values)
    {
        double[] present = [.. values.Where(v => !double.IsNaN(v))];
        return present.Length == 0 ? new KpiEstimate(double.NaN, double.NaN, double.NaN, 0) : ExperimentSummary.TInterval(present);
    }

    private static string Resolve(string given, Dictionary<string, JsonNode?> leaves)
    {
        string path = ScenarioPaths.Canonical(given);
        if (leaves.TryGetValue(path, out JsonNode? node))
        {
            return IsNumber(node)
                ? path
                : throw new InputException($"--params {given}: {path} is {KindOf(node)}, not a number; only numeric parameters can be varied");
        }

        string section = path.Split('.', '[')[0];
        string[] near = [.. leaves.Where(kv => IsNumber(kv.Value) && kv.Key.StartsWith(section, StringComparison.Ordinal)).Select(kv => kv.Key).Take(40)];
        string[] sections = [.. leaves.Keys.Select(k => k.Split('.', '[')[0]).Distinct(StringComparer.Ordinal)];
        throw new InputException(near.Length > 0
            ? $"--params {given}: the scenario has no parameter {path}; the numbers under {section} are {string.Join(", ", near)}"
            : $"--params {given}: the scenario has no parameter {path}; its sections are {string.Join(", ", sections)}");
    }

    private static decimal NumberAt(Dictionary<string, JsonNode?> leaves, string path) =>
        decimal.Parse(leaves[path]!.ToJsonString(), NumberStyles.Float, Invariant);

    private static bool IsNumber(JsonNode? node) => node is JsonValue v && v.GetValueKind() == JsonValueKind.Number;

    private static string KindOf(JsonNode? node) => node?.GetValueKind() switch
    {
        JsonValueKind.String => "a text or a date",
        JsonValueKind.True or JsonValueKind.False => "true or false",
        _ => "empty",
    };

    /// <summary>The scenario as JSON text with every field written out, so each path exists for --set.</summary>
    internal static string ScenarioText(Scenario scenario)
    {
        JsonObject node = JsonSerializer.SerializeToNode(scenario, ScenarioJson.Options)!.AsObject();
        node.Remove("isSimulation");
        return node.ToJsonString();
    }
}
