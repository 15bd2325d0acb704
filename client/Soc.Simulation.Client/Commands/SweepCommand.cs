using System.CommandLine;
using System.CommandLine.Parsing;
using System.Text;
using Soc.Simulation.Client.Cli;
using Soc.Simulation.Client.Languages;
using Soc.Simulation.Client.Experiments;
using Soc.Simulation.Client.Output;
using Soc.Simulation.Client.Planning;
using Soc.Simulation.Analysis.Summaries;
using Soc.Simulation.Analysis.Planning;
using Soc.Simulation.Abstractions.Scenarios;
using Soc.Simulation.Model.Scenarios;
using Soc.Simulation.Abstractions.Simulation;
using Soc.Simulation.Model;
using Soc.Simulation.Client.Charts;

namespace Soc.Simulation.Client.Commands;

/// <summary>
/// <c>socsim sweep</c>: every point of a grid of levers, each run with the same seed (common random numbers),
/// saved as it finishes; the table, charts and report once all are done.
/// </summary>
public sealed class SweepCommand : SocSimCommand
{
    private readonly Argument<string> _scenario = CommonOptions.Scenario();
    private readonly Option<string[]> _param = Repeated("--param", "A lever: the JSON path of a number, followed by its --values or --range (repeat for a grid).", "path");
    private readonly Option<string[]> _values = Repeated("--values", "The values of the --param before it: a,b,c.", "a,b,c");
    private readonly Option<string[]> _range = Repeated("--range", "Evenly spaced values of the --param before it, both ends included: from:to:steps.", "from:to:steps");
    private readonly Option<bool> _resume = new("--resume") { Description = "Continue an interrupted sweep in the same --out (same scenario, seed, replicates and levers)." };
    private readonly Option<string[]> _set = CommonOptions.Set();
    private readonly ReplicateOptions _replicates = new(defaultReplicates: 20);
    private readonly OutputOptions _output = new();

    public override string Name => "sweep";

    public override string Summary => "The KPIs with 95% CIs along one or more levers (several --param form a grid), every point with the same seed.";

    public override string? Details =>
        "Each point is saved to DIR/points/ as soon as it finishes, so --resume continues an interrupted sweep. At the end:\n" +
        "sweep.json, sweep.csv, sweep.xlsx, a curve per main KPI and report.html.";

    public override IReadOnlyList<string> Examples =>
    [
        "socsim sweep scenarios/barcelona-2023.json --param call.budgetEur --range 1000000:5000000:5 --replicates 10 --out out/sweep",
        "socsim sweep scenarios/barcelona-2023.json --param call.budgetEur --range 1000000:5000000:5 --param call.annualMinimumWageEur --values 14000,15120 --out out/sweep",
        "socsim sweep scenarios/barcelona-2023.json --param call.budgetEur --range 1000000:5000000:5 --out out/sweep --resume",
    ];

    public override void Define(Command command)
    {
        command.Add(_scenario);
        command.Add(_param);
        command.Add(_values);
        command.Add(_range);
        command.Add(_resume);
        command.Add(_set);
        _replicates.AddTo(command);
        _output.AddTo(command);
    }

    public override bool StopsOnCancel(ParseResult parsed) => true;

