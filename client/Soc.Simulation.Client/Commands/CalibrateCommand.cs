using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Soc.Simulation.Calibration;
using Soc.Simulation.Client.Cli;
using Soc.Simulation.Client.Output;
using Soc.Simulation.Scenarios;

namespace Soc.Simulation.Client.Commands;

/// <summary>
/// <c>socsim calibrate</c>: fits the job-finding hazards and the effects of the programmes with targets
/// (PIC, Taller d'Oficis) to domain.md E, prints target / simulated / 95% CI, and writes the calibrated scenario.
/// </summary>
public sealed class CalibrateCommand : SocSimCommand
{
    private readonly Argument<string> _scenario = CommonOptions.Scenario();
    private readonly Option<string> _out = new("--out") { Description = "The calibrated scenario file to write.", HelpName = "file", DefaultValueFactory = _ => "calibrated.json" };
    private readonly Option<int> _replicates = CommonOptions.Replicates(6);
    private readonly Option<int> _seed = CommonOptions.Seed();
    private readonly Option<int> _iterations = CommonOptions.WholeNumber("--iterations", 120, 1, 100_000, "The most evaluations the fit may use.", "n");
    private readonly Option<bool> _quiet = CommonOptions.Quiet();
    private readonly Option<string[]> _set = CommonOptions.Set();

    public override string Name => "calibrate";

    public override string Summary => "Fit the job-finding hazards and programme effects to the 2023 targets (domain.md E) and write the calibrated scenario.";

    public override string? Details => "Prints target / simulated / 95% CI at the fitted values, checked with fresh seeds.";

    public override IReadOnlyList<string> Examples =>
    [
        "socsim calibrate scenarios/barcelona-2023.json --out calibrated.json --replicates 4 --iterations 150",
    ];

    public override void Define(Command command)
    {
        command.Add(_scenario);
        command.Add(_out);
        command.Add(_replicates);
        command.Add(_seed);
        command.Add(_iterations);
        command.Add(_quiet);
        command.Add(_set);
    }

    public override Task<int> RunAsync(ParseResult parsed, CommandIo io)
    {
        string output = parsed.GetValue(_out)!;
        string[] sets = parsed.GetValue(_set)!;
        int replicates = parsed.GetValue(_replicates);
        int seed = parsed.GetValue(_seed);
        string file = parsed.GetValue(_scenario)!;
        Scenario scenario = ScenarioFile.Load(file, sets);
        if (!scenario.IsSimulation) throw new InputException($"{file}: calibration needs a policy scenario (population, services, behaviour…)");
        string json = ScenarioFile.ReadText(file);
        List<FittedParameter> parameters = Parameters(scenario);
        CalibrationTarget[] targets = [.. CalibrationTargets.Barcelona2023.Where(t => Applies(scenario, t.Kpi))];

        var calibrator = new Calibrator(json, file, sets, (ulong)seed, replicates);
        bool interactive = !parsed.GetValue(_quiet) && ReferenceEquals(io.Error, Console.Error) && !Console.IsErrorRedirected;
        CalibrationResult result = calibrator.Fit(parameters, targets, parsed.GetValue(_iterations),
            interactive ? (n, loss) => io.Error.Write($"\revaluation {n}, best squared error {loss:0.000} pp²   ") : null);
        if (interactive) io.Error.WriteLine();

        OutputFiles.CommitFile(output, new System.Text.UTF8Encoding(false).GetBytes(CalibratedJson(json, file, [.. sets, .. result.Overrides])));

        TextWriter stdout = io.Out;
        stdout.WriteLine($"calibrated {file}: {result.Evaluations} evaluations of {replicates} replicates (seed {seed}); check with {replicates * 2} replicates, seed {seed + 1000}");
        stdout.WriteLine();
        stdout.WriteLine($"{"target",-44}{"target",10}{"simulated",12}{"95% CI",22}{"error",10}");
        foreach (CalibrationRow row in result.Check)
        {
            string ci = $"[{Pct(row.Simulated.Ci95Low)}, {Pct(row.Simulated.Ci95High)}]";
            string flag = Math.Abs(row.ErrorPoints) <= 1.5 ? "" : "  > 1.5 pp";
            stdout.WriteLine($"{row.Target.Kpi,-44}{Pct(row.Target.Value),10}{Pct(row.Simulated.Mean),12}{ci,22}{row.ErrorPoints,8:+0.00;-0.00} pp{flag}");
        }

        stdout.WriteLine();
        stdout.WriteLine("fitted: " + string.Join(" ", result.Overrides));
        stdout.WriteLine($"wrote {output}");
        return Task.FromResult(ExitCodes.Done);
    }

    /// <summary>The fitted parameters: the hazards (45+ tied to 30–44 at the file's ratio) and the effects of PIC and Taller d'Oficis.</summary>
    private static List<FittedParameter> Parameters(Scenario scenario)
    {
        var hazard = scenario.Behaviour!.MonthlyJobHazard;
        double ratio45 = (double)(hazard["from45"] / hazard["from30to44"]);
        var list = new List<FittedParameter>
        {
            new("behaviour.monthlyJobHazard.under30", 0.005, 0.6, []),
            new("behaviour.monthlyJobHazard.from30to44", 0.005, 0.6, [("behaviour.monthlyJobHazard.from45", ratio45)]),
        };
        int pic = Index(scenario, "pic"), taller = Index(scenario, "taller_oficis");
        if (pic >= 0) list.Add(new($"services[{pic}].hazardMultiplier", 0.05, 5, []));
        if (taller >= 0)
        {
            list.Add(new($"services[{taller}].hazardMultiplier", 0.05, 5, []));
            list.Add(new($"services[{taller}].studiesHazard", 0, 0.5, []));
        }

        return list;
    }

    private static int Index(Scenario s, string id) => s.Services!.Select((p, i) => (p, i)).FirstOrDefault(x => x.p.Id == id, (null!, -1)).Item2;

    private static bool Applies(Scenario s, string kpi) =>
        !kpi.Contains("_programme_", StringComparison.Ordinal) || s.Services!.Any(p => kpi.EndsWith("_programme_" + p.Id, StringComparison.Ordinal));

    /// <summary>The scenario file with the fitted values set (comments are not kept: it is a generated file).</summary>
    private static string CalibratedJson(string json, string file, IReadOnlyList<string> overrides)
    {
        JsonNode root = JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip })!;
        foreach (string set in overrides) ScenarioOverrides.Apply(root, set);
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";
    }

    private static string Pct(double v) => double.IsNaN(v) ? "n/a" : (v * 100).ToString("0.00", CultureInfo.InvariantCulture) + "%";
}
