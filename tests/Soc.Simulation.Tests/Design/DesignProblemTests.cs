using Soc.Simulation.Analysis.Design;
using Soc.Simulation.Model;
using Soc.Simulation.Model.Kpis;
using Soc.Simulation.Model.Scenarios;
using Soc.Simulation.Tests.Simulation;

namespace Soc.Simulation.Tests.Design;

/// <summary>
/// A call's design problem read from the options a manager types: levers checked against the scenario before any
/// search, objectives and constraints naming what is wrong, and a design scored from its replicates.
/// </summary>
public class DesignProblemTests
{
    private static readonly string Json = File.ReadAllText(Barcelona.ScenarioPath);
    private static readonly string[] Kpis = [.. KpiCatalogue.Fixed.Select(k => k.Name)];

    private static DesignLever Lever(string text) => DesignLever.Parse(text, Json, Barcelona.ScenarioPath, []);

    [Fact]
    public void Levers_are_ranges_whole_numbers_or_values()
    {
        DesignLever budget = Lever("call.budgetEur=1000000:6000000");
        Assert.Equal(GeneKind.Continuous, budget.Gene.Kind);
        Assert.Equal("call.budgetEur=2500000.13", budget.Assignment(2_500_000.126));

        DesignLever months = Lever("call.maxSubsidisedMonths=6:12:int");
        Assert.Equal(GeneKind.Integer, months.Gene.Kind);
        Assert.Equal("call.maxSubsidisedMonths=7", months.Assignment(7));
        // A whole-number field is one without ':int' too.
        Assert.Equal(GeneKind.Integer, Lever("call.maxSubsidisedMonths=6:12").Gene.Kind);

        DesignLever wage = Lever("call.annualMinimumWageEur=14000|15120|15876");
        Assert.Equal(GeneKind.Categorical, wage.Gene.Kind);
        Assert.Equal(3, wage.Gene.Categories);
        Assert.Equal("call.annualMinimumWageEur=15120", wage.Assignment(1));
        Assert.Equal(15120, wage.Number(1));

        // The call's windows are days, searched as whole days and written as the scenario writes them.
        DesignLever filingEnd = Lever("call.filingEnd=2023-03-01:2023-09-30");
        Assert.True(filingEnd.IsDate);
        Assert.Equal(GeneKind.Integer, filingEnd.Gene.Kind);
        Assert.Equal((new DateOnly(2023, 3, 1).DayNumber, new DateOnly(2023, 9, 30).DayNumber), ((int)filingEnd.Gene.Min, (int)filingEnd.Gene.Max));
        int may15 = new DateOnly(2023, 5, 15).DayNumber;
        Assert.Equal("call.filingEnd=2023-05-15", filingEnd.Assignment(may15));
        Assert.Equal(may15, filingEnd.Number(may15));
        Assert.Equal(new DateOnly(2023, 5, 15), ScenarioFile.Load(Barcelona.ScenarioPath, [filingEnd.Assignment(may15)], uncertainty: false).Call.FilingEnd);
        Assert.Contains("narrow its --lever range", Assert.Throws<InputException>(() => DesignConstraint.Parse("call.filingEnd<=2023-06-30", [filingEnd])).Message);

        // Linked fields move together: a hiring window and its filing deadline two months after.
        DesignLever window = Lever("call.hiringEnd, call.filingEnd=2023-04-01,2023-06-01 | 2023-07-01,2023-09-01");
        Assert.Equal(["call.hiringEnd", "call.filingEnd"], window.Paths);
        Assert.Equal(GeneKind.Categorical, window.Gene.Kind);
        Assert.Equal("call.hiringEnd,call.filingEnd=2023-07-01,2023-09-01", window.Assignment(1));
        Assert.Equal(["call.hiringEnd=2023-07-01", "call.filingEnd=2023-09-01"], window.Sets(1));
        Assert.Null(window.Number(1));
        var problem = new DesignProblem([window, Lever("call.minimumAge=30:45:int")], [DesignObjective.Parse("max:insertionsCausedByCall", Kpis)], []);
        Assert.Equal(["call.hiringEnd=2023-07-01", "call.filingEnd=2023-09-01", "call.minimumAge=40"], problem.Sets([1, 40]));
        var call = ScenarioFile.Load(Barcelona.ScenarioPath, problem.Sets([1, 40]), uncertainty: false).Call;
        Assert.Equal((new DateOnly(2023, 7, 1), new DateOnly(2023, 9, 1), 40), (call.HiringEnd, call.FilingEnd, call.MinimumAge));
        Assert.Contains("a --lever path appears twice",
            Assert.Throws<InputException>(() => new DesignProblem([window, filingEnd], [DesignObjective.Parse("max:insertionsCausedByCall", Kpis)], [])).Message);
    }

