using System.Net;
using System.Text.RegularExpressions;
using Soc.Simulation.Client.Report;
using Soc.Simulation.Tests.Charts;
using Soc.Simulation.Abstractions.Scenarios;

namespace Soc.Simulation.Tests.Report;

/// <summary>report.html: one self-contained page with the run, its KPIs, charts, parameters and assumptions.</summary>
public partial class ReportTests
{
    /// <summary>Anything that would make the browser fetch something: a src/href to another place, a stylesheet, a script, a font.</summary>
    [GeneratedRegex(@"(src|href)\s*=\s*[""']?\s*(https?:|//|file:|ftp:)|<link\b|<script\b|@import|@font-face|url\(\s*[""']?\s*(https?:|//)", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalResource();

    private static void SelfContained(string html)
    {
        Match m = ExternalResource().Match(html);
        Assert.False(m.Success, $"external resource at {m.Index}: {(m.Success ? html.Substring(m.Index, Math.Min(80, html.Length - m.Index)) : "")}");
        Assert.DoesNotContain("http://", html, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
    }

    /// <summary>The page's text as a reader sees it (entities decoded, tags left in).</summary>
    private static string Text(HtmlReport report) => WebUtility.HtmlDecode(report.Html);

    [Fact]
    public async Task Monte_carlo_report_is_self_contained_with_kpis_charts_parameters_and_assumptions()
    {
        ChartInputs.Inputs i = await ChartInputs.GetAsync();
        HtmlReport report = ReportWriter.ForExperiment(i.Summary, i.Scenario);
        string text = Text(report);

        SelfContained(report.Html);
        Assert.StartsWith("<!DOCTYPE html>", report.Html, StringComparison.Ordinal);
        Assert.Contains("Monte Carlo run", text);
        Assert.Contains(i.Scenario.Name, text);
        Assert.Contains($"<th>seed</th><td>{ChartInputs.Seed}</td>", text);
        Assert.Contains($"<th>replicates</th><td>{ChartInputs.Replicates}</td>", text);
        foreach (string kpi in i.Summary.Kpis.Keys) Assert.Contains($">{kpi}<", text);
        Assert.Contains("95% CI low", text);
        foreach (string assumption in i.Scenario.Assumptions) Assert.Contains(assumption, text);
        Assert.Contains("call.budgetEur", text);
        Assert.Contains("population.monthlyArrivals", text);
        Assert.Contains("behaviour.deadweight", text);
        Assert.Contains("taller_oficis", text);
        Assert.Equal(report.Charts.Count, Regex.Count(report.Html, "<img src=\"data:image/png;base64,"));
        Assert.Equal(
            ["report.html", .. report.Charts.SelectMany(c => new[] { c.Name + ".png", c.Name + ".svg" })],
            report.Files().Select(f => f.FileName));
    }

    [Fact]
    public async Task Comparison_report_has_each_alternative_its_differing_parameters_and_paired_differences()
    {
        ChartInputs.Inputs i = await ChartInputs.GetAsync();
        HtmlReport report = ReportWriter.ForComparison(i.Comparison, [i.Scenario, i.Alternative]);
        string text = Text(report);

        SelfContained(report.Html);
        Assert.Contains("socsim compare", text);
        Assert.Contains(i.Alternative.Name, text);
        Assert.Contains(">call.budgetEur<", text);
        Assert.Contains(">1500000<", text);
        Assert.Contains("P(alternative better)", text);
        foreach (string kpi in i.Comparison.Differences[0].Kpis.Select(d => d.Kpi)) Assert.Contains($">{kpi}<", text);
        Assert.Contains(" pp", text);
        foreach (string assumption in i.Scenario.Assumptions) Assert.Contains(assumption, text);
        Assert.Equal(["comparison-rates", "comparison-amounts", "comparison-budget", "insertion"], report.Charts.Select(c => c.Name));
    }

    [Fact]
    public async Task Projection_report_states_the_as_of_date_the_unspent_money_and_the_lines()
    {
        ChartInputs.Inputs i = await ChartInputs.GetAsync();
        HtmlReport report = ReportWriter.ForProjection(i.Projection, i.Scenario);
        string text = Text(report);

        SelfContained(report.Html);
        Assert.Contains("<th>as of</th><td>2023-01-15</td>", text);
        Assert.Contains("unspentEur", text);
        Assert.Contains("applicationsRefusedBudget", text);
        foreach (var line in i.Projection.Lines) Assert.Contains(line.Line, text);
        foreach (string assumption in i.Scenario.Assumptions) Assert.Contains(assumption, text);
    }

    [Fact]
    public async Task Replay_report_has_the_replay_kpis_refusals_by_rule_and_the_call_parameters()
    {
        ChartInputs.Inputs i = await ChartInputs.GetAsync();
        HtmlReport report = ReportWriter.ForReplay(i.Replay, i.ReplayScenario, "sample-2023.csv");
        string text = Text(report);

        SelfContained(report.Html);
        Assert.Contains("Register replay", text);
        Assert.Contains("sample-2023.csv", text);
        foreach (string kpi in new[] { "applications", "granted", "refusedBudget", "netCommittedEur", "budgetExecutionPct", "exhaustionDate" })
        {
            Assert.Contains($">{kpi}<", text);
        }

        Assert.Contains("14,906,455.85 €", text);
        Assert.Contains(">A1<", text);
        foreach (string assumption in i.ReplayScenario.Assumptions) Assert.Contains(assumption, text);
        Assert.Equal(["budget", "spending-by-line"], report.Charts.Select(c => c.Name));
    }

    [Fact]
    public async Task Same_inputs_give_the_same_bytes_with_no_clock_time_or_host_name()
    {
        ChartInputs.Inputs i = await ChartInputs.GetAsync();
        byte[][] first = [.. ReportWriter.ForExperiment(i.Summary, i.Scenario).Files().Select(f => f.Content)];
        byte[][] second = [.. ReportWriter.ForExperiment(i.Summary, i.Scenario).Files().Select(f => f.Content)];

        Assert.Equal(first.Length, second.Length);
        for (int f = 0; f < first.Length; f++) Assert.True(first[f].AsSpan().SequenceEqual(second[f]), $"file {f} differs");
        // The page without its images (whose base64 may hold any short string).
        string html = Regex.Replace(ReportWriter.ForExperiment(i.Summary, i.Scenario).Html, "data:image/png;base64,[^\"]*", "");
        Assert.DoesNotContain(DateTime.Now.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), html);
        Assert.DoesNotMatch(@"\b" + Regex.Escape(Environment.MachineName) + @"\b", html);
    }

    [Fact]
    public async Task Every_text_is_escaped()
    {
        ChartInputs.Inputs i = await ChartInputs.GetAsync();
        Scenario hostile = i.Scenario with
        {
            Name = "<script>alert('x')</script> & \"co\"",
            Assumptions = ["<img src=http://example.org/x.png> is not an image"],
        };
        HtmlReport report = ReportWriter.ForExperiment(i.Summary with { Scenario = hostile.Name }, hostile);

        Assert.DoesNotContain("<script", report.Html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img src=http", report.Html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", report.Html);
        Assert.Contains("<img src=http://example.org/x.png> is not an image", Text(report));
    }
}
