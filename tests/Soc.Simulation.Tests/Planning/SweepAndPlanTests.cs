using System.Text.Json;
using Soc.Simulation.Client.Experiments;
using Soc.Simulation.Tests.Cli;
using Soc.Simulation.Analysis.Summaries;
using Soc.Simulation.Analysis.Planning;
using Soc.Simulation.Abstractions.Scenarios;
using Soc.Simulation.Model.Scenarios;
using Soc.Simulation.Abstractions.Simulation;
using Soc.Simulation.Model;

namespace Soc.Simulation.Tests.Planning;

public class SweepAndPlanTests
{
    private static readonly string Barcelona = Path.Combine(TestPaths.Root, "scenarios", "barcelona-2023.json");

    private static Task<(int Exit, string Out, string Err)> Sweep(string dir, params string[] extra) =>
        SocSimRunner.RunAsync(["sweep", Barcelona, "--param", "call.budgetEur", "--values", "1000000,2000000,3000000,4000000",
            "--replicates", "4", "--seed", "2", "--out", dir, "--backend", "direct", "--quiet", "true", .. extra]);

    [Fact]
    public async Task More_budget_never_refuses_more_for_budget_along_a_sweep()
    {
        string dir = TestPaths.TempDir();
        var (exit, _, stderr) = await Sweep(dir);
        Assert.True(exit == 0, stderr);

        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "sweep.json")));
        double[] refused = [.. doc.RootElement.EnumerateArray().Select(p => p.GetProperty("summary").GetProperty("kpis").GetProperty("applicationsRefusedBudget").GetProperty("mean").GetDouble())];
        Assert.Equal(4, refused.Length);
        Assert.True(refused[0] > 0);
        for (int i = 1; i < refused.Length; i++) Assert.True(refused[i] <= refused[i - 1], $"{refused[i]} after {refused[i - 1]}");
    }

    [Fact]
    public async Task An_interrupted_sweep_resumed_gives_the_same_table_as_an_uninterrupted_one()
    {
        string whole = TestPaths.TempDir(), interrupted = TestPaths.TempDir();
        Assert.Equal(0, (await Sweep(whole)).Exit);
        Assert.Equal(0, (await Sweep(interrupted)).Exit);

        // As if stopped after the first two points: later points and the final files never got written.
        foreach (string f in Directory.GetFiles(Path.Combine(interrupted, "points")).Order().Skip(2)) File.Delete(f);
        foreach (string f in Directory.GetFiles(interrupted)) if (!f.EndsWith("sweep-meta.json", StringComparison.Ordinal)) File.Delete(f);

        var (again, _, stderr) = await Sweep(interrupted);
        Assert.Equal(2, again);
        Assert.Contains("--resume true", stderr);
        var (exit, _, err) = await Sweep(interrupted, "--resume", "true");
        Assert.True(exit == 0, err);
        Assert.Equal(File.ReadAllText(Path.Combine(whole, "sweep.csv")), File.ReadAllText(Path.Combine(interrupted, "sweep.csv")));
        Assert.Equal(File.ReadAllText(Path.Combine(whole, "sweep.json")), File.ReadAllText(Path.Combine(interrupted, "sweep.json")));
    }

    [Fact]
    public async Task Resume_refuses_a_different_sweep()
    {
        string dir = TestPaths.TempDir();
        Assert.Equal(0, (await Sweep(dir)).Exit);
        var (exit, _, stderr) = await SocSimRunner.RunAsync("sweep", Barcelona, "--param", "call.budgetEur", "--values", "1000000,9000000",
            "--replicates", "4", "--seed", "2", "--out", dir, "--backend", "direct", "--resume", "true");
        Assert.Equal(2, exit);
        Assert.Contains("differs", stderr);

        // The same sweep with the assumptions fixed is another sweep: its intervals mean something else (H6).
        var (offExit, _, offErr) = await Sweep(dir, "--resume", "--uncertainty", "off");
        Assert.Equal(2, offExit);
        Assert.Contains("--uncertainty", offErr);
    }

    [Theory]
    [InlineData("--param", "call.budgetEru", "--values", "1,2", "$.call has no field 'budgetEru'")]
    [InlineData("--param", "call.budgetEur", "--range", "1:2", "expected from:to:steps")]
    [InlineData("--values", "1,2", "--param", "call.budgetEur", "expected it after a --param")]
    public async Task Bad_sweep_arguments_exit_2(string a, string b, string c, string d, string message)
    {
        var (exit, _, stderr) = await SocSimRunner.RunAsync("sweep", Barcelona, a, b, c, d, "--out", Path.Combine(TestPaths.TempDir(), "o"), "--backend", "direct");
        Assert.Equal(2, exit);
        Assert.Contains(message, stderr);
    }

    [Fact]
    public async Task The_plan_answer_rerun_with_fresh_seeds_meets_its_goal()
    {
        string dir = TestPaths.TempDir();
        // A third of Barcelona's arrivals keeps the test quick; the budget still binds at the bottom of the range.
        // 20 replicates are 10 parameter draws: the 95% bound of 0 refusals in 10 draws is 0.28, so the goal is 0.3.
        var (exit, stdout, stderr) = await SocSimRunner.RunAsync("plan", Barcelona, "--vary", "call.budgetEur", "--goal", "refusal-risk<=0.3",
            "--set", "population.monthlyArrivals=800", "--range", "200000:2000000", "--accuracy", "20000", "--replicates", "20",
            "--out", dir, "--backend", "direct", "--quiet", "true");
        Assert.True(exit == 0, stderr);
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "plan.json")));
        double cautious = doc.RootElement.GetProperty("cautiousAnswer").GetDouble();
        double answer = doc.RootElement.GetProperty("answer").GetDouble();
        Assert.True(cautious >= answer, stdout);

        // Fresh seeds, never used by the plan: the cautious answer still meets the goal.
        Scenario atAnswer = ScenarioFile.Load(Barcelona, ["population.monthlyArrivals=800", $"call.budgetEur={Math.Round(cautious, 2).ToString(System.Globalization.CultureInfo.InvariantCulture)}"]);
        ReplicateResult[] fresh = await MonteCarloRunner.DirectAsync(atAnswer, 777, 40, new Progress(TextWriter.Null, false));
        KpiEstimate risk = Goal.Parse("refusal-risk<=0.3").Measure(fresh);
        Assert.True(risk.Mean <= 0.3, $"risk {risk.Mean} at {cautious}");
        Assert.True(File.Exists(Path.Combine(dir, "plan-path.png")) && File.Exists(Path.Combine(dir, "report.html")));
    }

    [Fact]
    public async Task Plan_finds_the_largest_monthly_amount_that_keeps_within_budget()
    {
        string dir = TestPaths.TempDir();
        var (exit, stdout, stderr) = await SocSimRunner.RunAsync("plan", Barcelona, "--vary", "call.annualMinimumWageEur", "--goal", "within-budget>=0.5",
            "--set", "population.monthlyArrivals=800", "--set", "call.budgetEur=1200000", "--range", "7200:36000", "--accuracy", "600",
            "--replicates", "12", "--out", dir, "--backend", "direct", "--quiet", "true");
        Assert.True(exit == 0, stderr);
        Assert.Contains("largest value that meets the goal", stdout);
    }

    [Theory]
    [InlineData("refusal-risk<=0.1", "applicationsRefusedBudget", true, "<=", 0.1)]
    [InlineData("mean(grossSubsidisedInsertions)>=400", "grossSubsidisedInsertions", false, ">=", 400)]
    [InlineData("prob(callExhausted>0)<=0.25", "callExhausted", true, "<=", 0.25)]
    [InlineData("exhaustion-before-filing-end<=0.1", "callExhaustedBeforeFilingEnd", true, "<=", 0.1)]
    public void Goals_parse(string text, string kpi, bool probability, string op, double target)
    {
        Goal g = Goal.Parse(text);
        Assert.Equal((kpi, probability, op, target), (g.Kpi, g.IsProbability, g.Op, g.Target));
    }

    [Fact]
    public void A_mean_goal_interval_stays_within_what_the_kpi_can_be()
    {
        // A cost per caused insertion that is huge under one parameter draw and small under the others: mean ± 1.96 sd
        // reaches below 0 €, which no cost can be; results.json cuts it at 0, and so must plan and design.
        double[] costs = [1_000, 1_200, 900, 1_100, 200_000, 210_000, 800, 1_000];
        ReplicateResult[] runs = [.. costs.Select((c, i) => new ReplicateResult(i, ["costPerCausedInsertionEur", "netEffect"], [c, c - 50_000], [], [], [], null, ParameterDraw: i / 2))];

        KpiEstimate cost = Goal.Mean(runs, 0);
        KpiEstimate raw = ExperimentSummary.WithParameters(costs, [.. runs.Select(r => r.ParameterDraw)]);

        Assert.True(raw.Ci95Low < 0);
        Assert.Equal((raw.Mean, 0.0, raw.Ci95High), (cost.Mean, cost.Ci95Low, cost.Ci95High));
        Assert.True(Goal.Mean(runs, 1).Ci95Low < 0); // a KPI the catalogue does not know is left as it is

        // The same for a point scenario (no parameter draws): results.json's t-interval and the goal's agree.
        ReplicateResult[] point = [.. runs.Select(r => r with { ParameterDraw = -1 })];
        Assert.True(ExperimentSummary.TInterval(costs).Ci95Low < 0);
        Assert.Equal(0.0, ExperimentSummary.Aggregate("point", 1, point).Kpis["costPerCausedInsertionEur"].Ci95Low);
        Assert.Equal(0.0, Goal.Mean(point, 0).Ci95Low);
    }

    [Fact]
    public void A_bad_goal_is_explained() =>
        Assert.Contains("expected prob(kpi>x)<=p", Assert.Throws<InputException>(() => Goal.Parse("lots of insertions")).Message);
}