    [Theory]
    [InlineData("call.budgetEuro=1:2", "call.budgetEuro")]
    [InlineData("call.budgetEur=6000000:1000000", "expected low < high")]
    [InlineData("call.budgetEur=1000000", "expected low:high")]
    [InlineData("call.budgetEur=a:2", "'a' is not a number")]
    [InlineData("call.maxSubsidisedMonths=6.5:12", "whole ends")]
    [InlineData("call.awardOrder=strict|strict", "appears twice")]
    [InlineData("call.awardOrder=strict|sideways", "call.awardOrder=sideways is invalid")]
    [InlineData("call.budgetEur", "expected path=low:high")]
    [InlineData("call.filingEnd=2023-09-30:2023-03-01", "expected the first day before the last")]
    [InlineData("call.hiringEnd,call.filingEnd=2023-04-01,2023-06-01|2023-07-01", "'2023-07-01' sets 1 fields; expected 2")]
    [InlineData("call.hiringEnd,call.filingEnd=2023-04-01,2023-06-01|2023-07-01,2022-09-01", "the scenario with call.hiringEnd=2023-07-01, call.filingEnd=2022-09-01 is invalid")]
    [InlineData("call.filingEnd,call.filingEnd=2023-04-01,2023-06-01|2023-07-01,2023-09-01", "a path appears twice")]
    [InlineData("call.filingEnd=2022-06-01:2023-06-01", "the scenario at call.filingEnd=2022-06-01 is invalid")]
    [InlineData("call.budgetEur=2023-01-01:2023-06-01", "the scenario at call.budgetEur=2023-01-01 is invalid")]
    public void A_bad_lever_is_named_before_anything_runs(string text, string expected)
    {
        var e = Assert.Throws<InputException>(() => Lever(text));
        Assert.StartsWith($"--lever {text}", e.Message);
        Assert.Contains(expected, e.Message);
    }

    [Fact]
    public void Objectives_name_a_KPI_and_a_direction()
    {
        Assert.Equal(new DesignObjective("insertionsCausedByCall", true), DesignObjective.Parse("max:insertionsCausedByCall", Kpis));
        Assert.Equal(new DesignObjective("costPerCausedInsertionEur", false), DesignObjective.Parse("min:costPerCausedInsertionEur", Kpis));
        Assert.Contains("expected max:kpi or min:kpi", Assert.Throws<InputException>(() => DesignObjective.Parse("most:insertions", Kpis)).Message);
        Assert.Contains("unknown KPI 'insertion'", Assert.Throws<InputException>(() => DesignObjective.Parse("max:insertion", Kpis)).Message);
    }

    [Fact]
    public void A_constraint_on_a_lever_is_checked_on_the_design_and_one_on_the_output_at_its_cautious_bound()
    {
        DesignLever[] levers = [Lever("call.budgetEur=1000000:6000000")];
        DesignConstraint cap = DesignConstraint.Parse("call.budgetEur<=4000000", levers);
        Assert.Equal(0, cap.Lever);
        Assert.Equal(0, cap.Violation([3_999_999.99], levers, null));
        Assert.Equal(0.25, cap.Violation([5_000_000], levers, null), 12);

        DesignConstraint risk = DesignConstraint.Parse("exhaustion-risk<=0.1", levers);
        Assert.Equal(-1, risk.Lever);
        Assert.Equal("callExhausted", risk.Goal!.Kpi);
        var e = Assert.Throws<InputException>(() => DesignConstraint.Parse("risk<0.1", levers));
        Assert.StartsWith("--constraint risk<0.1: expected", e.Message);
    }

    [Fact]
    public async Task A_search_over_the_budget_trades_caused_insertions_against_money_committed()
    {
        DesignLever[] levers = [Lever("call.budgetEur=500000:6000000")];
        var problem = new DesignProblem(levers,
            [DesignObjective.Parse("max:grossSubsidisedInsertions", Kpis), DesignObjective.Parse("min:subsidyCommittedEur", Kpis)],
            [DesignConstraint.Parse("call.budgetEur<=4000000", levers)]);
        int simulated = 0;
        Nsga2Result result = await Nsga2.RunAsync(problem.Genes, async designs =>
        {
            var scores = new List<DesignEvaluation>();
            foreach (double[] d in designs)
            {
                if (problem.BreaksALever(d))
                {
                    scores.Add(problem.Score(d, null));
                    continue;
                }

                simulated++;
                scores.Add(problem.Score(d, await Barcelona.DirectAsync(ScenarioFile.Load(Barcelona.ScenarioPath, problem.Sets(d), uncertainty: false), 7, 2)));
            }

            return scores;
        }, new Nsga2Options(PopulationSize: 6, Generations: 2, Seed: 2));

        Assert.NotEmpty(result.Front);
        Assert.True(simulated > 0 && simulated <= result.Evaluations);
        // On the front a larger budget never buys fewer subsidised insertions, and no design breaks the cap.
        DesignPoint[] byBudget = [.. result.Front.OrderBy(p => p.Genes[0])];
        Assert.All(byBudget, p => Assert.True(p.Genes[0] <= 4_000_000));
        for (int i = 1; i < byBudget.Length; i++) Assert.True(byBudget[i].Score.Objectives[0] <= byBudget[i - 1].Score.Objectives[0]);
    }
}
