using System.Xml.Linq;
using Soc.Simulation.Client.Charts;
using Soc.Simulation.Analysis.Summaries;
using Soc.Simulation.Analysis.Comparisons;
using Soc.Simulation.Analysis.Design;
namespace Soc.Simulation.Tests.Charts;

/// <summary>Every chart recipe, drawn from a fixed-seed run: a PNG that is not blank and has its title, an SVG with text.</summary>
public class ChartTests
{
    /// <summary>The charts of each kind of run, by kind and name.</summary>
    private static async Task<IReadOnlyList<RenderedChart>> ChartsOf(string kind)
    {
        ChartInputs.Inputs i = await ChartInputs.GetAsync();
        return kind switch
        {
            "replay" => ChartSet.For(new ReplayView(i.Replay, i.ReplayScenario)),
            "experiment" => ChartSet.For(new ExperimentView(i.Summary, i.Scenario)),
            "comparison" => ChartSet.For(new ComparisonView(i.Comparison, [i.Scenario, i.Alternative])),
            "projection" => ChartSet.For(new ProjectionView(i.Projection, i.Scenario)),
            "backtest" => ChartSet.For(ChartInputs.BackTestFrom(i.Projection)),
            "sweep" => ChartSet.For(i.Sweep),
            "plan" => ChartSet.For(i.Plan),
            "tornado" => ChartSet.For(i.OneAtATime),
            "morris" => ChartSet.For(i.Morris),
            "sobol" => ChartSet.For(i.Sobol),
            _ => throw new ArgumentException(kind),
        };
    }

    /// <summary>Every recipe of the client and each kind of results it draws, found by reflection as ChartSet finds them.</summary>
    public static TheoryData<string, string> Recipes()
    {
        var data = new TheoryData<string, string>();
        foreach ((Type recipe, Type view) in ChartSet.All()) data.Add(recipe.Name, view.Name);
        return data;
    }

    /// <summary>The text of each &lt;text&gt; element of the chart's SVG.</summary>
    private static string[] Texts(RenderedChart chart) =>
        [.. XDocument.Parse(chart.Svg).Descendants(XName.Get("text", "http://www.w3.org/2000/svg")).Select(t => t.Value.Trim())];

    [Theory]
    [InlineData("replay", new[] { "budget", "spending-by-line" })]
    [InlineData("experiment", new[] { "budget", "spending-by-line", "spending-by-source", "exhaustion", "insertion" })]
    [InlineData("comparison", new[] { "comparison-rates", "comparison-amounts", "comparison-budget", "insertion" })]
    [InlineData("projection", new[] { "budget", "spending-by-line", "exhaustion" })]
    [InlineData("backtest", new[] { "pit" })]
    [InlineData("sweep", new[] { "sweep-insertionRate", "sweep-insertionsCausedByCall", "sweep-applicationsRefusedBudget", "sweep-callExhausted", "sweep-subsidyBudgetExecutionPct" })]
    [InlineData("plan", new[] { "plan-path" })]
    [InlineData("tornado", new[] { "tornado" })]
    [InlineData("morris", new[] { "morris" })]
    [InlineData("sobol", new[] { "sobol-insertionsCausedByCall", "sobol-costPerCausedInsertionEur", "sobol-insertionRate", "sobol-subsidyCommittedEur", "sobol-applicationsRefusedBudget" })]
    public async Task Each_kind_of_run_has_its_charts(string kind, string[] names) =>
        Assert.Equal(names, (await ChartsOf(kind)).Select(c => c.Name));

