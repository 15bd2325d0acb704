using System.CommandLine;
using System.Text;
using Soc.Simulation.Analysis.Comparisons;
using Soc.Simulation.Analysis.Design;
using Soc.Simulation.Analysis.Summaries;
using Soc.Simulation.Abstractions.Scenarios;
using Soc.Simulation.Client.Cli;
using Soc.Simulation.Client.Experiments;
using Soc.Simulation.Client.Languages;
using Soc.Simulation.Client.Output;
using Soc.Simulation.Client.Planning;
using Soc.Simulation.Model.Kpis;
using Soc.Simulation.Model.Scenarios;

namespace Soc.Simulation.Client.Commands;

/// <summary>
/// <c>socsim design</c>: several levers of the next call at once, under risk constraints: the Pareto front of the designs
/// that meet them, each point checked with fresh seeds and twice the replicates.
/// </summary>
public sealed class DesignCommand : SocSimCommand
{
    private readonly Argument<string> _scenario = CommonOptions.Scenario();
    private readonly Option<string[]> _lever = Repeated("--lever", "A lever: path=low:high, path=low:high:int, path=a|b|c (an edition's annualMinimumWageEur sets both amounts, H5), a day path=2025-03-01:2025-09-30, or linked fields path1,path2=x1,x2|y1,y2. Repeat for each.", "path=low:high", required: true);
    private readonly Option<string[]> _objective = Repeated("--objective", "max:kpi or min:kpi, on the KPI's mean (repeat; two or more trade off).", "max:kpi", required: true);
    private readonly Option<string[]> _constraint = Repeated("--constraint", "On a lever (call.budgetEur<=4000000) or on the output as plan's goals (exhaustion-before-filing-end<=0.1, exhaustion-risk<=0.1, mean(kpi)>=n): met at its cautious 95% bound.", "constraint", required: false);
    private readonly Option<int> _population = CommonOptions.WholeNumber("--population", 20, 4, 1000, "Designs per generation (even).", "n");
    private readonly Option<int> _generations = CommonOptions.WholeNumber("--generations", 8, 1, 1000, "Generations of the search after the first.", "n");
    private readonly Option<bool> _resume = new("--resume") { Description = "Continue an interrupted search in the same --out (same scenario, levers, objectives, constraints and settings)." };
    private readonly Option<string[]> _set = CommonOptions.Set();

    // As plan: a probability constraint's Wilson bound counts parameter draws (two replicates each, H6); with fewer than
    // 35 a risk of 10% cannot be met cautiously even at 0 of n.
    private readonly ReplicateOptions _replicates = new(defaultReplicates: 80);
    private readonly OutputOptions _output = new();

    public override string Name => "design";

    public override string Summary => "Design the next call: several levers at once, the Pareto front of the designs that meet the constraints, each checked with fresh seeds.";

    public override string? Details =>
        "NSGA-II over the levers; every design runs with the same seed (common random numbers and the same parameter draws),\n" +
        "scored by its objectives' means and its constraints at their cautious 95% bound; the front is run again with a fresh\n" +
        "seed and twice the replicates. Each design is saved to DIR/designs/ as soon as it is evaluated, so --resume continues\n" +
        "an interrupted search. Writes design.json, design.csv, design.xlsx, the Pareto chart and report.html.";

    public override IReadOnlyList<string> Examples =>
    [
        "socsim design scenarios/barcelona-2024.json --lever call.budgetEur=1000000:6000000 --lever call.maxSubsidisedMonths=6:12:int " +
            "--lever call.minimumAge=25:45:int --objective max:insertionsCausedByCall --objective min:costPerCausedInsertionEur " +
            "--constraint \"exhaustion-risk<=0.1\" --constraint \"call.budgetEur<=4000000\" --out out/design",
        "socsim design scenarios/barcelona-2024.json --lever call.budgetEur=1000000:6000000 --lever call.awardOrder=strict|skip_to_fit " +
            "--objective max:insertionsCausedByCall --objective min:subsidyCommittedEur --out out/design --resume",
    ];

    public override void Define(Command command)
    {
        command.Add(_scenario);
        command.Add(_lever);
        command.Add(_objective);
        command.Add(_constraint);
        command.Add(_population);
        command.Add(_generations);
        command.Add(_resume);
        command.Add(_set);
        _replicates.AddTo(command);
        _output.AddTo(command);
    }

    public override bool StopsOnCancel(ParseResult parsed) => true;

