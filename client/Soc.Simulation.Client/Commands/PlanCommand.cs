using System.CommandLine;
using System.Text;
using Soc.Simulation.Client.Cli;
using Soc.Simulation.Client.Languages;
using Soc.Simulation.Client.Experiments;
using Soc.Simulation.Client.Planning;
using Soc.Simulation.Analysis.Planning;
using Soc.Simulation.Model.Scenarios;

namespace Soc.Simulation.Client.Commands;

/// <summary><c>socsim plan</c>: the value of one lever of the next call that meets a goal, with its uncertainty and a check.</summary>
public sealed class PlanCommand : SocSimCommand
{
    private readonly Argument<string> _scenario = CommonOptions.Scenario();
    private readonly Option<string> _vary = new("--vary") { Description = "The lever: the JSON path of a number in the scenario, e.g. call.budgetEur.", HelpName = "path", Required = true };
    private readonly Option<string> _goal = new("--goal")
    {
        Description = "refusal-risk<=p, exhaustion-risk<=p, exhaustion-before-filing-end<=p, within-budget>=q, subsidised-insertions>=n, caused-insertions>=n, prob(kpi>x)<=p, mean(kpi)>=n …",
        HelpName = "goal",
        Required = true,
    };

    private readonly Option<string?> _range = new("--range") { Description = "Where to search: low:high (default: a quarter to four times the current value).", HelpName = "low:high" };
    private readonly Option<string?> _accuracy = new("--accuracy") { Description = "Stop when the answer is known to within this much (default: the range ÷ 256).", HelpName = "a" };
    private readonly Option<string[]> _set = CommonOptions.Set();

    // 80 by default: a probability goal's Wilson bound counts parameter draws (two replicates each, H6), and with fewer
    // than 35 a goal of 10% cannot be met cautiously even at 0 of n (the upper bound at 0/n is about 3.84/(n+3.84)).
    private readonly ReplicateOptions _replicates = new(defaultReplicates: 80);
    private readonly OutputOptions _output = new();

    public override string Name => "plan";

    public override string Summary => "Goal-seek one lever of the next call: the value that meets a goal, its cautious value, and a check with fresh seeds.";

    public override string? Details => "Writes plan.json, plan.xlsx, the goal-seek chart and report.html.";

    public override IReadOnlyList<string> Examples =>
    [
        "socsim plan scenarios/barcelona-2023.json --vary call.budgetEur --goal \"refusal-risk<=0.1\" --range 1000000:8000000 --out out/plan",
        "socsim plan scenarios/barcelona-2023.json --vary call.annualMinimumWageEur --goal \"within-budget>=0.9\"",
    ];

    public override void Define(Command command)
    {
        command.Add(_scenario);
        command.Add(_vary);
        command.Add(_goal);
        command.Add(_range);
        command.Add(_accuracy);
        command.Add(_set);
        _replicates.AddTo(command);
        _output.AddTo(command);
    }

    public override bool StopsOnCancel(ParseResult parsed) => true;

    public override async Task<int> RunAsync(ParseResult parsed, CommandIo io)
    {
        using IDisposable language = _output.LanguageOf(parsed);
        string file = parsed.GetValue(_scenario)!;
        var request = new PlanRequest(ScenarioFile.ReadText(file), file, parsed.GetValue(_set)!, _replicates.UncertaintyOf(parsed), parsed.GetValue(_vary)!,
            parsed.GetValue(_goal)!, parsed.GetValue(_range), parsed.GetValue(_accuracy), _replicates.SeedOf(parsed), _replicates.ReplicatesOf(parsed));
        request.Check();

        Progress progress = io.Progress(_output.QuietOf(parsed));
        await using ReplicateRunner runner = await ReplicateRunner.StartAsync(_replicates.BackendOf(parsed));
        int evaluations = 0;
        var plan = await PlanRun.RunAsync(request, runner, n => progress.Report(evaluations = n, n + 1), io.Cancel);
        progress.Done(evaluations);

        return PlanRun.Files(plan).CommitAndPrint(_output.FolderOf(parsed), io.Out, _output.JsonOf(parsed), () => Table(plan.Result, plan.Lever));
    }

    private static string Table(PlanResult r, Lever lever)
    {
        var sb = new StringBuilder();
        sb.AppendLine(Say.F("plan: vary {0} in [{1}, {2}] for the goal {3}", r.Path, lever.Format(r.Low), lever.Format(r.High), r.Goal));
        sb.AppendLine(Say.F("{0} replicates per evaluation, seed {1} (common random numbers)", r.Replicates, r.Seed));
        sb.AppendLine();
        sb.AppendLine($"{Say.T("value"),18}{Say.T("statistic"),14}{Say.T("95% CI"),26}{Say.T("goal met"),10}{Say.T("cautiously"),12}");
        foreach (GoalEvaluation e in r.Evaluations)
        {
            sb.AppendLine($"{lever.Format(e.Value),18}{F(e.Statistic.Mean),14}{$"[{F(e.Statistic.Ci95Low)}, {F(e.Statistic.Ci95High)}]",26}{Say.T(e.Met ? "yes" : "no"),10}{Say.T(e.MetCautiously ? "yes" : "no"),12}");
        }

        sb.AppendLine();
        sb.AppendLine($"{r.Outcome}: {(r.Answer is double a ? lever.Format(a) : Say.T("none"))}");
        sb.AppendLine(Say.F("cautious answer (the 95% bound least favourable to the goal meets it): {0}", r.CautiousAnswer is double c ? lever.Format(c) : Say.T("none in the range")));
        if (r.Check is GoalEvaluation check)
        {
            sb.AppendLine(Say.F("check at {0} with fresh seeds ({1} replicates, seed {2}): {3} [{4}, {5}], goal {6}", lever.Format(check.Value), r.CheckReplicates, r.CheckSeed, F(check.Statistic.Mean), F(check.Statistic.Ci95Low), F(check.Statistic.Ci95High), Say.T(check.Met ? "met" : "NOT met")));
        }

        return sb.ToString();
    }

    private static string F(double v) => double.IsNaN(v) ? "n/a" : v.ToString("0.####", Say.Numbers);
}
