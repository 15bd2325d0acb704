using System.Text.Json;
using Soc.Simulation.Client.Charts;
using Soc.Simulation.Client.Commands;
using Soc.Simulation.Client.Experiments;
using Soc.Simulation.Tests.Charts;
using Soc.Simulation.Tests.Cli;
using Soc.Simulation.Analysis.Summaries;
using Soc.Simulation.Analysis.Screening;
using SensitivityAnalysis = Soc.Simulation.Analysis.Screening.Sensitivity;
using Soc.Simulation.Abstractions.Scenarios;
using Soc.Simulation.Model.Scenarios;

namespace Soc.Simulation.Tests.Sensitivity;

/// <summary>socsim sensitivity: the one-at-a-time ranking, its plan (defaults, rounding, skips), the CLI's files and errors, the tornado.</summary>
public class SensitivityTests
{
    private static readonly string Barcelona = Path.Combine(TestPaths.Root, "scenarios", "barcelona-2023.json");

    private static SensitivityRequest Request(IReadOnlyList<string>? parameters, decimal delta = 0.1m, string kpi = SensitivityAnalysis.DefaultKpi, IReadOnlyList<string>? sets = null) =>
        new(File.ReadAllText(Barcelona), Barcelona, sets ?? [], parameters, delta, kpi, 3, 4);

    [Fact]
    public async Task Monthly_amount_ranks_above_an_irrelevant_parameter_for_subsidy_spending()
    {
        // The 'companies' programme (services[4]) serves employers: its budget reaches no participant and no application.
        SensitivityPlan plan = SensitivityAnalysis.Plan(Request(["services[4].budgetEur", "call.annualMinimumWageEur", "call.maxSubsidisedMonths"]));
        var seeds = new List<ulong>();
        var quiet = new Progress(TextWriter.Null, false);
        SensitivitySummary summary = await SensitivityAnalysis.RunAsync(plan, r =>
        {
            lock (seeds) seeds.Add(r.Seed);
            return MonteCarloRunner.DirectAsync(r.Scenario, r.Seed, r.Replicates, quiet);
        });

        Assert.Equal(7, summary.Evaluations);
        Assert.Equal(Enumerable.Repeat(3UL, 7), seeds);
        string[] order = [.. summary.Ranking.Select(r => r.Path)];
        ParameterSensitivity amount = summary.Ranking.Single(r => r.Path == "call.annualMinimumWageEur");
        ParameterSensitivity companies = summary.Ranking.Single(r => r.Path == "services[4].budgetEur");
        Assert.True(amount.Rank < companies.Rank, string.Join(", ", order));
        Assert.True(amount.Swing > 0, $"a larger monthly amount commits more: swing {amount.Swing}");
        Assert.Equal((12_600m, 15_400m), (amount.LowValue, amount.HighValue));
        Assert.Equal((0.0, 0.0, 0.0), (companies.Swing, companies.Ci95Low, companies.Ci95High));
        Assert.Equal(summary.BaseKpi.Mean, companies.KpiLow);

        ParameterSensitivity months = summary.Ranking.Single(r => r.Path == "call.maxSubsidisedMonths");
        Assert.True(months.WholeNumber);
        Assert.Equal((9m, 8m, 10m), (months.BaseValue, months.LowValue, months.HighValue));
    }

    [Fact]
    public async Task Morris_screening_puts_the_monthly_amount_above_an_irrelevant_parameter()
    {
        SensitivityPlan oat = SensitivityAnalysis.Plan(Request(["services[4].budgetEur", "call.annualMinimumWageEur", "call.maxSubsidisedMonths"]));
        MorrisPlan plan = Morris.Plan(oat, 2);
        var quiet = new Progress(TextWriter.Null, false);
        SensitivitySummary summary = await Morris.RunAsync(plan, r => MonteCarloRunner.DirectAsync(r.Scenario, r.Seed, r.Replicates, quiet));

        Assert.Equal(Morris.Method, summary.Method);
        Assert.Equal(1 + 2 * 4, summary.Evaluations);
        MorrisResult m = Assert.IsType<MorrisResult>(summary.Morris);
        MorrisEffect amount = m.Ranking.Single(r => r.Path == "call.annualMinimumWageEur");
        MorrisEffect companies = m.Ranking.Single(r => r.Path == "services[4].budgetEur");
        Assert.True(amount.Rank < companies.Rank && amount.MuStar > 0, string.Join(", ", m.Ranking.Select(r => $"{r.Path} {r.MuStar}")));
        Assert.Equal((0.0, 0.0, 2), (companies.MuStar, companies.Sigma, companies.Effects));
    }

