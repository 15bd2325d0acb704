using System.Globalization;
using System.Text;
using System.Text.Json;
using Soc.Simulation.Client.Cli;
using Soc.Simulation.Client.Experiments;
using Soc.Simulation.Client.Output;
using Soc.Simulation.Client.Planning;
using Soc.Simulation.Experiments;
using Soc.Simulation.Scenarios;
using Soc.Simulation.Simulation;

namespace Soc.Simulation.Client.Commands;

/// <summary>
/// <c>socsim sweep</c>: every point of a grid of levers, each run with the same seed (common random numbers),
/// saved as it finishes; the table, charts and report once all are done.
/// </summary>
public static class SweepCommand
{
    /// <summary>The KPIs a sweep's table and charts show first.</summary>
    public static readonly string[] MainKpis = ["insertionRate", "netSubsidisedInsertions", "grossSubsidisedInsertions", "applicationsRefusedBudget", "callExhausted", "subsidyBudgetExecutionPct", "subsidyCommittedEur"];

    public static async Task<int> RunAsync(Arguments args, TextWriter stdout)
    {
        IReadOnlyList<SweepLever> levers = Levers(args.Ordered("param", "values", "range"));
        string outDir = args.Option("out") ?? "out";
        IReadOnlyList<string> sets = args.Options("set");
        int replicates = args.IntOption("replicates", 20, 2, 100_000);
        int seed = args.IntOption("seed", 1, 0, int.MaxValue);
        Backend backend = Backend.From(args);
        bool resume = args.Option("resume") is "true";
        bool quiet = args.Option("quiet") is "true";
        bool json = args.Option("json") is "true";
        args.RejectUnknown(1, Usage.Sweep);

        string file = args.Positional[0];
        string text = File.Exists(file) ? File.ReadAllText(file) : throw new InputException($"{file}: scenario file not found");
        Scenario baseScenario = ScenarioFile.Parse(text, file, sets);
        if (!baseScenario.IsSimulation) throw new InputException($"{file}: sweep needs a policy scenario (population, services, behaviour…)");
        IReadOnlyList<SweepPoint> points = SweepGrid.Points(levers);
        // Every point's scenario is checked before anything runs: a bad value stops the sweep at once.
        Scenario[] scenarios = [.. points.Select(p => ScenarioFile.Parse(text, file, [.. sets, .. p.Settings.Select(s => s.Assignment)]) with { Name = baseScenario.Name })];

        var store = new SweepStore(outDir);
        var done = new Dictionary<int, SweepPointResult>(store.Open(new SweepMeta(file, SweepStore.Sha256(text), sets, (ulong)seed, replicates, levers), resume));
        var progress = Progress.For(Console.Error, quiet || json);
        var overall = new ScaledProgress(progress, points.Count);
        await using (ReplicateRunner runner = await ReplicateRunner.StartAsync(backend))
        {
            foreach (SweepPoint point in points.Where(p => !done.ContainsKey(p.Index)))
            {
                ReplicateResult[] runs = await runner.RunAsync(scenarios[point.Index], (ulong)seed, replicates, overall.Part(point.Index));
                var result = new SweepPointResult(point.Index, point.Settings, ExperimentSummary.Aggregate(baseScenario.Name, (ulong)seed, runs));
                store.Save(result);
                done[point.Index] = result;
            }
        }

        progress.Done(points.Count * replicates);
        SweepPointResult[] results = [.. done.Values.OrderBy(p => p.Index)];
        var files = new OutputFiles();
        string sweepJson = JsonSerializer.Serialize(results, ScenarioJson.Options) + "\n";
        files.Add("sweep.json", sweepJson);
        files.Add("sweep.csv", Csv(levers, results));
        foreach ((string name, byte[] content) in Report.SweepReport.For(levers, results, baseScenario).Files()) files.Add(name, content);
        return files.CommitAndPrint(outDir, stdout, json, sweepJson, () => Table(levers, results));
    }

    /// <summary>Each --param takes the --values or --range that follows it.</summary>
    private static List<SweepLever> Levers(IReadOnlyList<(string Name, string Value)> ordered)
    {
        var levers = new List<SweepLever>();
        for (int i = 0; i < ordered.Count; i++)
        {
            if (ordered[i].Name != "param") throw new InputException($"--{ordered[i].Name} {ordered[i].Value}: expected it after a --param <path>\nusage: {Usage.Sweep}");
            string path = ordered[i].Value;
            if (i + 1 >= ordered.Count || ordered[i + 1].Name == "param") throw new InputException($"--param {path}: expected --values a,b,c or --range from:to:steps after it");
            (string kind, string spec) = ordered[++i];
            levers.Add(kind == "values" ? SweepLever.FromValues(path, spec) : SweepLever.FromRange(path, spec));
        }

        return levers.Count > 0 ? levers : throw new InputException($"sweep: at least one --param <path> with --values or --range is required\nusage: {Usage.Sweep}");
    }

    /// <summary>sweep.csv: one row per point, the levers, then every KPI's mean and 95% CI.</summary>
    public static string Csv(IReadOnlyList<SweepLever> levers, IReadOnlyList<SweepPointResult> results)
    {
        string[] kpis = [.. results[0].Summary.Kpis.Keys];
        var sb = new StringBuilder("point,");
        sb.Append(string.Join(',', levers.Select(l => Register.Csv.Field(l.Path))));
        foreach (string k in kpis) sb.Append($",{k}_mean,{k}_ci95_low,{k}_ci95_high");
        sb.Append('\n');
        foreach (SweepPointResult r in results)
        {
            sb.Append(r.Index.ToString(CultureInfo.InvariantCulture));
            foreach (LeverSetting s in r.Settings) sb.Append(',').Append(Register.Csv.Field(s.Value));
            foreach (string k in kpis)
            {
                KpiEstimate e = r.Summary.Kpis[k];
                sb.Append(',').Append(N(e.Mean)).Append(',').Append(N(e.Ci95Low)).Append(',').Append(N(e.Ci95High));
            }

            sb.Append('\n');
        }

        return sb.ToString();
    }

    private static string Table(IReadOnlyList<SweepLever> levers, IReadOnlyList<SweepPointResult> results)
    {
        var sb = new StringBuilder();
        sb.AppendLine($"sweep of {string.Join(" x ", levers.Select(l => $"{l.Path} ({l.Values.Count})"))}: {results.Count} points");
        sb.Append(string.Concat(levers.Select(l => $"{Short(l.Path),22}")));
        foreach (string k in MainKpis) sb.Append($"{Short(k),26}");
        sb.AppendLine();
        foreach (SweepPointResult r in results)
        {
            sb.Append(string.Concat(r.Settings.Select(s => $"{s.Value,22}")));
            foreach (string k in MainKpis)
            {
                KpiEstimate e = r.Summary.Kpis[k];
                sb.Append($"{KpiTable.Format(k, e.Mean) + " ±" + KpiTable.Format(k, (e.Ci95High - e.Ci95Low) / 2).Replace(" %", "", StringComparison.Ordinal).Replace(" EUR", "", StringComparison.Ordinal),26}");
            }

            sb.AppendLine();
        }

        return sb.ToString();
    }

    private static string Short(string text) => text.Length <= 21 ? text : "…" + text[^20..];

    private static string N(double v) => double.IsNaN(v) ? "" : v.ToString("R", CultureInfo.InvariantCulture);
}
