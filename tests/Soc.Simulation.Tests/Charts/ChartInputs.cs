using Soc.Simulation.Client.Charts;
using Soc.Simulation.Client.Experiments;
using Soc.Simulation.Client.Planning;
using Soc.Simulation.Analysis.Summaries;
using Soc.Simulation.Analysis.Comparisons;
using Soc.Simulation.Analysis.Planning;
using Soc.Simulation.Analysis.Design;
using Soc.Simulation.Analysis.Screening;
using Soc.Simulation.Analysis.Projection;
using SensitivityAnalysis = Soc.Simulation.Analysis.Screening.Sensitivity;
using Soc.Simulation.Model.Register;
using Soc.Simulation.Model.Results;
using Soc.Simulation.Abstractions.Scenarios;
using Soc.Simulation.Model.Scenarios;
using Soc.Simulation.Abstractions.Simulation;

namespace Soc.Simulation.Tests.Charts;

/// <summary>
/// What the chart and report tests draw, computed once per test run: a fixed-seed Monte Carlo run of the Barcelona
/// scenario (4 replicates), a comparison with a smaller call budget, a projection built by hand from the run, and
/// the replay of the sample register, and the smallest of each planning analysis.
/// </summary>
internal static class ChartInputs
{
    public const ulong Seed = 11;
    public const int Replicates = 4;

    private static readonly Lazy<Task<Inputs>> Shared = new(BuildAsync);

    public static string BarcelonaPath => Path.Combine(TestPaths.Root, "scenarios", "barcelona-2023.json");

    public static Task<Inputs> GetAsync() => Shared.Value;

    public sealed record Inputs(
        Scenario Scenario,
        Scenario Alternative,
        ExperimentSummary Summary,
        ComparisonSummary Comparison,
        ProjectionSummary Projection,
        Scenario ReplayScenario,
        ReplayReport Replay,
        SweepView Sweep,
        PlanView Plan,
        SensitivityView OneAtATime,
        SensitivityView Morris,
        SobolView Sobol,
        DesignView Design)
    {
        /// <summary>The results a recipe draws, by the type of its view: every kind of chart gets a fixed-seed input.</summary>
        public object ViewOf(Type view) => view.Name switch
        {
            nameof(ReplayView) => new ReplayView(Replay, ReplayScenario),
            nameof(ExperimentView) => new ExperimentView(Summary, Scenario),
            nameof(ComparisonView) => new ComparisonView(Comparison, [Scenario, Alternative]),
            nameof(ProjectionView) => new ProjectionView(Projection, Scenario),
            nameof(BackTestView) => BackTestFrom(Projection),
            nameof(SweepView) => Sweep,
            nameof(PlanView) => Plan,
            nameof(SobolView) => Sobol,
            nameof(DesignView) => Design,
            nameof(SensitivityView) => throw new ArgumentException("a sensitivity recipe draws either the one-at-a-time or the Morris analysis"),
            _ => throw new ArgumentException($"no test input for charts of {view.Name}"),
        };
    }

