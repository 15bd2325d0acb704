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
public static class CalibrateCommand
{
    public static int Run(Arguments args, TextWriter stdout, TextWriter stderr)
    {
        string output = args.Option("out") ?? "calibrated.json";
        IReadOnlyList<string> sets = args.Options("set");
        int replicates = args.IntOption("replicates", 6, 2, 1000);
        int seed = args.IntOption("seed", 1, 0, int.MaxValue);
        int iterations = args.IntOption("iterations", 120, 1, 100_000);
        bool quiet = args.Option("quiet") is "true";
        args.RejectUnknown(1, Usage.Calibrate);

        string file = args.Positional[0];
        Scenario scenario = ScenarioFile.Load(file, sets);
        if (!scenario.IsSimulation) throw new InputException($"{file}: calibration needs a policy scenario (population, services, behaviour…)");
        string json = File.ReadAllText(file);
        List<FittedParameter> parameters = Parameters(scenario);
        CalibrationTarget[] targets = [.. CalibrationTargets.Barcelona2023.Where(t => Applies(scenario, t.Kpi))];

        var calibrator = new Calibrator(json, file, sets, (ulong)seed, replicates);
        bool interactive = !quiet && !Console.IsErrorRedirected;
        CalibrationResult result = calibrator.Fit(parameters, targets, iterations,
            interactive ? (n, loss) => stderr.Write($"\revaluation {n}, best squared error {loss:0.000} pp²   ") : null);
        if (interactive) stderr.WriteLine();

        var files = new OutputFiles();
        files.Add(Path.GetFileName(output), CalibratedJson(json, file, [.. sets, .. result.Overrides]));
        string written = files.Commit(Path.GetDirectoryName(Path.GetFullPath(output))!)[0];

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
        stdout.WriteLine($"wrote {written}");
        return 0;
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