    [Fact]
    public void Morris_trajectories_move_each_parameter_once_by_two_thirds_of_its_range()
    {
        SensitivityPlan oat = SensitivityAnalysis.Plan(Request(["call.annualMinimumWageEur", "behaviour.deadweight", "population.monthlyArrivals", "call.maxSubsidisedMonths"]));
        MorrisPlan plan = Morris.Plan(oat, 5);

        Assert.Equal(1 + 5 * 5, plan.Evaluations);
        foreach (MorrisPoint[] t in plan.Trajectories)
        {
            Assert.Equal([0, 1, 2, 3], t.Skip(1).Select(p => p.Moved).Order());
            for (int j = 1; j < t.Length; j++)
            {
                int f = t[j].Moved;
                PlannedParameter p = plan.Factors[f];
                Assert.Equal(t[j - 1].Values.Where((_, i) => i != f), t[j].Values.Where((_, i) => i != f));
                decimal step = Math.Abs(t[j].Values[f] - t[j - 1].Values[f]) / (p.HighValue - p.LowValue);
                Assert.True(p.WholeNumber ? step > 0 : Math.Abs(step - 2m / 3) < 0.01m, $"{p.Path}: step {step}");
                Assert.InRange(t[j].Values[f], p.LowValue, p.HighValue);
            }
        }

        // The same seed draws the same trajectories.
        Assert.Equal(plan.Trajectories.SelectMany(t => t.SelectMany(p => p.Values)), Morris.Plan(oat, 5).Trajectories.SelectMany(t => t.SelectMany(p => p.Values)));
    }

    [Fact]
    public void Default_parameters_are_the_numbers_that_can_move_alone()
    {
        Scenario scenario = ScenarioFile.Load(Barcelona);
        IReadOnlyList<string> defaults = SensitivityAnalysis.DefaultParameters(scenario);

        foreach (string included in new[]
        {
            "call.budgetEur", "call.annualMinimumWageEur", "call.maxSubsidisedMonths", "behaviour.subsidyTakeUp", "behaviour.monthlyJobHazard.from45",
            "behaviour.temporaryContractMonths[1].months", "services[0].uptake", "services[4].budgetEur", "services[1].studiesHazard",
            "population.monthlyArrivals", "population.longTermUnemployedShare",
        })
        {
            Assert.Contains(included, defaults);
        }

        foreach (string excluded in new[]
        {
            "call.budgetLines[0].share", "behaviour.temporaryContractMonths[0].share", "population.ageBands.under30", "population.education.low",
            "population.districts.eixample", "services[0].socShare", "services[0].durationMonths", "horizon.arrivalMonths", "employers.roadTransportShare",
            "call.hiringStart",
        })
        {
            Assert.DoesNotContain(excluded, defaults);
        }
    }