    private static async Task<Inputs> BuildAsync()
    {
        var silent = new Progress(TextWriter.Null, false);
        // 2 M€ runs out under most parameter draws, so the exhaustion chart has bars to draw (its text-only
        // "never ran out" case has no colour to check).
        Scenario scenario = ScenarioFile.Load(BarcelonaPath, ["call.budgetEur=2000000"]);
        Scenario alternative = ScenarioFile.Load(BarcelonaPath, ["call.budgetEur=1500000"]) with { Name = "smaller budget (1.5 M€)" };
        ReplicateResult[] runs = await MonteCarloRunner.DirectAsync(scenario, Seed, Replicates, silent);
        ReplicateResult[] altRuns = await MonteCarloRunner.DirectAsync(alternative, Seed, Replicates, silent);
        ExperimentSummary summary = ExperimentSummary.Aggregate(scenario.Name, Seed, runs);
        ExperimentSummary altSummary = ExperimentSummary.Aggregate(alternative.Name, Seed, altRuns);
        ComparisonSummary comparison = ComparisonSummary.Build(Seed, summary, runs, [(altSummary, altRuns, ScenarioDiff.Between(scenario, alternative))]);

        Scenario replayScenario = ScenarioFile.Load(TestPaths.Baseline, []);
        (ReplayReport replay, _) = DirectReplay.Run(replayScenario, RegisterReader.ReadFile(TestPaths.SampleRegister));

        // A sweep of two budgets, a goal-seek of the budget and both sensitivity analyses, each as small as draws.
        SweepLever budget = SweepLever.FromValues("call.budgetEur", "1500000,3000000");
        SweepPointResult[] points = [.. await Task.WhenAll(SweepGrid.Points([budget]).Select(async p => new SweepPointResult(p.Index, p.Settings,
            ExperimentSummary.Aggregate(scenario.Name, Seed, await MonteCarloRunner.DirectAsync(
                ScenarioFile.Load(BarcelonaPath, [.. p.Settings.Select(s => s.Assignment)]), Seed, 2, silent)))))];
        string json = File.ReadAllText(BarcelonaPath);
        Lever lever = Lever.Of(json, BarcelonaPath, [], "call.budgetEur");
        var seeker = new GoalSeeker(Goal.Parse("mean(applicationsRefusedBudget)<=50"), (x, s, n) =>
            MonteCarloRunner.DirectAsync(ScenarioFile.Load(BarcelonaPath, [lever.Assignment(x)]), s, n, silent), Seed, 2);
        PlanResult plan = await seeker.SeekAsync("call.budgetEur", 1_000_000, 4_000_000, false, 500_000);
        SensitivityPlan oat = SensitivityAnalysis.Plan(new SensitivityRequest(json, BarcelonaPath, [], ["call.annualMinimumWageEur", "behaviour.subsidyTakeUp"], 0.1m, SensitivityAnalysis.DefaultKpi, Seed, 2));
        Func<SensitivityRun, Task<ReplicateResult[]>> run = r => MonteCarloRunner.DirectAsync(r.Scenario, r.Seed, r.Replicates, silent);
        SensitivitySummary tornado = await SensitivityAnalysis.RunAsync(oat, run);
        SensitivitySummary morris = await Morris.RunAsync(Morris.Plan(oat, 2), run);
        SobolPlan sobolPlan = Sobol.Plan(new SobolRequest(json, BarcelonaPath, [], ["behaviour.subsidyTakeUp", "behaviour.deadweight"], null, Seed, 4, 1));
        SobolSummary sobol = await Sobol.RunAsync(sobolPlan, run, 4, 200);
        // A design of two levers and two objectives, as small as a front needs.
        DesignLever[] designLevers = [DesignLever.Parse("call.budgetEur=1000000:4000000", json, BarcelonaPath, []), DesignLever.Parse("call.maxSubsidisedMonths=6:12:int", json, BarcelonaPath, [])];
        var problem = new DesignProblem(designLevers, [new DesignObjective("insertionsCausedByCall", true), new DesignObjective("subsidyCommittedEur", false)],
            [DesignConstraint.Parse("call.budgetEur<=3500000", designLevers)]);
        DesignResult design = await DesignSearch.RunAsync(new DesignRequest(json, BarcelonaPath, [], true, problem, Seed, 2, new Nsga2Options(4, 1, Seed: Seed)),
            (s, seed, n) => MonteCarloRunner.DirectAsync(s, seed, n, silent), new DesignRun.NoCache(), _ => { });
        return new Inputs(scenario, alternative, summary, comparison, ProjectionFrom(summary, scenario), replayScenario, replay,
            new SweepView([budget], points, scenario), new PlanView(plan, lever), new SensitivityView(tornado), new SensitivityView(morris), new SobolView(sobol),
            new DesignView(design));
    }

    /// <summary>A back-test of ten cuts made by hand, with PIT values spread over the bins.</summary>
    public static BackTestView BackTestFrom(ProjectionSummary p)
    {
        BackTestRow[] rows = [.. Enumerable.Range(0, 10).Select(i => new BackTestRow(p.AsOf.AddDays(7 * i), 100 + i, 1e6, 9e5, 1.1e6, 1e6 + 1e4 * i, 1e4 * i, i is > 0 and < 9, 0, 0, 1e4, null)
            { Registry = "hand.csv", Pit = (i + 0.5) / 10 })];
        return new BackTestView(rows, BackTestPooled.Of(rows, p.BudgetEur));
    }

    /// <summary>
    /// A projection as of 2023-01-15 made from the run's series: the call's cumulative books and, per line, the
    /// cumulated monthly payments. Its numbers are not a projection's; its shape is.
    /// </summary>
    public static ProjectionSummary ProjectionFrom(ExperimentSummary summary, Scenario scenario)
    {
        static IReadOnlyList<SeriesPoint> Cumulate(IReadOnlyList<SeriesPoint> monthly)
        {
            double mean = 0, p10 = 0, p90 = 0;
            return [.. monthly.Select(x => new SeriesPoint(x.Month, mean += x.Mean, p10 += x.P10, p90 += x.P90))];
        }

        static IReadOnlyList<SeriesPoint> Zero(IReadOnlyList<SeriesPoint> like) => [.. like.Select(x => new SeriesPoint(x.Month, 0, 0, 0))];

        const string prefix = "subsidyPaidEur_line_";
        LineProjection[] lines = [.. summary.Monthly.Where(kv => kv.Key.StartsWith(prefix, StringComparison.Ordinal))
            .Select(kv => new LineProjection(kv.Key[prefix.Length..], Cumulate(kv.Value), Cumulate(kv.Value), Zero(kv.Value)))];
        IReadOnlyList<SeriesPoint> committed = summary.Monthly["subsidyNetCommittedEur"];
        return new ProjectionSummary(summary.Scenario, new DateOnly(2023, 1, 15), summary.Seed, summary.Replicates,
            KnownApplications: 180, ApplicationsPerDay: 2.5, scenario.Call.BudgetEur, CommittedAsOfEur: 1_000_000m, PaidAsOfEur: 800_000m,
            committed, summary.Monthly["subsidyNetPaidEur"], Zero(committed), lines, summary.Exhaustion,
            UnspentEur: new KpiEstimate(3_000, 1_000, 5_000, summary.Replicates), UnspentP10Eur: 500, UnspentP90Eur: 6_000,
            summary.Kpis["applicationsRefusedBudget"]);
    }
}
