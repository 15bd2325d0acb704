using System.Globalization;
using Soc.Simulation.Abstractions.Scenarios;
using Soc.Simulation.Abstractions.Simulation;
using Soc.Simulation.Analysis.Design;
using Soc.Simulation.Client.Planning;
using Soc.Simulation.Tests.Simulation;

namespace Soc.Simulation.Tests.Design;

/// <summary>
/// The design search as <c>socsim design</c> runs it — levers read against the scenario, each design's scenario built
/// from its --set assignments, scored, the front checked with fresh seeds — on a model whose front is known in closed
/// form: two KPIs computed from the scenario's levers as ZDT1 (a = the budget's place in its range, b = 1 − √a) plus a
/// penalty for every month over six, so the front is b = 1 − √a at six months, cut where a lever constraint cuts it.
/// </summary>
public class DesignSearchTests
{
    private static readonly string Json = File.ReadAllText(Barcelona.ScenarioPath);

    /// <summary>The closed-form model: replicates whose KPIs a and b depend on the scenario's budget and months alone.</summary>
    private sealed class ClosedForm
    {
        public int Runs { get; private set; }

        public Task<ReplicateResult[]> RunAsync(Scenario s, ulong seed, int replicates)
        {
            Runs++;
            double a = ((double)s.Call.BudgetEur - 1_000_000) / 4_000_000, b = 1 - Math.Sqrt(a) + (s.Call.MaxSubsidisedMonths - 6) / 6.0;
            return Task.FromResult(Enumerable.Range(0, replicates).Select(r => new ReplicateResult(r, ["a", "b"], [a, b], [], [], [], null)).ToArray());
        }
    }

    private static DesignProblem Problem(string budgetLimit = "call.budgetEur<=4000000")
    {
        DesignLever[] levers = [DesignLever.Parse("call.budgetEur=1000000:5000000", Json, Barcelona.ScenarioPath, []), DesignLever.Parse("call.maxSubsidisedMonths=6:12:int", Json, Barcelona.ScenarioPath, [])];
        return new DesignProblem(levers, [DesignObjective.Parse("min:a", ["a", "b"]), DesignObjective.Parse("min:b", ["a", "b"])],
            [DesignConstraint.Parse(budgetLimit, levers), DesignConstraint.Parse("mean(b)<=1.9", levers)]);
    }

    private static DesignRequest Request(DesignProblem problem, int population = 40, int generations = 60) =>
        new(Json, Barcelona.ScenarioPath, [], false, problem, 7, 2, new Nsga2Options(population, generations, Seed: 7));

