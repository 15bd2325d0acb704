using Soc.Simulation.Tests.Simulation;
using Soc.Simulation.Analysis.Summaries;
using Soc.Simulation.Analysis.Comparisons;
using Soc.Simulation.Abstractions.Scenarios;
using Soc.Simulation.Model.Scenarios;
using Soc.Simulation.Abstractions.Simulation;
using Soc.Simulation.Model.Simulation;
using Soc.Simulation.Model;
using Soc.Simulation.Model.Replicates;

namespace Soc.Simulation.Tests.Policy;

/// <summary>
/// What a planner's answer rests on (domain.md H1–H6, issue 13): one insertion window, caused insertions as a
/// counterfactual, employers who respond to the levers, and the assumptions' uncertainty in the intervals.
/// </summary>
public class HonestAnswersTests
{
    private const ulong Seed = 5;

    /// <summary>The paired difference alternative − base of a KPI, with its 95% interval.</summary>
    private static async Task<KpiDifference> PairedAsync(string kpi, int replicates, string[] baseSets, string[] altSets, bool uncertainty = false)
    {
        Scenario b = ScenarioFile.Load(Barcelona.ScenarioPath, baseSets, uncertainty), a = ScenarioFile.Load(Barcelona.ScenarioPath, altSets, uncertainty);
        ReplicateResult[] br = await Barcelona.DirectAsync(b, Seed, replicates), ar = await Barcelona.DirectAsync(a, Seed, replicates);
        ComparisonSummary c = ComparisonSummary.Build(Seed, ExperimentSummary.Aggregate("base", Seed, br), br, [(ExperimentSummary.Aggregate("alt", Seed, ar), ar, [])]);
        return c.Differences[0].Kpis.Single(k => k.Kpi == kpi);
    }

    // A budget that never binds, so the levers act only through behaviour.
    private static readonly string[] Unbounded = ["call.budgetEur=100000000"];

    [Fact]
    public async Task H3_a_more_generous_monthly_amount_raises_applications_and_caused_insertions()
    {
        // 1,260 €/month (the 2023 edition's minimum wage) in the same 2022 labour market.
        string[] generous = [.. Unbounded, "call.annualMinimumWageEur=15120"];
        KpiDifference applications = await PairedAsync("applications", 8, Unbounded, generous);
        KpiDifference caused = await PairedAsync("insertionsCausedByCall", 8, Unbounded, generous);

        Assert.True(applications.Ci95Low > 0, $"applications {applications.MeanDifference} [{applications.Ci95Low}, {applications.Ci95High}]");
        Assert.True(caused.Ci95Low > 0, $"caused insertions {caused.MeanDifference} [{caused.Ci95Low}, {caused.Ci95High}]");
    }

    [Fact]
    public async Task H3_fewer_subsidised_months_lower_applications()
    {
        KpiDifference applications = await PairedAsync("applications", 8, Unbounded, [.. Unbounded, "call.maxSubsidisedMonths=6"]);

        Assert.True(applications.Ci95High < 0, $"applications {applications.MeanDifference} [{applications.Ci95Low}, {applications.Ci95High}]");
    }

    [Theory]
    [InlineData("services[0].durationMonths=0")]
    [InlineData("services[3].durationMonths=12")]
    public async Task H1_with_no_programme_effect_and_no_lock_in_a_programmes_duration_moves_insertion_by_less_than_0_3_pp(string duration)
    {
        string[] neutral = ["behaviour.inServiceMultiplier=1", "services[1].hazardMultiplier=1", "services[2].hazardMultiplier=1"];
        KpiDifference insertion = await PairedAsync("insertionRate", 6, neutral, [.. neutral, duration]);

        Assert.True(Math.Abs(insertion.MeanDifference) < 0.003, $"insertion moved {insertion.MeanDifference * 100:0.000} pp");
    }

    [Fact]
    public async Task H2_caused_insertions_equal_the_paired_drop_in_insertions_with_no_call_money()
    {
        Scenario baseline = ScenarioFile.Load(Barcelona.ScenarioPath, [], uncertainty: false);
        ReplicateResult[] runs = await Barcelona.DirectAsync(baseline, Seed, 6);
        ReplicateResult[] noMoney = await Barcelona.DirectAsync(ScenarioFile.Load(Barcelona.ScenarioPath, ["call.budgetEur=0"], uncertainty: false), Seed, 6);

        double caused = runs.Average(r => r.Kpi("insertionsCausedByCall"));
        double drop = runs.Zip(noMoney, (r, z) => r.Kpi("insertions") - z.Kpi("insertions")).Average();
        Assert.True(caused > 0, "the call causes some insertions");
        Assert.True(Math.Abs(caused - drop) <= 0.15 * drop, $"caused {caused} against the paired drop {drop}");
        // With no money the call causes nothing, and a budget of 0 is a valid scenario.
        Assert.All(noMoney, r => Assert.Equal(0, r.Kpi("insertionsCausedByCall")));
    }

    [Fact]
    public async Task H2_deadweight_is_an_output_not_the_input()
    {
        ReplicateResult[] runs = await Barcelona.DirectAsync(ScenarioFile.Load(Barcelona.ScenarioPath, [], uncertainty: false), Seed, 4);

        double deadweight = runs.Average(r => r.Kpi("deadweightShare"));
        double expected = 1 - runs.Average(r => r.Kpi("insertionsCausedByCall")) / runs.Average(r => r.Kpi("grossSubsidisedInsertions"));
        Assert.NotEqual(0.80, Math.Round(deadweight, 2));
        Assert.Equal(expected, deadweight, 2);
    }

