using System.Globalization;
using Soc.Simulation.Abstractions.Scenarios;
using Soc.Simulation.Analysis.Comparisons;
using Soc.Simulation.Analysis.Design;
using Soc.Simulation.Analysis.Summaries;
using Soc.Simulation.Client.Charts;
using Soc.Simulation.Model.Kpis;

namespace Soc.Simulation.Client.Report;

/// <summary>report.html for <c>socsim design</c>: what was asked, what it cost, the front as a table and a chart, and the check.</summary>
public static class DesignReport
{
    public static HtmlReport For(DesignResult r, Scenario scenario)
    {
        RenderedChart chart = ChartSet.For(new DesignView(r)).Single();
        var doc = new HtmlDocument("Design of the next call");
        doc.Heading(1, "Design of the next call");
        doc.Parameters(
        [
            ("scenario", scenario.Name), ("levers", string.Join("; ", r.Levers)), ("objectives", string.Join("; ", r.Objectives)),
            ("constraints", r.Constraints.Count == 0 ? "none" : string.Join("; ", r.Constraints) + " (each met at its cautious 95% bound)"),
            ("search", $"NSGA-II, {r.PopulationSize} designs a generation, {r.Generations} generations; {r.Replicates} replicates a design, seed {r.Seed} (common random numbers)"),
            ("cost", $"{r.Evaluations} designs evaluated, {r.Simulations} simulations"),
            ("check", $"the front run again with seed {r.CheckSeed} and {r.CheckReplicates} replicates: {r.FrontConfirmed} of {r.Front.Count} designs meet every constraint"),
        ]);
        doc.Heading(2, "Pareto front");
        doc.Paragraph("Each objective's mean with its 95% interval, over the parameter draws and the Monte Carlo error (H6). Every design "
            + "runs on the same draws and random numbers, so the differences between designs are far more precise than each interval: "
            + "the last columns give each objective's difference from the scenario's own call, paired replicate by replicate on the check's seeds. "
            + "A design the check does not confirm met a constraint with the search's seed only, at the constraint's edge.");
        if (r.ScenarioCall is { } own)
        {
            doc.Paragraph("The scenario's own call, on the check's seeds: "
                + string.Join("; ", r.Objectives.Select((o, i) => $"{o} {Interval(own.Objectives[i])}")
                    .Concat(own.Constraints.Select(c => $"{c.Constraint}: cautious {F(c.Cautious)}, {(c.Met ? "met" : "NOT met")}"))) + ".");
        }

        string[] paths = [.. DesignText.LeverPaths(r)];
        doc.Table(
            [.. paths.Select(p => HtmlDocument.Num(p)), .. r.Objectives.SelectMany(o => new[] { HtmlDocument.Num(o), HtmlDocument.Num($"check: {o}") }), "check meets the constraints",
             .. r.Objectives.Select(o => HtmlDocument.Num($"vs the scenario's call: {o}"))],
            r.Front.OrderByDescending(p => p.CheckMet).Select(p => (IReadOnlyList<HtmlDocument.Cell>)
            [
                .. DesignText.LeverValues(p.Search).Select(v => HtmlDocument.Num(v)),
                .. p.Search.Objectives.Zip(p.Check.Objectives).SelectMany(o => new[] { HtmlDocument.Num(Interval(o.First)), HtmlDocument.Num(Interval(o.Second)) }),
                p.CheckMet ? "yes" : "no",
                .. r.Objectives.Select((_, o) => HtmlDocument.Num(p.Check.VersusScenario?[o] is { } d ? Difference(d) : "n/a")),
            ]));
        doc.Figure(chart);
        ScenarioSection.Write(doc, scenario, "scenario");
        return new HtmlReport(doc.Close(), [chart]);
    }

    private static string Difference(KpiDifference d) =>
        double.IsFinite(d.MeanDifference) ? $"{KpiFormat.Difference(d.Kpi, d.MeanDifference)} [{KpiFormat.Difference(d.Kpi, d.Ci95Low)}, {KpiFormat.Difference(d.Kpi, d.Ci95High)}]" : "n/a";

    private static string Interval(KpiEstimate e) =>
        double.IsFinite(e.Mean) ? $"{F(e.Mean)} [{F(e.Ci95Low)}, {F(e.Ci95High)}]" : "n/a";

    private static string F(double v) => double.IsFinite(v) ? v.ToString("#,0.##", CultureInfo.InvariantCulture) : "n/a";
}
