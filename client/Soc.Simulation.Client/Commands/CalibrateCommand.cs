using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Soc.Simulation.Client.Cli;
using Soc.Simulation.Client.Experiments;
using Soc.Simulation.Client.Output;
using Soc.Simulation.Analysis.Summaries;
using Soc.Simulation.Analysis.Screening;
using Soc.Simulation.Analysis.Calibration;
using Soc.Simulation.Abstractions.Scenarios;
using Soc.Simulation.Model.Scenarios;
using Soc.Simulation.Model;

namespace Soc.Simulation.Client.Commands;

/// <summary>
/// <c>socsim calibrate</c>: fits the parameters whose priors are marked calibrated to domain.md E by approximate
/// Bayesian computation (<see cref="AbcCalibration"/>), writes the scenario with their posterior, and checks it: each
/// target fitted and predicted when left out, the run of the calibrated scenario with fresh seeds, and the long-term
/// hazard the posterior implies against Fedea's ~2% a month.
/// </summary>
public sealed class CalibrateCommand : SocSimCommand
{
    private readonly Argument<string> _scenario = CommonOptions.Scenario();
    private readonly Option<string> _out = new("--out") { Description = "The calibrated scenario file to write: the input with the posterior and the posterior means.", HelpName = "file", DefaultValueFactory = _ => "calibrated.json" };
    private readonly ReplicateOptions _replicates = new(defaultReplicates: 4000);
    private readonly Option<string?> _accept = new("--accept") { Description = "The share of parameter draws kept, closest to the targets (default 0.05).", HelpName = "share" };
    private readonly Option<int> _check = CommonOptions.WholeNumber("--check-replicates", 40, 2, 100_000, "Replicates of the calibrated scenario, with fresh seeds, to check it against the targets.", "n");
    private readonly Option<bool> _quiet = CommonOptions.Quiet();
    private readonly Option<string[]> _set = CommonOptions.Set();

    public override string Name => "calibrate";

    public override string Summary => "Fit the calibrated priors to the 2023 targets (domain.md E) by approximate Bayesian computation and write the scenario with their posterior.";

    public override string? Details =>
        "Every prior is drawn; each pair of replicates is one draw. Prints each target's fit, its prediction when left out of the fit,\n" +
        "the check of the calibrated scenario with fresh seeds, and the long-term hazard the posterior implies.";

    public override IReadOnlyList<string> Examples =>
    [
        "socsim calibrate scenarios/barcelona-2023.json --replicates 4000 --out calibrated.json",
        "socsim calibrate scenarios/barcelona-2023.json --replicates 4000 --cluster redis://127.0.0.1:6390 --out calibrated.json",
    ];

    public override void Define(Command command)
    {
        command.Add(_scenario);
        command.Add(_out);
        _replicates.AddTo(command);
        command.Add(_accept);
        command.Add(_check);
        command.Add(_quiet);
        command.Add(_set);
    }

    public override bool StopsOnCancel(ParseResult parsed) => true;

    public override async Task<int> RunAsync(ParseResult parsed, CommandIo io)
    {
        string output = parsed.GetValue(_out)!;
        string[] sets = parsed.GetValue(_set)!;
        string file = parsed.GetValue(_scenario)!;
        double accept = parsed.GetValue(_accept) is string a
            ? double.TryParse(a, NumberStyles.Float, CultureInfo.InvariantCulture, out double share) && share is > 0 and <= 1 ? share : throw new InputException($"--accept: expected a share above 0 and at most 1, got '{a}'")
            : 0.05;
        if (!_replicates.UncertaintyOf(parsed)) throw new InputException("calibrate: --uncertainty off does not apply: calibration draws every prior and fits the calibrated ones");
        Scenario scenario = ScenarioFile.Load(file, sets);
        if (!scenario.IsSimulation) throw new InputException($"{file}: calibration needs a policy scenario (population, services, behaviour…)");
        CalibrationTarget[] targets = [.. CalibrationTargets.Barcelona2023.Where(t => KpiExists(scenario, t.Kpi))];
        ulong seed = _replicates.SeedOf(parsed);
        int replicates = _replicates.ReplicatesOf(parsed), checkReplicates = parsed.GetValue(_check);
        Progress progress = io.Progress(parsed.GetValue(_quiet));

        AbcResult fit;
        ExperimentSummary check;
        string calibratedJson;
        await using (ReplicateRunner runner = await ReplicateRunner.StartAsync(_replicates.BackendOf(parsed)))
        {
            var overall = new ScaledProgress(progress, 2);
            fit = await AbcCalibration.RunAsync(new AbcRequest(scenario, targets, replicates, accept, seed), (s, sd, n) => runner.RunAsync(s, sd, n, overall.Part(0), io.Cancel));
            calibratedJson = CalibratedJson(ScenarioFile.ReadText(file), sets, fit);
            Scenario calibrated = ScenarioFile.Parse(calibratedJson, file, []);
            // The check runs with seeds the fit never used.
            check = ExperimentSummary.Aggregate(calibrated.Name, seed + 1000, await runner.RunAsync(calibrated, seed + 1000, checkReplicates, overall.Part(1), io.Cancel));
        }

        progress.Done(2);
        OutputFiles.CommitFile(output, new System.Text.UTF8Encoding(false).GetBytes(calibratedJson));
        io.Out.Write(Table(file, fit, check, seed, checkReplicates));
        io.Out.WriteLine($"wrote {output}");
        return ExitCodes.Done;
    }

