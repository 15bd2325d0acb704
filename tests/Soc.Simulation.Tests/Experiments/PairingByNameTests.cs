using Soc.Simulation.Tests.Cli;
using Soc.Simulation.Tests.Simulation;
using Soc.Simulation.Analysis.Summaries;
using Soc.Simulation.Analysis.Comparisons;
using Soc.Simulation.Model.Kpis;
using Soc.Simulation.Abstractions.Simulation;

namespace Soc.Simulation.Tests.Experiments;

/// <summary>Compare pairs KPIs by name, never by position, and copes with a KPI or a month that one side lacks (issue 12).</summary>
public class PairingByNameTests
{
    private static ReplicateResult Run(int replicate, params (string Kpi, double Value)[] kpis) =>
        new(replicate, [.. kpis.Select(k => k.Kpi)], [.. kpis.Select(k => k.Value)], ["2023-01"], ["arrivals"], [[1]], null);

    [Fact]
    public void Kpis_in_another_order_pair_by_name_and_one_sided_kpis_are_named()
    {
        ReplicateResult[] b = [Run(0, ("insertionRate", 0.40), ("applications", 100), ("backToStudiesRate_programme_t", 0.1)),
                               Run(1, ("insertionRate", 0.50), ("applications", 110), ("backToStudiesRate_programme_t", 0.2))];
        ReplicateResult[] a = [Run(0, ("applications", 130), ("insertionRate", 0.45), ("insertionRate_programme_new", 0.3)),
                               Run(1, ("applications", 120), ("insertionRate", 0.52), ("insertionRate_programme_new", 0.4))];
        ExperimentSummary bs = ExperimentSummary.Aggregate("base", 1, b), alt = ExperimentSummary.Aggregate("alt", 1, a);

        ComparisonSummary c = ComparisonSummary.Build(1, bs, b, [(alt, a, [])]);

        Dictionary<string, KpiDifference> d = c.Differences[0].Kpis.ToDictionary(k => k.Kpi);
        Assert.Equal(["insertionRate", "applications", "backToStudiesRate_programme_t", "insertionRate_programme_new"], c.Differences[0].Kpis.Select(k => k.Kpi));
        Assert.Equal(0.035, d["insertionRate"].MeanDifference, 12);
        Assert.Equal(20, d["applications"].MeanDifference, 12);
        Assert.Equal(Better.Higher, d["insertionRate"].Better);
        Assert.Equal("base", d["backToStudiesRate_programme_t"].OnlyIn);
        Assert.True(double.IsNaN(d["backToStudiesRate_programme_t"].MeanDifference));
        Assert.Equal("alternative", d["insertionRate_programme_new"].OnlyIn);
        Assert.Equal(0.35, d["insertionRate_programme_new"].Alternative.Mean, 12);
    }

    [Fact]
    public void A_difference_of_shares_with_parameter_draws_stays_between_minus_one_and_one()
    {
        // Two replicates per parameter draw; the call runs out in every base replicate and, in the alternative, only
        // under every other draw: the normal interval over both sources would reach below −100 pp.
        ReplicateResult Exhausted(int r, double value) =>
            new(r, ["callExhausted"], [value], ["2023-01"], ["arrivals"], [[1]], null, ParameterDraw: r / 2);
        ReplicateResult[] b = [.. Enumerable.Range(0, 8).Select(r => Exhausted(r, 1))];
        ReplicateResult[] a = [.. Enumerable.Range(0, 8).Select(r => Exhausted(r, r / 2 % 2 == 0 ? 0 : 1))];

        KpiDifference d = ComparisonSummary.Build(1, ExperimentSummary.Aggregate("base", 1, b), b, [(ExperimentSummary.Aggregate("alt", 1, a), a, [])])
            .Differences[0].Kpis.Single();

        Assert.Equal(-0.5, d.MeanDifference, 12);
        Assert.Equal(-1, d.Ci95Low);
        Assert.InRange(d.Ci95High, -0.5, 1);
    }

    [Fact]
    public void Monthly_series_of_different_periods_align_on_the_calendar()
    {
        SeriesPoint[] shorter = [new("2023-02", 5, 4, 6), new("2023-03", 7, 6, 8)];
        string[] months = MonthAlignment.Union([shorter, [new("2023-01", 1, 1, 1), new("2023-04", 9, 9, 9)]]);

        Assert.Equal(["2023-01", "2023-02", "2023-03", "2023-04"], months);
        Assert.Equal([0.0, 5, 7, 7], MonthAlignment.Align(shorter, months, cumulative: true).Select(p => p.Mean));
        Assert.Equal([0.0, 5, 7, 0], MonthAlignment.Align(shorter, months, cumulative: false).Select(p => p.Mean));
        Assert.Equal(months, MonthAlignment.Align(shorter, months, cumulative: true).Select(p => p.Month));
    }

    /// <summary>The two comparisons that crashed: a KPI the alternative lacks, and a shorter simulated period.</summary>
    [Theory]
    [InlineData("x:services[1].studiesHazard=0")]
    [InlineData("y:services[0].durationMonths=0")]
    public async Task Compare_with_a_missing_kpi_or_a_shorter_period_writes_differences_as_alternative_minus_base(string alt)
    {
        string dir = Path.Combine(TestPaths.TempDir(), "out");
        var (exit, _, stderr) = await SocSimRunner.RunAsync("compare", Barcelona.ScenarioPath, "--alt", alt, "--replicates", "3", "--backend", "direct", "--out", dir, "--quiet");
        Assert.True(exit == 0, stderr);

        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "compare.json")));
        System.Text.Json.JsonElement root = json.RootElement;
        System.Text.Json.JsonElement baseKpis = root.GetProperty("base").GetProperty("kpis"), altKpis = root.GetProperty("alternatives")[0].GetProperty("kpis");
        foreach (System.Text.Json.JsonElement d in root.GetProperty("differences")[0].GetProperty("kpis").EnumerateArray())
        {
            string kpi = d.GetProperty("kpi").GetString()!;
            if (d.GetProperty("onlyIn").ValueKind == System.Text.Json.JsonValueKind.String) continue;
            if (d.GetProperty("meanDifference").ValueKind != System.Text.Json.JsonValueKind.Number) continue;
            double b = baseKpis.GetProperty(kpi).GetProperty("mean").GetDouble(), a = altKpis.GetProperty(kpi).GetProperty("mean").GetDouble();
            // Where every replicate has a value, the mean paired difference is the difference of the means.
            if (baseKpis.GetProperty(kpi).GetProperty("replicates").GetInt32() == 3 && altKpis.GetProperty(kpi).GetProperty("replicates").GetInt32() == 3)
            {
                double difference = d.GetProperty("meanDifference").GetDouble();
                Assert.True(Math.Abs(a - b - difference) <= 1e-9 * Math.Max(1, Math.Max(Math.Abs(a), Math.Abs(b))), $"{kpi}: {difference} is not {a} − {b}");
            }
        }

        Assert.True(File.Exists(Path.Combine(dir, "comparison-budget.png")));
    }
}