    [Fact]
    public void Plan_rounds_whole_numbers_and_says_why_a_parameter_is_not_run()
    {
        SensitivityPlan plan = SensitivityAnalysis.Plan(Request(
            ["call.justificationDelayMonths", "services[4].uptake", "services[0].uptake", "$.call.minimumAge", "services.1.budgetEur"], delta: 0.5m));
        PlannedParameter P(string path) => plan.Parameters.Single(p => p.Path == path);

        // 3 × 0.5 = 1.5 → 2 and 3 × 1.5 = 4.5 → 5 (halves away from zero).
        Assert.Equal((SensitivityStatus.Ranked, 2m, 5m), (P("call.justificationDelayMonths").Status, P("call.justificationDelayMonths").LowValue, P("call.justificationDelayMonths").HighValue));
        Assert.Equal(SensitivityStatus.ZeroBase, P("services[4].uptake").Status);
        Assert.Contains("0", P("services[4].uptake").Note);
        // 0.8613 × 1.5 is above 1: not a probability.
        Assert.Equal(SensitivityStatus.Invalid, P("services[0].uptake").Status);
        Assert.Contains("services[0].uptake", P("services[0].uptake").Note);
        // "$." and "services.1" name the same parameters as call.minimumAge and services[1]; an age of 15 is below the validator's 16.
        Assert.Equal((SensitivityStatus.Invalid, 15m, 45m), (P("call.minimumAge").Status, P("call.minimumAge").LowValue, P("call.minimumAge").HighValue));
        Assert.Contains("low value 15", P("call.minimumAge").Note);
        Assert.Equal(SensitivityStatus.Ranked, P("services[1].budgetEur").Status);
        Assert.Equal(1 + 2 * 2, plan.Evaluations);

        SensitivityPlan small = SensitivityAnalysis.Plan(Request(["call.justificationDelayMonths"]));
        Assert.Equal(SensitivityStatus.SameWhenRounded, small.Parameters[0].Status);
        Assert.Equal(1, small.Evaluations);
    }

    [Fact]
    public void Whole_numbers_are_the_int_fields()
    {
        Assert.True(ScenarioPaths.IsWholeNumber("call.maxSubsidisedMonths"));
        Assert.True(ScenarioPaths.IsWholeNumber("behaviour.temporaryContractMonths[2].months"));
        Assert.True(ScenarioPaths.IsWholeNumber("behaviour.filingDelayMaxDays"));
        Assert.True(ScenarioPaths.IsWholeNumber("employers.countByType.company"));
        Assert.False(ScenarioPaths.IsWholeNumber("call.annualMinimumWageEur"));
        Assert.False(ScenarioPaths.IsWholeNumber("behaviour.monthlyJobHazard.under30"));
        Assert.Equal(2, SensitivityAnalysis.Decimals("call.dailyModuleEur"));
    }

    [Fact]
    public void Ranking_is_by_absolute_swing_then_path()
    {
        ParameterSensitivity M(string path, double swing) =>
            new(null, path, false, 1, 0.9m, 1.1m, SensitivityStatus.Ranked, null, 0, swing, swing, double.NaN, double.NaN, double.NaN);
        IReadOnlyList<ParameterSensitivity> ranked = SensitivityAnalysis.Rank([M("b", 0), M("z", double.NaN), M("a", 0), M("c", -5), M("d", 3)]);

        Assert.Equal(["c", "d", "a", "b", "z"], ranked.Select(r => r.Path));
        Assert.Equal([1, 2, 3, 4, 5], ranked.Select(r => r.Rank!.Value));
    }