    /// <summary>Every recipe, drawn from a fixed-seed run of the kind of results it draws (sweep, plan and Morris included).</summary>
    [Theory]
    [MemberData(nameof(Recipes))]
    public async Task Every_recipe_draws_a_png_that_is_not_blank_and_an_svg_with_text(string recipe, string view)
    {
        ChartInputs.Inputs i = await ChartInputs.GetAsync();
        (Type recipeType, Type viewType) = ChartSet.All().Single(x => x.Recipe.Name == recipe && x.View.Name == view);
        object[] views = viewType == typeof(SensitivityView) ? [i.OneAtATime, i.Morris] : [i.ViewOf(viewType)];
        object instance = Activator.CreateInstance(recipeType)!;
        Type contract = typeof(IChartRecipe<>).MakeGenericType(viewType);
        var drawn = new List<RenderedChart>();
        foreach (object v in views)
        {
            if (!(bool)contract.GetMethod("AppliesTo")!.Invoke(instance, [v])!) continue;
            drawn.AddRange((IEnumerable<RenderedChart>)contract.GetMethod("Render")!.Invoke(instance, [v])!);
        }

        Assert.NotEmpty(drawn);
        foreach (RenderedChart chart in drawn) AssertIsAChart(chart, $"{recipe}/{view}/{chart.Name}");
    }

    private static void AssertIsAChart(RenderedChart chart, string what)
    {
        PngCheck.IsChart(chart.Png, chart.Width, chart.Height, what);
        Assert.True(chart.Width >= 1000 && chart.Height >= 560, $"{what}: {chart.Width}x{chart.Height}");
        XDocument svg = XDocument.Parse(chart.Svg);
        XNamespace ns = "http://www.w3.org/2000/svg";
        XElement[] texts = [.. svg.Descendants(ns + "text")];
        Assert.True(texts.Length >= 10, $"{what}: only {texts.Length} <text> elements in the SVG");
        Assert.Contains(texts, t => t.Value.Contains(chart.Title.Split(' ')[0], StringComparison.Ordinal));
        Assert.Contains("font-family=\"DejaVu Sans\"", chart.Svg, StringComparison.Ordinal);
        Assert.Equal([chart.PngFileName, chart.SvgFileName], chart.Files().Select(f => f.FileName));
        Assert.Equal(chart.Name + ".png", chart.PngFileName);
    }

    [Fact]
    public async Task Charts_are_byte_identical_when_drawn_again()
    {
        IReadOnlyList<RenderedChart> first = await ChartsOf("experiment");
        IReadOnlyList<RenderedChart> second = await ChartsOf("experiment");
        for (int i = 0; i < first.Count; i++)
        {
            Assert.True(first[i].Png.AsSpan().SequenceEqual(second[i].Png), $"{first[i].Name}.png differs");
            Assert.Equal(first[i].Svg, second[i].Svg);
        }
    }