    [Fact]
    public async Task The_search_recovers_a_front_known_in_closed_form_and_its_check_confirms_every_point()
    {
        var model = new ClosedForm();
        DesignResult result = await DesignSearch.RunAsync(Request(Problem()), model.RunAsync, new DesignRun.NoCache(), _ => { });

        Assert.True(result.Front.Count >= 20, $"{result.Front.Count} points on the front");
        double[] a = [.. result.Front.Select(p => p.Search.Objectives[0].Mean).Order()];
        foreach (DesignFrontPoint p in result.Front)
        {
            Assert.Equal("call.maxSubsidisedMonths=6", p.Search.Assignments[1]);
            Assert.Equal(1 - Math.Sqrt(p.Search.Objectives[0].Mean), p.Search.Objectives[1].Mean, 9);
            // The lever constraint cuts the front at a = 0.75 (4 M€); every point is checked, and the check agrees.
            Assert.True(double.Parse(p.Search.Assignments[0]["call.budgetEur=".Length..], CultureInfo.InvariantCulture) <= 4_000_000);
            Assert.True(p.CheckMet);
            Assert.Equal(p.Search.Objectives[1].Mean, p.Check.Objectives[1].Mean, 12);
        }

        // The whole front, from its ends, without a gap.
        Assert.True(a[0] < 0.02 && a[^1] > 0.72, $"from {a[0]} to {a[^1]}");
        Assert.True(a.Zip(a.Skip(1), (x, y) => y - x).Max() < 0.15, "a gap along the front");
        // Each front design against the scenario's own call, paired on the check's seeds: here exactly the difference of the closed forms.
        Scenario own = Model.Scenarios.ScenarioFile.Load(Barcelona.ScenarioPath, [], uncertainty: false);
        double ownA = ((double)own.Call.BudgetEur - 1_000_000) / 4_000_000, ownB = 1 - Math.Sqrt(ownA) + (own.Call.MaxSubsidisedMonths - 6) / 6.0;
        foreach (DesignFrontPoint p in result.Front)
        {
            Assert.Null(p.Search.VersusScenario);
            Analysis.Comparisons.KpiDifference[] versus = p.Check.VersusScenario!;
            Assert.Equal(["a", "b"], versus.Select(d => d.Kpi));
            Assert.Equal(p.Check.Objectives[0].Mean - ownA, versus[0].MeanDifference, 12);
            Assert.Equal(p.Check.Objectives[1].Mean - ownB, versus[1].MeanDifference, 12);
            Assert.Equal(ownB, versus[1].Base.Mean, 12);
        }

        // The scenario's own call is reported beside the front, with the constraint on the output (not the one on a lever).
        Assert.Equal((ownA, ownB), (result.ScenarioCall!.Objectives[0].Mean, result.ScenarioCall.Objectives[1].Mean));
        ConstraintOutcome ownB19 = Assert.Single(result.ScenarioCall.Constraints);
        Assert.Equal(("mean(b)<=1.9", ownB <= 1.9), (ownB19.Constraint, ownB19.Met));

        // Every design ran with the search's seed and replicates, the front again with the check's (twice as many), and the
        // scenario's own call once with the check's.
        Assert.Equal(result.Evaluations * 2 + result.Front.Count * 4 + 4, result.Simulations + result.Evaluated.Count(d => !d.Simulated) * 2);
        Assert.Equal(DesignSearch.CheckSeedOf(7), result.CheckSeed);
    }

    [Fact]
    public async Task An_interrupted_search_resumes_from_its_folder_with_the_same_front_and_runs_only_what_it_had_not()
    {
        DesignProblem problem = Problem();
        var whole = new ClosedForm();
        DesignResult uninterrupted = await DesignSearch.RunAsync(Request(problem, 8, 4), whole.RunAsync, new DesignRun.NoCache(), _ => { });

        string dir = TestPaths.TempDir();
        var store = new DesignStore(dir);
        var meta = new DesignMeta("s", "x", [], 7, 2, false, ["l"], ["o"], [], 8, 4);
        store.Open(meta, resume: false);
        var first = new ClosedForm();
        using var stop = new CancellationTokenSource();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => DesignSearch.RunAsync(Request(problem, 8, 4), first.RunAsync, store,
            done => { if (done == 15) stop.Cancel(); }, stop.Token));

        var resumed = new ClosedForm();
        store.Open(meta, resume: true);
        DesignResult result = await DesignSearch.RunAsync(Request(problem, 8, 4), resumed.RunAsync, store, _ => { });
        Assert.Equal(whole.Runs, first.Runs + resumed.Runs);
        Assert.Equal(Client.Output.OutputSets.Json(uninterrupted), Client.Output.OutputSets.Json(result));

        // A folder holding another search is refused; so is --resume with nothing to resume.
        Assert.Throws<Model.InputException>(() => store.Open(meta with { Seed = 8 }, resume: true));
        Assert.Throws<Model.InputException>(() => new DesignStore(TestPaths.TempDir()).Open(meta, resume: true));
    }

    [Fact]
    public async Task A_design_that_breaks_a_lever_constraint_is_not_simulated_and_one_that_meets_none_gives_an_empty_front()
    {
        var model = new ClosedForm();
        DesignResult result = await DesignSearch.RunAsync(Request(Problem("call.budgetEur<=500000"), 8, 2), model.RunAsync, new DesignRun.NoCache(), _ => { });
        Assert.Empty(result.Front);
        Assert.Null(result.ScenarioCall);
        Assert.Equal(0, model.Runs);
        Assert.All(result.Evaluated, d => Assert.False(d.Simulated));
    }
}