    public override async Task<int> RunAsync(ParseResult parsed, CommandIo io)
    {
        using IDisposable language = _output.LanguageOf(parsed);
        IReadOnlyList<SweepLever> levers = Levers(parsed);
        string outDir = _output.FolderOf(parsed);
        string[] sets = parsed.GetValue(_set)!;
        int replicates = _replicates.ReplicatesOf(parsed);
        ulong seed = _replicates.SeedOf(parsed);
        Backend backend = _replicates.BackendOf(parsed);

        string file = parsed.GetValue(_scenario)!;
        string text = ScenarioFile.ReadText(file);
        bool uncertainty = _replicates.UncertaintyOf(parsed);
        Scenario baseScenario = ScenarioFile.Parse(text, file, sets, uncertainty);
        if (!baseScenario.IsSimulation) throw new InputException($"{file}: sweep needs a policy scenario (population, services, behaviour…)");
        IReadOnlyList<SweepPoint> points = SweepGrid.Points(levers);
        // Every point's scenario is checked before anything runs: a bad value stops the sweep at once.
        Scenario[] scenarios = [.. points.Select(p => ScenarioFile.Parse(text, file, [.. sets, .. p.Settings.Select(s => s.Assignment)], uncertainty) with { Name = baseScenario.Name })];

        var store = new SweepStore(outDir);
        var done = new Dictionary<int, SweepPointResult>(store.Open(new SweepMeta(file, SweepStore.Sha256(text), sets, seed, replicates, levers, uncertainty), parsed.GetValue(_resume)));
        Progress progress = io.Progress(_output.QuietOf(parsed));
        var overall = new ScaledProgress(progress, points.Count);
        await using (ReplicateRunner runner = await ReplicateRunner.StartAsync(backend))
        {
            foreach (SweepPoint point in points.Where(p => !done.ContainsKey(p.Index)))
            {
                ReplicateResult[] runs = await runner.RunAsync(scenarios[point.Index], seed, replicates, overall.Part(point.Index), io.Cancel);
                var result = new SweepPointResult(point.Index, point.Settings, ExperimentSummary.Aggregate(baseScenario.Name, seed, runs));
                store.Save(result);
                done[point.Index] = result;
            }
        }

        progress.Done(points.Count * replicates);
        SweepPointResult[] results = [.. done.Values.OrderBy(p => p.Index)];
        return OutputSets.Sweep(levers, results, baseScenario).CommitAndPrint(outDir, io.Out, _output.JsonOf(parsed), () => Table(levers, results));
    }

    private static Option<string[]> Repeated(string name, string description, string helpName) => new(name)
    {
        Description = description,
        HelpName = helpName,
        Arity = ArgumentArity.ZeroOrMore,
        DefaultValueFactory = _ => [],
    };

    /// <summary>Each --param takes the --values or --range that follows it, in the order typed.</summary>
    private List<SweepLever> Levers(ParseResult parsed)
    {
        var ordered = new List<(string Name, string Value)>();
        IReadOnlyList<Token> tokens = parsed.Tokens;
        for (int i = 0; i + 1 < tokens.Count; i++)
        {
            if (tokens[i].Type == TokenType.Option && tokens[i].Value is "--param" or "--values" or "--range")
            {
                ordered.Add((tokens[i].Value, tokens[++i].Value));
            }
        }

        var levers = new List<SweepLever>();
        for (int i = 0; i < ordered.Count; i++)
        {
            if (ordered[i].Name != "--param") throw new InputException($"{ordered[i].Name} {ordered[i].Value}: expected it after a --param <path>");
            string path = ordered[i].Value;
            if (i + 1 >= ordered.Count || ordered[i + 1].Name == "--param") throw new InputException($"--param {path}: expected --values a,b,c or --range from:to:steps after it");
            (string kind, string spec) = ordered[++i];
            levers.Add(kind == "--values" ? SweepLever.FromValues(path, spec) : SweepLever.FromRange(path, spec));
        }

        return levers.Count > 0 ? levers : throw new InputException("sweep: at least one --param <path> with --values or --range is required");
    }

    private static string Table(IReadOnlyList<SweepLever> levers, IReadOnlyList<SweepPointResult> results)
    {
        var sb = new StringBuilder();
        sb.AppendLine(Say.F("sweep of {0}: {1} points", string.Join(" x ", levers.Select(l => $"{l.Path} ({l.Values.Count})")), results.Count));
        sb.Append(string.Concat(levers.Select(l => $"{Short(l.Path),22}")));
        foreach (string k in HeadlineKpis.Sweep) sb.Append($"{Short(k),26}");
        sb.AppendLine();
        foreach (SweepPointResult r in results)
        {
            sb.Append(string.Concat(r.Settings.Select(s => $"{s.Value,22}")));
            foreach (string k in HeadlineKpis.Sweep)
            {
                KpiEstimate e = r.Summary.Kpis[k];
                sb.Append($"{KpiTable.Format(k, e.Mean) + " ±" + KpiTable.Format(k, (e.Ci95High - e.Ci95Low) / 2).Replace(" %", "", StringComparison.Ordinal).Replace(" EUR", "", StringComparison.Ordinal),26}");
            }

            sb.AppendLine();
        }

        return sb.ToString();
    }

    private static string Short(string text) => text.Length <= 21 ? text : "…" + text[^20..];
}
