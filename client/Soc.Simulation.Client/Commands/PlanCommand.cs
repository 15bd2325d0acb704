using System.Globalization;
using System.Text;
using System.Text.Json;
using Soc.Simulation.Client.Cli;
using Soc.Simulation.Client.Experiments;
using Soc.Simulation.Client.Output;
using Soc.Simulation.Client.Planning;
using Soc.Simulation.Experiments;
using Soc.Simulation.Scenarios;

namespace Soc.Simulation.Client.Commands;

/// <summary><c>socsim plan</c>: the value of one lever of the next call that meets a goal, with its uncertainty and a check.</summary>
public static class PlanCommand
{
    public static async Task<int> RunAsync(Arguments args, TextWriter stdout)
    {
        string path = args.Option("vary") ?? throw new InputException($"plan: --vary <path> is required\nusage: {Usage.Plan}");
        Goal goal = Goal.Parse(args.Option("goal") ?? throw new InputException($"plan: --goal <goal> is required\nusage: {Usage.Plan}"));
        string? range = args.Option("range");
        string? accuracyRaw = args.Option("accuracy");
        string outDir = args.Option("out") ?? "out";
        IReadOnlyList<string> sets = args.Options("set");
        // 40 by default: with fewer, a probability goal of 10% cannot be met cautiously even at 0 of n
        // (Wilson's upper bound at 0/n is about 3.84/(n+3.84)).
        int replicates = args.IntOption("replicates", 40, 2, 100_000);
        int seed = args.IntOption("seed", 1, 0, int.MaxValue);
        Backend backend = Backend.From(args);
        bool quiet = args.Option("quiet") is "true";
        bool json = args.Option("json") is "true";
        args.RejectUnknown(1, Usage.Plan);

        string file = args.Positional[0];
        Scenario scenario = ScenarioFile.Load(file, sets);
        if (!scenario.IsSimulation) throw new InputException($"{file}: plan needs a policy scenario (population, services, behaviour…)");
        string json0 = File.ReadAllText(file);
        Lever lever = Lever.Of(json0, file, sets, path);
        (double low, double high) = Range(range, lever);
        double accuracy = accuracyRaw is null ? Math.Max((high - low) / 256, lever.Euros ? 0.01 : 1e-6) : Number(accuracyRaw, "--accuracy");

        var progress = Progress.For(Console.Error, quiet || json);
        await using ReplicateRunner runner = await ReplicateRunner.StartAsync(backend);
        int evaluations = 0;
        var seeker = new GoalSeeker(goal, (x, s, n) =>
        {
            // Each variant is validated like a user's --set: a lever value that breaks the scenario stops the plan.
            Scenario variant = ScenarioFile.Parse(json0, file, [.. sets, lever.Assignment(x)]) with { Name = scenario.Name };
            var runs = runner.RunAsync(variant, s, n, new Progress(TextWriter.Null, false)).GetAwaiter().GetResult();
            progress.Report(++evaluations, evaluations + 1);
            return runs;
        }, (ulong)seed, replicates);
        PlanResult result = seeker.Seek(path, low, high, lever.Integer, accuracy);
        progress.Done(evaluations);

        var files = new OutputFiles();
        string planJson = JsonSerializer.Serialize(result, ScenarioJson.Options) + "\n";
        files.Add("plan.json", planJson);
        foreach ((string name, byte[] content) in Report.PlanReport.For(result, scenario, lever).Files()) files.Add(name, content);
        return files.CommitAndPrint(outDir, stdout, json, planJson, () => Table(result, lever));
    }

    private static (double Low, double High) Range(string? range, Lever lever)
    {
        if (range is null)
        {
            if (lever.Current <= 0) throw new InputException($"--vary {lever.Path}: its value is {lever.Current}; give --range low:high");
            return (lever.Integer ? Math.Max(1, Math.Floor(lever.Current / 4)) : lever.Current / 4, lever.Integer ? Math.Ceiling(lever.Current * 4) : lever.Current * 4);
        }

        string[] parts = range.Split(':');
        double lo = parts.Length == 2 ? Number(parts[0], "--range") : throw new InputException($"--range: expected low:high, got '{range}'");
        double hi = Number(parts[1], "--range");
        return lo < hi ? (lo, hi) : throw new InputException($"--range: expected low < high, got '{range}'");
    }

    private static double Number(string raw, string flag) =>
        double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out double v) ? v : throw new InputException($"{flag}: expected a number, got '{raw}'");

    private static string Table(PlanResult r, Lever lever)
    {
        var sb = new StringBuilder();
        sb.AppendLine($"plan: vary {r.Path} in [{lever.Format(r.Low)}, {lever.Format(r.High)}] for the goal {r.Goal}");
        sb.AppendLine($"{r.Replicates} replicates per evaluation, seed {r.Seed} (common random numbers)");
        sb.AppendLine();
        sb.AppendLine($"{"value",18}{"statistic",14}{"95% CI",26}{"goal met",10}{"cautiously",12}");
        foreach (GoalEvaluation e in r.Evaluations)
        {
            sb.AppendLine($"{lever.Format(e.Value),18}{F(e.Statistic.Mean),14}{$"[{F(e.Statistic.Ci95Low)}, {F(e.Statistic.Ci95High)}]",26}{(e.Met ? "yes" : "no"),10}{(e.MetCautiously ? "yes" : "no"),12}");
        }

        sb.AppendLine();
        sb.AppendLine($"{r.Outcome}: {(r.Answer is double a ? lever.Format(a) : "none")}");
        sb.AppendLine($"cautious answer (the 95% bound least favourable to the goal meets it): {(r.CautiousAnswer is double c ? lever.Format(c) : "none in the range")}");
        if (r.Check is GoalEvaluation check)
        {
            sb.AppendLine($"check at {lever.Format(check.Value)} with fresh seeds ({r.CheckReplicates} replicates, seed {r.CheckSeed}): {F(check.Statistic.Mean)} [{F(check.Statistic.Ci95Low)}, {F(check.Statistic.Ci95High)}], goal {(check.Met ? "met" : "NOT met")}");
        }

        return sb.ToString();
    }

    private static string F(double v) => double.IsNaN(v) ? "n/a" : v.ToString("0.####", CultureInfo.InvariantCulture);
}