    private static bool KpiExists(Scenario s, string kpi) => Sensitivity.KpiNames(s).Contains(kpi, StringComparer.Ordinal);

    /// <summary>
    /// The scenario file with the --set overrides, the posterior, and each calibrated parameter at its posterior mean
    /// (what --uncertainty off runs). Comments are not kept: it is a generated file.
    /// </summary>
    public static string CalibratedJson(string json, IReadOnlyList<string> sets, AbcResult fit)
    {
        JsonNode root = JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip })!;
        foreach (string set in sets) ScenarioOverrides.Apply(root, set);
        foreach (ParameterPosterior p in fit.Parameters)
        {
            decimal mean = ScenarioPaths.IsWholeNumber(p.Path) ? Math.Round((decimal)p.Mean) : Math.Round((decimal)p.Mean, 4);
            ScenarioOverrides.Apply(root, $"{p.Path}={mean.ToString(CultureInfo.InvariantCulture)}");
        }

        root["posterior"] = JsonSerializer.SerializeToNode(fit.Posterior, ScenarioJson.Options);
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";
    }

    private static string Table(string file, AbcResult fit, ExperimentSummary check, ulong seed, int checkReplicates)
    {
        var sb = new System.Text.StringBuilder();
        sb.AppendLine($"calibrated {file}: {fit.Draws} parameter draws ({fit.Replicates} replicates, seed {seed}), the {fit.Accepted} closest kept and adjusted");
        sb.AppendLine();
        sb.AppendLine($"{"parameter",-40}{"prior range",22}{"posterior mean",16}{"95% interval",24}");
        foreach (ParameterPosterior p in fit.Parameters)
        {
            sb.AppendLine($"{p.Path,-40}{$"{F(p.PriorLow)} – {F(p.PriorHigh)}",22}{F(p.Mean),16}{$"[{F(p.Low)}, {F(p.High)}]",24}");
        }

        sb.AppendLine();
        sb.AppendLine($"{"target",-52}{"value",9}{"fitted",9}{"left out: predicted [95%]",30}{$"check ({checkReplicates} reps, seed {seed + 1000})",32}{"error",9}");
        foreach (TargetFit t in fit.Targets)
        {
            KpiEstimate c = check.Kpis[t.Target.Kpi];
            string leftOut = t.ByConstruction ? $"set by {t.Target.SetBy}" : $"{Pct(t.LeftOut!.Mean)} [{Pct(t.LeftOut.Ci95Low)}, {Pct(t.LeftOut.Ci95High)}]{(t.LeftOutCovers ? "" : " misses")}";
            double error = (c.Mean - t.Target.Value) * 100;
            sb.AppendLine($"{t.Target.Kpi,-52}{Pct(t.Target.Value),9}{Pct(t.Fitted.Mean),9}{leftOut,30}{$"{Pct(c.Mean)} [{Pct(c.Ci95Low)}, {Pct(c.Ci95High)}]",32}{error,6:+0.00;-0.00} pp{(Math.Abs(error) > 1.5 ? "  > 1.5 pp" : "")}");
        }

        KpiEstimate h = fit.LongTermHazard45Plus;
        sb.AppendLine();
        sb.AppendLine($"implied monthly job hazard of a long-term unemployed person aged 45+ (before education and programmes): {Pct(h.Mean)} [{Pct(h.Ci95Low)}, {Pct(h.Ci95High)}]; "
            + $"Fedea 2018: about {Pct(CalibrationTargets.LongTermHazard45Plus)}");
        return sb.ToString();
    }

    private static string F(double v) => v.ToString("0.####", CultureInfo.InvariantCulture);

    private static string Pct(double v) => double.IsNaN(v) ? "n/a" : (v * 100).ToString("0.00", CultureInfo.InvariantCulture) + "%";
}
