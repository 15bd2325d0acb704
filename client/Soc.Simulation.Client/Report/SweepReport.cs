using Soc.Simulation.Client.Charts;
using Soc.Simulation.Analysis.Planning;
using Soc.Simulation.Abstractions.Scenarios;

namespace Soc.Simulation.Client.Report;

/// <summary>report.html for <c>socsim sweep</c>: the main KPIs along the levers, as a table and as curves with bands.</summary>
public static class SweepReport
{
    public static HtmlReport For(IReadOnlyList<SweepLever> levers, IReadOnlyList<SweepPointResult> results, Scenario scenario)
    {
        IReadOnlyList<RenderedChart> charts = ChartSet.For(new SweepView(levers, results, scenario));
        var doc = new HtmlDocument($"Sweep: {scenario.Name}");
        doc.Heading(1, $"Sweep: {string.Join(" × ", levers.Select(l => l.Path))}");
        doc.Parameters(
        [
            ("scenario", scenario.Name), ("points", results.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("replicates", $"{results[0].Summary.Replicates} per point, seed {results[0].Summary.Seed} (common random numbers)"),
            .. levers.Select(l => ($"lever {l.Path}", string.Join(", ", l.Values))),
        ]);
        doc.Heading(2, "KPIs at each point (mean and 95% CI)");
        doc.Table(
            [.. levers.Select(l => (HtmlDocument.Cell)l.Path), .. HeadlineKpis.Sweep.Select(k => HtmlDocument.Num(k))],
            results.Select(r => (IReadOnlyList<HtmlDocument.Cell>)[.. r.Settings.Select(s => HtmlDocument.Num(s.Value)),
                .. HeadlineKpis.Sweep.Select(k => new HtmlDocument.Cell(Output.KpiTable.Format(k, r.Summary.Kpis[k].Mean), true, null,
                    $"[{Output.KpiTable.Format(k, r.Summary.Kpis[k].Ci95Low)}, {Output.KpiTable.Format(k, r.Summary.Kpis[k].Ci95High)}]"))]));
        doc.Heading(2, "Curves");
        foreach (RenderedChart chart in charts) doc.Figure(chart);
        ScenarioSection.Write(doc, scenario, "scenario");
        return new HtmlReport(doc.Close(), charts);
    }
}