    [Fact]
    public async Task H6_with_uncertainty_the_interval_of_caused_insertions_is_at_least_three_times_wider()
    {
        ExperimentSummary off = ExperimentSummary.Aggregate("off", Seed, await Barcelona.DirectAsync(ScenarioFile.Load(Barcelona.ScenarioPath, [], uncertainty: false), Seed, 16));
        ExperimentSummary on = ExperimentSummary.Aggregate("on", Seed, await Barcelona.DirectAsync(ScenarioFile.Load(Barcelona.ScenarioPath, []), Seed, 16));

        KpiEstimate a = off.Kpis["insertionsCausedByCall"], b = on.Kpis["insertionsCausedByCall"];
        Assert.True(b.Ci95High - b.Ci95Low >= 3 * (a.Ci95High - a.Ci95Low), $"off [{a.Ci95Low}, {a.Ci95High}], on [{b.Ci95Low}, {b.Ci95High}]");
        Assert.Equal(0, a.ParameterVarianceShare);
        Assert.True(b.ParameterVarianceShare > 0.5, $"parameters explain {b.ParameterVarianceShare:P0} of the variance");
    }

    [Fact]
    public async Task H6_replicates_share_draws_in_pairs_and_a_self_compare_is_exactly_zero()
    {
        Scenario s = Barcelona.Load();
        ReplicateResult[] first = await Barcelona.DirectAsync(s, Seed, 4), again = await Barcelona.DirectAsync(s, Seed, 4);

        Assert.Equal([0, 0, 1, 1], first.Select(r => r.ParameterDraw));
        Assert.Equal(first[0].ParameterValues, first[1].ParameterValues);
        Assert.NotEqual(first[0].ParameterValues, first[2].ParameterValues);
        ComparisonSummary c = ComparisonSummary.Build(Seed, ExperimentSummary.Aggregate("a", Seed, first), first, [(ExperimentSummary.Aggregate("b", Seed, again), again, [])]);
        Assert.All(c.Differences[0].Kpis.Where(k => !double.IsNaN(k.MeanDifference)), k => Assert.Equal((0.0, 0.0, 0.0), (k.MeanDifference, k.Ci95Low, k.Ci95High)));
    }

    [Fact]
    public async Task H6_a_set_fixes_a_parameter_that_has_a_prior()
    {
        ReplicateResult[] runs = await Barcelona.DirectAsync(Barcelona.Load("behaviour.deadweight=0.7"), Seed, 2);

        Assert.DoesNotContain("behaviour.deadweight", runs[0].ParameterPaths!);
        Assert.Contains("behaviour.subsidyTakeUp", runs[0].ParameterPaths!);
    }

    [Theory]
    [InlineData("call.monthlyAmountEur=1260", "$.call.monthlyAmountEur: expected an amount that goes with the daily module 38.36 € (both from the annual minimum wage 14,000.00 €, H5); 1,260.00 € a month is the wage 15,120.00 €: set call.annualMinimumWageEur=15120 (daily 41.42 €), or set both amounts")]
    [InlineData("call.dailyModuleEur=41.42", "$.call.dailyModuleEur: expected an amount that goes with the monthly amount 1,166.67 € (both from the annual minimum wage 14,000.00 €, H5); 41.42 € a day is the wage 15,118.30 €: set call.annualMinimumWageEur, or set both amounts")]
    public void H5_one_amount_alone_must_agree_with_the_annual_minimum_wage(string set, string expected)
    {
        var e = Assert.Throws<InputException>(() => Barcelona.Load(set));
        Assert.Contains(expected, e.Message);
    }

    [Fact]
    public void H5_the_annual_minimum_wage_moves_both_amounts_and_both_given_are_taken_as_they_are()
    {
        Scenario edition2023 = Barcelona.Load("call.annualMinimumWageEur=15120");
        Assert.Equal((1260.00m, 41.42m), (edition2023.Call.Monthly, edition2023.Call.Daily));
        Scenario both = Barcelona.Load("call.monthlyAmountEur=1300", "call.dailyModuleEur=40");
        Assert.Equal((1300m, 40m), (both.Call.Monthly, both.Call.Daily));
    }

    [Fact]
    public async Task H4_with_a_one_month_filing_window_employers_file_within_it()
    {
        Scenario s = ScenarioFile.Load(Barcelona.ScenarioPath, ["call.filingWindowMonths=1", "behaviour.lateFilingShare=0"], uncertainty: false);
        ReplicateResult[] runs = await Barcelona.DirectAsync(s, Seed, 2);

        // Every refusal left is for another rule than filing out of time (A11) when nobody files late.
        var setup = new SimulationSetup(s, Seed, 0);
        Abstractions.GrantCall.AwardDecision[] decisions = (await SimulationLoop.RunWithCallAsync(setup, new DirectBackend(setup))).Call.Decisions;
        Assert.DoesNotContain(decisions, d => d.Reason.StartsWith("A11", StringComparison.Ordinal));
        Assert.True(runs.All(r => r.Kpi("applications") > 0));
    }
}