    [Theory]
    [InlineData("10%", "0.1")]
    [InlineData("0.1", "0.1")]
    [InlineData("2.5 %", "0.025")]
    public void Delta_takes_a_percentage_or_a_fraction(string raw, string expected) =>
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), SensitivityCommand.ParseDelta(raw));

    [Fact]
    public async Task Cli_writes_the_ranking_the_tornado_and_the_report()
    {
        string dir = TestPaths.TempDir();
        var (exit, stdout, stderr) = await SocSimRunner.RunAsync("sensitivity", Barcelona,
            "--params", "services[4].budgetEur,call.annualMinimumWageEur,call.justificationDelayMonths,services[4].uptake",
            "--replicates", "4", "--seed", "2", "--out", dir, "--backend", "direct", "--quiet", "true");

        Assert.True(exit == 0, stderr);
        foreach (string file in new[] { "sensitivity.json", "sensitivity.csv", "report.html", "tornado.png", "tornado.svg" })
        {
            Assert.True(File.Exists(Path.Combine(dir, file)), $"{file} not written");
        }

        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "sensitivity.json")));
        JsonElement ranking = doc.RootElement.GetProperty("ranking");
        Assert.Equal("call.annualMinimumWageEur", ranking[0].GetProperty("path").GetString());
        Assert.Equal("services[4].budgetEur", ranking[1].GetProperty("path").GetString());
        Assert.Equal(0, ranking[1].GetProperty("swing").GetDouble());
        Assert.Equal(["same_when_rounded", "zero_base"],
            doc.RootElement.GetProperty("notRanked").EnumerateArray().Select(p => p.GetProperty("status").GetString()));
        Assert.Equal("subsidyCommittedEur", doc.RootElement.GetProperty("kpi").GetString());

        string[] csv = File.ReadAllLines(Path.Combine(dir, "sensitivity.csv"));
        Assert.StartsWith("rank,path,base_value,low_value,high_value,kpi_low,kpi_high,swing,ci95_low,ci95_high", csv[0]);
        Assert.StartsWith("1,call.annualMinimumWageEur,14000,12600,15400,", csv[1]);
        Assert.Equal(5, csv.Length);

        string html = File.ReadAllText(Path.Combine(dir, "report.html"));
        Assert.Contains("Ranking by |swing|", html);
        Assert.Contains("id=\"chart-tornado\"", html);
        Assert.Contains("data:image/png;base64,", html);
        Assert.Contains("Scenario: parameters and assumptions", html);
        Assert.Contains("call.annualMinimumWageEur", stdout);
        Assert.Contains("not ranked:", stdout);
        PngCheck.IsChart(File.ReadAllBytes(Path.Combine(dir, "tornado.png")), ChartStyle.Width, ChartStyle.Height, "tornado");
    }

    [Theory]
    [InlineData("--params", "call.noSuchField", "call.noSuchField")]
    [InlineData("--params", "call.awardOrder", "not a number")]
    [InlineData("--kpi", "subsidySpent", "subsidyCommittedEur")]
    [InlineData("--delta", "10", "10%")]
    [InlineData("--delta", "0%", "--delta")]
    [InlineData("--delta", "ten", "--delta")]
    [InlineData("--backend", "cloud", "--backend")]
    [InlineData("--method", "anova", "--method")]
    [InlineData("--samples", "8", "--method sobol")]
    [InlineData("--trajectories", "5", "--method morris")]
    public async Task Bad_input_exits_2_and_names_it(string option, string value, string expected)
    {
        string[] backend = option == "--backend" ? [] : ["--backend", "direct"];
        var (exit, _, stderr) = await SocSimRunner.RunAsync(["sensitivity", Barcelona, option, value, .. backend, "--out", TestPaths.TempDir(), "--quiet", "true"]);

        Assert.Equal(2, exit);
        Assert.Contains(expected, stderr);
    }

    [Fact]
    public void Tornado_draws_the_largest_swings_first_and_is_not_blank()
    {
        ParameterSensitivity M(string path, double low, double high) =>
            new(null, path, false, 100, 90, 110, SensitivityStatus.Ranked, null, low, high, high - low, high - low - 10, high - low + 10, 0.5);
        var summary = new SensitivitySummary("test scenario", SensitivityAnalysis.OneAtATime, "subsidyCommittedEur", 0.1m, 1, 4, 9,
            new KpiEstimate(2_000_000, 1_990_000, 2_010_000, 4),
            SensitivityAnalysis.Rank([M("call.budgetEur", 1_800_000, 2_150_000), M("call.annualMinimumWageEur", 1_900_000, 2_000_000),
                M("behaviour.deadweight", 2_050_000, 1_950_000), M("services[4].budgetEur", 2_000_000, 2_000_000)]),
            []);

        RenderedChart chart = TornadoChart.Render(summary);

        Assert.Equal(TornadoChart.Name, chart.Name);
        PngCheck.IsChart(chart.Png, chart.Width, chart.Height, "tornado");
        Assert.Contains("call.budgetEur (90 | 110)", chart.Svg);
        Assert.True(chart.Svg.IndexOf("call.budgetEur", StringComparison.Ordinal) >= 0 && chart.Svg.Contains("base: 2,000,000 €", StringComparison.Ordinal));

        RenderedChart empty = TornadoChart.Render(summary with { Ranking = [] });
        Assert.True(empty.Png.Length > 0);
    }
}
