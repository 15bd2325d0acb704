using System.CommandLine;
using System.Globalization;
using System.Text;
using Soc.Simulation.Client.Cli;
using Soc.Simulation.Client.Experiments;
using Soc.Simulation.Client.Output;
using Soc.Simulation.Analysis.Screening;
using Soc.Simulation.Model.Scenarios;
using Soc.Simulation.Abstractions.Simulation;
using Soc.Simulation.Model.Kpis;
using Soc.Simulation.Model;
using Soc.Simulation.Client.Languages;

namespace Soc.Simulation.Client.Commands;

/// <summary>
/// <c>socsim sensitivity</c>: ranks the scenario's parameters by their effect on a KPI, one at a time (a tornado):
/// each parameter at value × (1 ∓ δ) with the others at the base, every evaluation with the same seed (common random
/// numbers). Writes sensitivity.json, sensitivity.csv, the tornado chart and report.html. With <c>--method sobol</c>,
/// global sensitivity instead: Sobol' indices of several KPIs over the scenario's priors (see <see cref="Sobol"/>).
/// </summary>
public sealed class SensitivityCommand : SocSimCommand
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    private readonly Argument<string> _scenario = CommonOptions.Scenario();
    private readonly Option<string[]> _params = new("--params")
    {
        Description = "The parameters to vary, by JSON path, comma-separated (default: every number under call, behaviour, services and population that can move alone).",
        HelpName = "p1,p2,…",
        Arity = ArgumentArity.ZeroOrMore,
        DefaultValueFactory = _ => [],
    };

    private readonly Option<string?> _delta = new("--delta") { Description = "The relative change: 10% or 0.1 (default 10%).", HelpName = "δ" };
    private readonly Option<string> _kpi = new("--kpi") { Description = "The KPI to rank the parameters by.", HelpName = "kpi", DefaultValueFactory = _ => Sensitivity.DefaultKpi };
    private readonly Option<string> _kpis = new("--kpis")
    {
        Description = $"With --method sobol: the KPIs to analyse, comma-separated (default {string.Join(",", Sobol.DefaultKpis)}).",
        HelpName = "k1,k2,…",
    };

    private readonly Option<string> _method = CommonOptions.Choice("--method", "oat",
        "oat: one at a time (a tornado); morris: elementary effects (μ*, μ, σ); sobol: Sobol' indices of the KPIs' variance over the scenario's priors.", "oat", Morris.Method, Sobol.Method);

    private readonly Option<int?> _samples = new("--samples")
    {
        Description = $"With --method sobol: N, the rows of the Saltelli design (default {Sobol.DefaultSamples}); it costs N × (priors + 3) × replicates simulations.",
        HelpName = "N",
        CustomParser = r => int.TryParse(r.Tokens[^1].Value, NumberStyles.None, Invariant, out int v) && v is >= 4 and <= 100_000 ? v
            : Error(r, $"--samples: expected a whole number from 4 to 100,000, got '{r.Tokens[^1].Value}'"),
    };
    private readonly Option<int?> _trajectories = new("--trajectories")
    {
        Description = "With --method morris: the number of random trajectories (default 10).",
        HelpName = "r",
        CustomParser = r => int.TryParse(r.Tokens[^1].Value, NumberStyles.None, Invariant, out int v) && v is >= 2 and <= 10_000 ? v
            : Error(r, $"--trajectories: expected a whole number from 2 to 10,000, got '{r.Tokens[^1].Value}'"),
    };

    private readonly Option<string[]> _set = CommonOptions.Set();
    private readonly ReplicateOptions _replicates = new(defaultReplicates: 8);
    private readonly OutputOptions _output = new();

    public override string Name => "sensitivity";

    public override string Summary => "Rank the scenario's parameters by their effect on a KPI: one at a time (a tornado), Morris elementary effects, or Sobol' indices over the priors.";

    public override string? Details => "oat and morris: each parameter at value × (1 ∓ δ) with the same seeds; sobol: every prior drawn from its range, the KPIs' variance apportioned among them and chance. "
        + "Writes sensitivity.json, sensitivity.csv, sensitivity.xlsx, the charts and report.html.";

    public override IReadOnlyList<string> Examples =>
    [
        "socsim sensitivity scenarios/barcelona-2023.json --kpi subsidyCommittedEur --delta 10% --out out/sensitivity",
        "socsim sensitivity scenarios/barcelona-2023.json --method morris --trajectories 10 --kpi insertionRate",
        "socsim sensitivity scenarios/barcelona-2023.json --method sobol --samples 32 --kpis insertionsCausedByCall,subsidyCommittedEur",
    ];

    public override void Define(Command command)
    {
        command.Add(_scenario);
        command.Add(_params);
        command.Add(_delta);
        command.Add(_kpi);
        command.Add(_method);
        command.Add(_trajectories);
        command.Add(_samples);
        command.Add(_kpis);
        command.Add(_set);
        _replicates.AddTo(command);
        _output.AddTo(command);
    }

    public override bool StopsOnCancel(ParseResult parsed) => true;

    public override async Task<int> RunAsync(ParseResult parsed, CommandIo io)
    {
        using IDisposable language = _output.LanguageOf(parsed);
        string[] parameters = [.. parsed.GetValue(_params)!.SelectMany(p => p.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))];
        decimal delta = ParseDelta(parsed.GetValue(_delta));
        string method = parsed.GetValue(_method)!;
        if (method == Sobol.Method) return await RunSobolAsync(parsed, io, parameters);
        if (parsed.GetValue(_samples) is not null) throw new InputException("--samples: only with --method sobol");
        if (parsed.GetValue(_kpis) is not null) throw new InputException("--kpis: only with --method sobol (the other methods rank by one --kpi)");
        int? trajectoriesGiven = parsed.GetValue(_trajectories);
        if (trajectoriesGiven is not null && method != Morris.Method) throw new InputException("--trajectories: only with --method morris");
        int trajectories = trajectoriesGiven ?? 10;
        int replicates = _replicates.ReplicatesOf(parsed);
        bool quiet = _output.QuietOf(parsed);

        string file = parsed.GetValue(_scenario)!;
        SensitivityPlan plan = Sensitivity.Plan(new SensitivityRequest(ScenarioFile.ReadText(file), file, parsed.GetValue(_set)!, parameters, delta,
            parsed.GetValue(_kpi)!, _replicates.SeedOf(parsed), replicates, _replicates.UncertaintyOf(parsed)));
        MorrisPlan? morris = method == Morris.Method ? Morris.Plan(plan, trajectories) : null;
        int evaluations = morris?.Evaluations ?? plan.Evaluations;
        if (!quiet)
        {
            io.Error.WriteLine($"sensitivity: {plan.Runnable.Count} of {plan.Parameters.Count} parameters over ±{Percent(delta)}; {evaluations} evaluations "
                + (morris is null ? "(the base, then each parameter low and high)" : $"(the base, then {trajectories} Morris trajectories)") + $" × {replicates} replicates");
        }

        SensitivitySummary summary = await RunAsync(evaluations, replicates, _replicates.BackendOf(parsed), io.Progress(quiet), io.Cancel,
            run => morris is null ? Sensitivity.RunAsync(plan, run) : Morris.RunAsync(morris, run));

        return OutputSets.Sensitivity(summary, plan.Base).CommitAndPrint(_output.FolderOf(parsed), io.Out, _output.JsonOf(parsed), () => Table(summary));
    }

    /// <summary>
    /// --method sobol: plans the design (every error before anything runs), says what it costs, runs its points a few at a
    /// time on the backend and writes the indices.
    /// </summary>
    private async Task<int> RunSobolAsync(ParseResult parsed, CommandIo io, string[] parameters)
    {
        if (parsed.GetValue(_delta) is not null) throw new InputException("--delta: not with --method sobol, which draws each parameter from its prior");
        if (parsed.GetValue(_trajectories) is not null) throw new InputException("--trajectories: only with --method morris");
        if (parsed.GetResult(_kpi) is { Implicit: false }) throw new InputException("--kpi: with --method sobol, name the KPIs with --kpis k1,k2,…");
        if (!_replicates.UncertaintyOf(parsed)) throw new InputException("--uncertainty off: --method sobol analyses the scenario's priors, which this drops");
        bool quiet = _output.QuietOf(parsed);
        // One replicate per point by default: chance is a factor of the design, so more replicates only average it down.
        int replicates = parsed.GetResult(_replicates.Replicates) is { Implicit: false } ? _replicates.ReplicatesOf(parsed) : 1;
        string[] kpis = [.. (parsed.GetValue(_kpis) ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];
        string file = parsed.GetValue(_scenario)!;
        SobolPlan plan = Sobol.Plan(new SobolRequest(ScenarioFile.ReadText(file), file, parsed.GetValue(_set)!, parameters, kpis,
            _replicates.SeedOf(parsed), parsed.GetValue(_samples) ?? Sobol.DefaultSamples, replicates));
        if (!quiet)
        {
            int k = plan.Factors.Count - 1;
            io.Error.WriteLine($"sensitivity: Sobol' indices of {string.Join(", ", plan.Kpis)} over {k} uncertain factors (the posterior counted as one) and chance; N = {plan.Samples} rows × {plan.Columns} points "
                + $"= {plan.Evaluations} points × {replicates} replicate(s) = {plan.Simulations} simulations (N × (k + 3) × replicates; N = {plan.Samples * 2} would cost {Sobol.SimulationsFor(plan.Samples * 2, k, replicates)})");
        }

        Progress progress = io.Progress(quiet);
        var counted = new CountedProgress(progress, plan.Simulations);
        SobolSummary summary;
        Backend backend = _replicates.BackendOf(parsed);
        await using (ReplicateRunner runner = await ReplicateRunner.StartAsync(backend))
        {
            // A few points in flight keep every core (or silo) busy although each point runs one replicate.
            int inFlight = Math.Max(16, 4 * Environment.ProcessorCount);
            summary = await Sobol.RunAsync(plan, r => runner.RunAsync(r.Scenario, r.Seed, r.Replicates, counted.Part(), io.Cancel), inFlight, cancel: io.Cancel);
        }

        progress.Done(plan.Simulations);
        return OutputSets.Sobol(summary, plan.Base).CommitAndPrint(_output.FolderOf(parsed), io.Out, _output.JsonOf(parsed), () => SobolTable.Write(summary));
    }

    private static int? Error(System.CommandLine.Parsing.ArgumentResult r, string message)
    {
        r.AddError(message);
        return null;
    }

    /// <summary>
    /// Runs an analysis (<paramref name="analyse"/> is given the way to run one evaluation's replicates) on an embedded
    /// silo, or in this process with direct, with one progress bar over all its evaluations.
    /// </summary>
    public static async Task<SensitivitySummary> RunAsync(int evaluations, int replicates, Backend backend, Progress progress, CancellationToken cancel,
        Func<Func<SensitivityRun, Task<ReplicateResult[]>>, Task<SensitivitySummary>> analyse)
    {
        var overall = new ScaledProgress(progress, evaluations);
        SensitivitySummary summary;
        // One silo for the whole analysis: a finished replicate closes its call, line and employer grains.
        await using (ReplicateRunner runner = await ReplicateRunner.StartAsync(backend))
        {
            summary = await analyse(r => runner.RunAsync(r.Scenario, r.Seed, r.Replicates, overall.Part(r.Index), cancel));
        }

        progress.Done(evaluations * replicates);
        return summary;
    }

    /// <summary>"10%" or "0.1" (the default is 10 %); above 0 and below 100 %.</summary>
    public static decimal ParseDelta(string? raw)
    {
        if (raw is null) return 0.1m;
        string text = raw.Trim();
        bool percent = text.EndsWith('%');
        if (percent) text = text[..^1].TrimEnd();
        if (!decimal.TryParse(text, NumberStyles.AllowDecimalPoint, Invariant, out decimal value))
        {
            throw new InputException($"--delta: expected a relative change such as 10% or 0.1, got '{raw}'");
        }

        if (percent) value /= 100;
        return value > 0 && value < 1
            ? value
            : throw new InputException($"--delta: expected a relative change above 0 and below 100 % (e.g. 10% or 0.1), got '{raw}'"
                + (!percent && value >= 1 ? $"; for {value.ToString(Invariant)} per cent write {value.ToString(Invariant)}%" : ""));
    }

    /// <summary>The console table: the ranking, then the parameters that could not be ranked and why.</summary>
    public static string Table(SensitivitySummary s)
    {
        var sb = new StringBuilder();
        sb.AppendLine(s.Scenario);
        sb.AppendLine($"KPI {s.Kpi} ({KpiFormat.Label(s.Kpi, Say.Current)}): base {KpiTable.Format(s.Kpi, s.BaseKpi.Mean)}"
            + (double.IsNaN(s.BaseKpi.Ci95Low) ? "" : $" [{KpiTable.Format(s.Kpi, s.BaseKpi.Ci95Low)}, {KpiTable.Format(s.Kpi, s.BaseKpi.Ci95High)}]"));
        sb.AppendLine(MethodText(s) + $"; {s.Replicates} paired replicates (seed {s.Seed}) for each of {s.Evaluations} evaluations");
        sb.AppendLine();
        int width = Math.Max(30, s.Ranking.Select(p => p.Path).Concat(s.NotRanked.Select(p => p.Path)).Concat(s.Morris?.Ranking.Select(p => p.Path) ?? [])
            .Select(p => p.Length).DefaultIfEmpty(0).Max() + 2);
        if (s.Morris is MorrisResult m)
        {
            sb.AppendLine($"{"rank",4}  {"parameter".PadRight(width)}{"base",16}{"low → high",30}{"μ*",18}{"μ",18}{"σ",18}{"effects",9}");
            foreach (MorrisEffect e in m.Ranking)
            {
                sb.AppendLine($"{e.Rank,4}  {e.Path.PadRight(width)}{Value(e.BaseValue),16}{$"{Value(e.LowValue)} → {Value(e.HighValue)}",30}"
                    + $"{KpiTable.Format(s.Kpi, e.MuStar),18}{ComparisonTable.Delta(s.Kpi, e.Mu),18}{KpiTable.Format(s.Kpi, e.Sigma),18}{e.Effects,9}");
            }

            if (m.Ranking.Count == 0) sb.AppendLine("  (no parameter could be run)");
        }
        else
        {
            sb.AppendLine($"{"rank",4}  {"parameter".PadRight(width)}{"base",16}{"low → high",30}{"kpi low",18}{"kpi high",18}{"swing",18}{"95% CI of swing",36}");
            foreach (ParameterSensitivity p in s.Ranking)
            {
                string ci = double.IsNaN(p.Ci95Low) ? "" : $"[{ComparisonTable.Delta(s.Kpi, p.Ci95Low)}, {ComparisonTable.Delta(s.Kpi, p.Ci95High)}]";
                sb.AppendLine($"{p.Rank,4}  {p.Path.PadRight(width)}{Value(p.BaseValue),16}{$"{Value(p.LowValue)} → {Value(p.HighValue)}",30}"
                    + $"{KpiTable.Format(s.Kpi, p.KpiLow),18}{KpiTable.Format(s.Kpi, p.KpiHigh),18}{ComparisonTable.Delta(s.Kpi, p.Swing),18}{ci,36}");
            }

            if (s.Ranking.Count == 0) sb.AppendLine("  (no parameter could be run)");
        }

        if (s.NotRanked.Count > 0)
        {
            sb.AppendLine();
            sb.AppendLine("not ranked:");
            foreach (ParameterSensitivity p in s.NotRanked) sb.AppendLine($"  {p.Path} = {Value(p.BaseValue)}: {p.Note}");
        }

        return sb.ToString();
    }

    /// <summary>What the analysis did, in one line.</summary>
    public static string MethodText(SensitivitySummary s) => s.Morris is MorrisResult m
        ? $"Morris elementary effects: {m.Trajectories} trajectories on a {m.Levels}-level grid over value × (1 ∓ {Percent(s.Delta)}); μ* = mean |effect| over the range low → high"
        : $"one at a time: each parameter at value × (1 ∓ {Percent(s.Delta)}), the others at the base";

    /// <summary>A parameter's value for people: thousands separators, up to 4 decimals below 1,000.</summary>
    public static string Value(decimal v) => Math.Abs(v) >= 1000 ? v.ToString("#,##0.##", Invariant) : v.ToString("0.####", Invariant);

    public static string Percent(decimal fraction) => (fraction * 100).ToString("0.##", Invariant) + " %";
}