    public override async Task<int> RunAsync(ParseResult parsed, CommandIo io)
    {
        using IDisposable language = _output.LanguageOf(parsed);
        string file = parsed.GetValue(_scenario)!;
        string text = ScenarioFile.ReadText(file);
        string[] sets = parsed.GetValue(_set)!;
        bool uncertainty = _replicates.UncertaintyOf(parsed);
        int population = parsed.GetValue(_population), generations = parsed.GetValue(_generations), replicates = _replicates.ReplicatesOf(parsed);
        ulong seed = _replicates.SeedOf(parsed);
        // Everything a user typed is checked before anything runs: every value a lever can take, every KPI named.
        DesignRequest request = DesignRequest.Of(text, file, sets, uncertainty, parsed.GetValue(_lever)!, parsed.GetValue(_objective)!, parsed.GetValue(_constraint)!,
            population, generations, seed, replicates);
        Scenario scenario = ScenarioFile.Parse(text, file, sets, uncertainty);

        string outDir = _output.FolderOf(parsed);
        var store = new DesignStore(outDir);
        store.Open(new DesignMeta(file, SweepStore.Sha256(text), sets, seed, replicates, uncertainty, [.. request.Problem.Levers.Select(l => l.Text)],
            [.. request.Problem.Objectives.Select(o => o.ToString())], [.. request.Problem.Constraints.Select(c => c.Text)], population, generations), parsed.GetValue(_resume));

        Progress progress = io.Progress(_output.QuietOf(parsed));
        // The search evaluates at most the first population and each generation's children; the check, the front (at most a population).
        int expected = DesignRun.Expected(request);
        DesignResult result;
        await using (ReplicateRunner runner = await ReplicateRunner.StartAsync(_replicates.BackendOf(parsed)))
        {
            result = await DesignRun.RunAsync(request, runner, store, done => progress.Report(Math.Min(done, expected - 1), expected), io.Cancel);
        }

        progress.Done(expected);
        return OutputSets.Design(result, scenario).CommitAndPrint(outDir, io.Out, _output.JsonOf(parsed), () => Table(result));
    }

    private static Option<string[]> Repeated(string name, string description, string helpName, bool required) => new(name)
    {
        Description = description,
        HelpName = helpName,
        Arity = ArgumentArity.OneOrMore,
        AllowMultipleArgumentsPerToken = false,
        Required = required,
        DefaultValueFactory = _ => [],
    };

    private static string Table(DesignResult r)
    {
        var sb = new StringBuilder();
        sb.AppendLine(Say.F("design of {0}: {1} levers, objectives {2}", r.Scenario, r.Levers.Count, string.Join(", ", r.Objectives)));
        sb.AppendLine(Say.F("{0} designs evaluated in {1} generations, {2} replicates each (seed {3}); {4} simulations in all", r.Evaluations, r.Generations, r.Replicates, r.Seed, r.Simulations));
        sb.AppendLine(Say.F("Pareto front: {0} designs; the check (seed {1}, {2} replicates) meets every constraint for {3} of them", r.Front.Count, r.CheckSeed, r.CheckReplicates, r.FrontConfirmed));
        if (r.ScenarioCall is { } own)
        {
            sb.AppendLine();
            sb.AppendLine(Say.T("the scenario's own call, on the check's seeds:"));
            for (int i = 0; i < r.Objectives.Count; i++)
            {
                KpiEstimate e = own.Objectives[i];
                sb.AppendLine($"    {r.Objectives[i],-34}{F(e.Mean),14} [{F(e.Ci95Low)}, {F(e.Ci95High)}]");
            }

            foreach (ConstraintOutcome c in own.Constraints) sb.AppendLine($"    {c.Constraint,-34}{Say.T("cautious")} {F(c.Cautious)}: {Say.T(c.Met ? "met" : "NOT met")}");
        }

        Points(sb, r, r.Front.Where(p => p.CheckMet));
        if (r.FrontConfirmed < r.Front.Count)
        {
            sb.AppendLine();
            sb.AppendLine(Say.T("not confirmed by the check (the search's seed favoured them at a constraint's edge):"));
            Points(sb, r, r.Front.Where(p => !p.CheckMet));
        }

        if (r.Front.Count == 0) sb.AppendLine(Say.T("no design meets every constraint: widen a lever's range, or loosen a constraint"));
        return sb.ToString();
    }

    private static void Points(StringBuilder sb, DesignResult r, IEnumerable<DesignFrontPoint> points)
    {
        foreach (DesignFrontPoint p in points)
        {
            sb.AppendLine();
            sb.Append("  ").AppendLine(string.Join("  ", p.Search.Assignments));
            for (int i = 0; i < r.Objectives.Count; i++)
            {
                KpiEstimate s = p.Search.Objectives[i], c = p.Check.Objectives[i];
                sb.AppendLine($"    {r.Objectives[i],-34}{F(s.Mean),14} [{F(s.Ci95Low)}, {F(s.Ci95High)}]   {Say.T("check")} {F(c.Mean)} [{F(c.Ci95Low)}, {F(c.Ci95High)}]");
                if (p.Check.VersusScenario?[i] is { } d)
                {
                    sb.AppendLine($"    {"",-34}{Say.T("vs the scenario's call")} {Signed(d, d.MeanDifference)} [{Signed(d, d.Ci95Low)}, {Signed(d, d.Ci95High)}]");
                }
            }

            foreach (ConstraintOutcome c in p.Check.Constraints)
            {
                sb.AppendLine($"    {c.Constraint,-34}{Say.T("check, cautious")} {F(c.Cautious)}: {Say.T(c.Met ? "met" : "NOT met")}");
            }
        }
    }

    private static string F(double v) => double.IsNaN(v) ? "n/a" : v.ToString("#,0.####", Say.Numbers);

    private static string Signed(KpiDifference d, double v) => KpiFormat.Difference(d.Kpi, v, Say.Current);
}