    [Fact]
    public async Task Axes_carry_units_euros_in_millions_and_iso_months()
    {
        RenderedChart budget = (await ChartsOf("experiment")).Single(c => c.Name == "budget");
        string[] texts = Texts(budget);

        Assert.Contains("cumulative amount (€)", texts);
        Assert.Contains("end of month", texts);
        Assert.Contains(texts, t => System.Text.RegularExpressions.Regex.IsMatch(t, @"^\d(\.\d+)? M€$"));
        Assert.Contains("2023-01", texts);
        Assert.Contains(texts, t => t.Contains("P10–P90", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Insertion_chart_shows_every_insertion_kpi_as_a_percentage()
    {
        ChartInputs.Inputs i = await ChartInputs.GetAsync();
        RenderedChart chart = InsertionChart.Render(i.Summary);
        string[] texts = Texts(chart);

        Assert.Equal(i.Summary.Kpis.Keys.Count(k => k.Contains("nsertionRate", StringComparison.Ordinal)), InsertionChart.KpisOf(i.Summary).Count);
        Assert.Contains("all participants", texts);
        Assert.Contains("programme: taller_oficis", texts);
        Assert.Contains(Units.Percent(i.Summary.Kpis["insertionRate"].Mean), texts);
    }

    [Fact]
    public async Task Comparison_rates_are_drawn_in_percentage_points()
    {
        ChartInputs.Inputs i = await ChartInputs.GetAsync();
        RenderedChart chart = ComparisonChart.Render(i.Comparison);
        string[] texts = Texts(chart);

        Assert.Contains("difference (percentage points; whiskers: 95% CI)", texts);
        Assert.Contains(i.Alternative.Name, texts);
        KpiDifference insertion = i.Comparison.Differences[0].Kpis.Single(d => d.Kpi == "insertionRate");
        Assert.Contains(Soc.Simulation.Model.Kpis.KpiFormat.Difference("insertionRate", insertion.MeanDifference), texts);
    }

    [Fact]
    public void Exhaustion_chart_says_so_when_the_budget_never_ran_out()
    {
        var never = new ExhaustionDistribution(0, null, null, null, new Dictionary<string, int>());
        RenderedChart chart = ExhaustionChart.Render(never, 20, "a scenario with money to spare");

        Assert.Contains("never ran out in 100 % of 20 replicates", chart.Title);
        Assert.Contains("did not run out in any of the 20 replicates", chart.Svg);
        using SkiaSharp.SKBitmap png = PngCheck.Decode(chart.Png, "exhaustion");
        Assert.True(PngCheck.DarkPixels(png, 0, 32) > 300, "title missing");
    }

    [Theory]
    [InlineData(2_500_000, 14_000_000, "2.5 M€")]
    [InlineData(0, 14_000_000, "0")]
    [InlineData(250_000, 600_000, "250 k€")]
    [InlineData(1_250_000, 1_500_000, "1.25 M€")]
    [InlineData(900, 5_000, "900 €")]
    [InlineData(-50_000, 400_000, "-50 k€")]
    public void Euro_ticks_are_in_the_unit_of_the_largest_value(double value, double largest, string expected) =>
        Assert.Equal(expected, Units.EuroTicks(largest)(value));

    [Fact]
    public void Euros_have_thousands_separators_and_rates_read_as_percentages()
    {
        Assert.Equal("14,906,456 €", Units.Euros(14_906_455.85));
        Assert.Equal("14,906,455.85 €", Units.Euros(14_906_455.85m));
        Assert.Equal("47.9 %", Units.Percent(0.479));
        Assert.Equal("+1.2 pp", Units.PercentagePoints(0.012));
        Assert.Equal("−0.5 pp", Units.PercentagePoints(-0.005));
    }

    [Fact]
    public void A_design_on_one_objective_against_a_day_lever_labels_its_axis_with_days()
    {
        // Days are searched as their day numbers; the axis must read 2023-05-01, not 738,640.
        DesignOutcome Design(DateOnly day, double insertions) => new(
            [$"call.filingEnd={day:yyyy-MM-dd}"], [day.DayNumber], new DesignEvaluation([-insertions], 0),
            [new KpiEstimate(insertions, insertions - 5, insertions + 5, 8)], [], true);
        DesignOutcome[] designs = [.. Enumerable.Range(0, 6).Select(m => Design(new DateOnly(2023, 3, 1).AddMonths(m), 20 + 3 * m))];
        var result = new DesignResult("Barcelona", ["call.filingEnd=2023-03-01:2023-08-31"], ["max:insertionsCausedByCall"], [], 1, 8, 6, 1, 6, 48, 1001, 16,
            [new DesignFrontPoint(designs[^1], designs[^1])], designs);

        RenderedChart chart = ParetoChart.Render(result);

        string[] texts = Texts(chart);
        Assert.Contains(texts, t => t.StartsWith("2023-0", StringComparison.Ordinal));
        Assert.DoesNotContain(texts, t => t.Replace(",", "", StringComparison.Ordinal).StartsWith("7386", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(6, 1)]
    [InlineData(12, 1)]
    [InlineData(13, 2)]
    [InlineData(30, 3)]
    [InlineData(60, 6)]
    public void Month_labels_are_at_most_twelve(int months, int step) => Assert.Equal(step, MonthAxis.Step(months));
}
