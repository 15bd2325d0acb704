using System.Globalization;
using Soc.Simulation.Client.Charts;
using Soc.Simulation.Analysis.Planning;
using Soc.Simulation.Abstractions.Scenarios;

namespace Soc.Simulation.Client.Report;

/// <summary>report.html for <c>socsim plan</c>: the goal, the answer with its uncertainty, the path and the check.</summary>
public static class PlanReport
{
    public static HtmlReport For(PlanResult r, Scenario scenario, Lever lever)
    {
        RenderedChart chart = ChartSet.For(new PlanView(r, lever)).Single();
        var doc = new HtmlDocument($"Plan: {r.Goal}");
        doc.Heading(1, $"Plan for the next call: {r.Goal}");
        doc.Parameters(
        [
            ("scenario", scenario.Name), ("lever", r.Path), ("range", $"{lever.Format(r.Low)} to {lever.Format(r.High)}"),
            ("replicates", $"{r.Replicates} per value, seed {r.Seed} (common random numbers)"),
            ("result", $"{r.Outcome}: {(r.Answer is double a ? lever.Format(a) : "none")}"),
            ("cautious answer", r.CautiousAnswer is double c ? $"{lever.Format(c)} (the 95% bound least favourable to the goal meets it)" : "none in the range"),
            ("check", r.Check is GoalEvaluation k
                ? $"at {lever.Format(k.Value)}, fresh seed {r.CheckSeed}, {r.CheckReplicates} replicates: {F(k.Statistic.Mean)} [{F(k.Statistic.Ci95Low)}, {F(k.Statistic.Ci95High)}], goal {(k.Met ? "met" : "not met")}"
                : "no answer to check"),
        ]);
        doc.Heading(2, "Evaluations");
        doc.Table(["value", HtmlDocument.Num("statistic"), HtmlDocument.Num("95% CI low"), HtmlDocument.Num("95% CI high"), "goal met", "cautiously"],
            r.Evaluations.Select(e => (IReadOnlyList<HtmlDocument.Cell>)[HtmlDocument.Num(lever.Format(e.Value)), HtmlDocument.Num(F(e.Statistic.Mean)),
                HtmlDocument.Num(F(e.Statistic.Ci95Low)), HtmlDocument.Num(F(e.Statistic.Ci95High)), e.Met ? "yes" : "no", e.MetCautiously ? "yes" : "no"]));
        doc.Heading(2, "Goal-seek path");
        doc.Figure(chart);
        ScenarioSection.Write(doc, scenario, "scenario");
        return new HtmlReport(doc.Close(), [chart]);
    }

    private static string F(double v) => double.IsNaN(v) ? "n/a" : v.ToString("0.####", CultureInfo.InvariantCulture);
}
