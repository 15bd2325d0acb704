using System.Globalization;
using Soc.Simulation.Client.Charts;
using Cell = Soc.Simulation.Client.Report.HtmlDocument.Cell;
using Soc.Simulation.Analysis.Summaries;
using Soc.Simulation.Analysis.Comparisons;
using Soc.Simulation.Analysis.Projection;
using Soc.Simulation.Model.Results;
using Soc.Simulation.Abstractions.Scenarios;
using Soc.Simulation.Model.Kpis;

namespace Soc.Simulation.Client.Report;

/// <summary>
/// Writes <c>report.html</c> for each kind of run: one self-contained page (inline CSS, charts as data URIs, no
/// link to anything outside) with what was run, the KPI tables, the charts, and the scenario's parameters and
/// assumptions. It holds no clock time and no host name: the same inputs give the same bytes.
/// </summary>
public static class ReportWriter
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>A register replay (<c>socsim run --registry</c>).</summary>
    /// <param name="report">The replay's results.</param>
    /// <param name="scenario">The scenario it ran (with the --set overrides applied).</param>
    /// <param name="register">The register's file name, without its folder (shown in the header), or null.</param>
    public static HtmlReport ForReplay(ReplayReport report, Scenario scenario, string? register = null)
    {
        IReadOnlyList<RenderedChart> charts = ChartSet.For(new ReplayView(report, scenario));
        ReplayKpis k = report.Kpis;
        var doc = new HtmlDocument($"Register replay: {report.Scenario}");
        Header(doc, "Register replay · socsim run --registry", report.Scenario,
        [
            ("scenario", report.Scenario),
            ("register of applications", register ?? "(not given)"),
            ("runs", "one deterministic run: every application decided under the call's rules, in registry order"),
        ]);
        doc.Contents([("kpis", "Results"), ("lines", "Budget lines"), ("charts", "Charts"), ("scenario", "Scenario: parameters and assumptions")]);
        doc.Cards(
        [
            ("applications", Count(k.Applications), null),
            ("granted", Count(k.Granted + k.GrantedOnReassignment), $"of which {Count(k.GrantedOnReassignment)} on reassignment"),
            ("refused for budget", Count(k.RefusedBudget), "still on the waiting list at the end"),
            ("budget execution", k.BudgetExecutionPct.ToString("0.00", Invariant) + " %", "net committed ÷ final budget"),
            ("budget exhausted on", Units.Date(k.ExhaustionDate), null),
        ]);

        doc.Heading(2, "Results", "kpis");
        doc.Table(["kpi", "what it is", Num("value")],
        [
            Row("applications", "applications in the register", Count(k.Applications)),
            Row("granted", "granted on their first decision", Count(k.Granted)),
            Row("grantedOnReassignment", "granted later, from the waiting list, with money freed", Count(k.GrantedOnReassignment)),
            Row("refusedBudget", "refused for budget (still waiting at the end)", Count(k.RefusedBudget)),
            Row("refusedIneligible", "refused as ineligible", Count(k.RefusedIneligible)),
            Row("budgetEur", "initial budget", Units.Euros(k.BudgetEur)),
            Row("topUpsEur", "dated top-ups", Units.Euros(k.TopUpsEur)),
            Row("cutsEur", "dated cuts", Units.Euros(k.CutsEur)),
            Row("finalBudgetEur", "final budget", Units.Euros(k.FinalBudgetEur)),
            Row("committedEur", "committed (first decisions and reassignments)", Units.Euros(k.CommittedEur)),
            Row("reassignedEur", "of which reassigned to the waiting list", Units.Euros(k.ReassignedEur)),
            Row("releasedEur", "released by early ends and renunciations", Units.Euros(k.ReleasedEur)),
            Row("netCommittedEur", "net committed", Units.Euros(k.NetCommittedEur)),
            Row("paidEur", "paid", Units.Euros(k.PaidEur)),
            Row("refundedEur", "refunded", Units.Euros(k.RefundedEur)),
            Row("netPaidEur", "net paid", Units.Euros(k.NetPaidEur)),
            Row("unspentEur", "unspent (final budget − net committed)", Units.Euros(k.UnspentEur)),
            Row("budgetExecutionPct", "budget execution (net committed ÷ final budget)", k.BudgetExecutionPct.ToString("0.00", Invariant) + " %"),
            Row("exhaustionDate", "first day an eligible application was refused for budget", Units.Date(k.ExhaustionDate)),
        ]);
        if (report.RefusedByReason.Count > 0)
        {
            doc.Table(["refused as ineligible, by rule", Num("applications")],
                report.RefusedByReason.Select(kv => (IReadOnlyList<Cell>)[kv.Key, Num(Count(kv.Value))]));
        }

        doc.Heading(2, "Budget lines at the end of the call", "lines");
        doc.Table(["line", Num("allocated"), Num("net committed"), Num("paid (cumulative)"), Num("available")],
            report.BudgetLines.Where(l => l.Months.Count > 0).Select(l => l.Months[^1]).Select(m => (IReadOnlyList<Cell>)
            [
                m.Line, Num(Units.Euros(m.AllocatedEur)), Num(Units.Euros(m.NetCommittedEur)), Num(Units.Euros(m.CumulativePaidEur)), Num(Units.Euros(m.AvailableEur)),
            ]));

        Charts(doc, charts);
        ScenarioSection.Write(doc, scenario, "scenario");
        return new HtmlReport(doc.Close(), charts);
    }

    /// <summary>A Monte Carlo run (<c>socsim run</c> on a policy scenario).</summary>
    public static HtmlReport ForExperiment(ExperimentSummary summary, Scenario scenario)
    {
        IReadOnlyList<RenderedChart> charts = ChartSet.For(new ExperimentView(summary, scenario));
        var doc = new HtmlDocument($"Monte Carlo run: {summary.Scenario}");
        Header(doc, "Monte Carlo run · socsim run", summary.Scenario,
        [
            ("scenario", summary.Scenario),
            ("seed", summary.Seed.ToString(Invariant)),
            ("replicates", summary.Replicates.ToString(Invariant)),
            ("estimates", "mean over replicates with its 95% confidence interval (Student t; Wilson for yes/no KPIs)"),
        ]);
        doc.Contents([("kpis", "KPIs"), ("charts", "Charts"), ("scenario", "Scenario: parameters and assumptions")]);
        doc.Cards(KeyFigures(summary));
        doc.Heading(2, "KPIs", "kpis");
        KpiTable(doc, summary);
        Exhaustion(doc, summary.Exhaustion, summary.Replicates);
        Charts(doc, charts);
        ScenarioSection.Write(doc, scenario, "scenario");
        return new HtmlReport(doc.Close(), charts);
    }

    /// <summary>A comparison (<c>socsim compare</c>).</summary>
    /// <param name="comparison">The comparison.</param>
    /// <param name="scenarios">The base scenario, then each alternative's, in the comparison's order.</param>
    public static HtmlReport ForComparison(ComparisonSummary comparison, IReadOnlyList<Scenario> scenarios)
    {
        IReadOnlyList<RenderedChart> charts = ChartSet.For(new ComparisonView(comparison, scenarios));
        ExperimentSummary b = comparison.Base;
        var doc = new HtmlDocument($"Comparison: {b.Scenario}");
        Header(doc, "Comparison · socsim compare", b.Scenario,
        [
            ("base", b.Scenario),
            .. comparison.Alternatives.Select((a, i) => ($"alternative {i + 1}", a.Scenario)),
            ("seed", comparison.Seed.ToString(Invariant)),
            ("replicates", $"{comparison.Replicates} for each scenario, with the same random numbers (paired)"),
            ("differences", "alternative − base, replicate by replicate; mean with its 95% confidence interval and the probability that the alternative is better"),
        ]);
        var sections = new List<(string, string)> { ("overview", "Main KPIs") };
        sections.AddRange(comparison.Differences.Select((d, i) => ($"alt-{i + 1}", $"Alternative {i + 1}: {d.Name}")));
        sections.AddRange([("charts", "Charts"), ("scenario", "Base scenario: parameters and assumptions")]);
        doc.Contents(sections);

        doc.Heading(2, "Main KPIs: base and alternatives", "overview");
        ExperimentSummary[] all = [b, .. comparison.Alternatives];
        doc.Table(["kpi", "what it is", Num("base"), .. comparison.Alternatives.Select((_, i) => Num($"alternative {i + 1}"))],
            HeadlineKpis.Comparison.Where(k => b.Kpis.ContainsKey(k)).Select(k => (IReadOnlyList<Cell>)
                [new Cell(k), KpiFormat.Label(k), .. all.Select(s => Num(s.Kpis.TryGetValue(k, out KpiEstimate? e) ? KpiFormat.Value(k, e.Mean) : "n/a"))]));

        for (int i = 0; i < comparison.Differences.Count; i++)
        {
            AlternativeComparison alt = comparison.Differences[i];
            doc.Heading(2, $"Alternative {i + 1}: {alt.Name}", $"alt-{i + 1}");
            doc.Heading(3, "Parameters that differ from the base");
            if (alt.Parameters.Count == 0) doc.Paragraph("None: the alternative has the base's parameters.", "note");
            else doc.Table(["parameter (JSON path)", "base", "alternative"], alt.Parameters.Select(p => (IReadOnlyList<Cell>)[p.Path, p.Base, p.Alternative]));
            doc.Heading(3, "KPIs: alternative − base");
            doc.Table(["kpi", Num("base"), Num("alternative"), Num("difference"), Num("P(alternative better)")],
                alt.Kpis.Select(d => (IReadOnlyList<Cell>)
                [
                    new Cell(d.Kpi, Sub: KpiFormat.Label(d.Kpi) == d.Kpi ? null : KpiFormat.Label(d.Kpi)),
                    WithCi(d.Kpi, d.Base), WithCi(d.Kpi, d.Alternative),
                    new Cell(KpiFormat.Difference(d.Kpi, d.MeanDifference), true,
                        Sub: double.IsNaN(d.Ci95Low) ? null : $"[{KpiFormat.Difference(d.Kpi, d.Ci95Low)}, {KpiFormat.Difference(d.Kpi, d.Ci95High)}]"),
                    Probability(d),
                ]));
            doc.Paragraph("Each value is the mean over replicates, with its 95% confidence interval below; the difference is alternative − base, paired by replicate, in percentage points for rates.", "note");
            doc.Paragraph("P(alternative better) is left empty for KPIs that are neither better higher nor lower (spending, counts of applications…): that is the planner's call.", "note");
        }

        Charts(doc, charts);
        if (scenarios.Count > 0)
        {
            ScenarioSection.Write(doc, scenarios[0], "scenario");
            for (int i = 1; i < scenarios.Count; i++)
            {
                if (scenarios[i].Assumptions.SequenceEqual(scenarios[0].Assumptions, StringComparer.Ordinal)) continue;
                doc.Heading(3, $"Assumptions of alternative {i}: {scenarios[i].Name}");
                doc.List(scenarios[i].Assumptions, ordered: true);
            }
        }

        return new HtmlReport(doc.Close(), charts);
    }

    /// <summary>A projection of a running call (<c>socsim project</c>).</summary>
    public static HtmlReport ForProjection(ProjectionSummary projection, Scenario scenario)
    {
        IReadOnlyList<RenderedChart> charts = ChartSet.For(new ProjectionView(projection, scenario));
        ProjectionSummary p = projection;
        var doc = new HtmlDocument($"Projection: {p.Scenario}");
        Header(doc, "Projection of a running call · socsim project", p.Scenario,
        [
            ("scenario", p.Scenario),
            ("as of", p.AsOf.ToString("yyyy-MM-dd", Invariant)),
            ("known applications", Count(p.KnownApplications)),
            ("applications per day (projected)", p.ApplicationsPerDay.ToString("0.##", Invariant)),
            ("seed", p.Seed.ToString(Invariant)),
            ("replicates", p.Replicates.ToString(Invariant)),
        ]);
        doc.Contents([("kpis", "Projected results"), ("lines", "Budget lines"), ("charts", "Charts"), ("scenario", "Scenario: parameters and assumptions")]);
        doc.Cards(
        [
            ("budget", Units.Euros(p.BudgetEur), null),
            ($"committed as of {p.AsOf:yyyy-MM-dd}", Units.Euros(p.CommittedAsOfEur), $"{Units.Percent(p.BudgetEur == 0 ? double.NaN : (double)(p.CommittedAsOfEur / p.BudgetEur))} of the budget"),
            ("unspent at the end (mean)", Units.Euros(p.UnspentEur.Mean), $"P10–P90 {Units.Euros(p.UnspentP10Eur)} to {Units.Euros(p.UnspentP90Eur)}"),
            ("budget runs out", Units.Percent(p.Exhaustion.Probability, 0) + " of replicates", p.Exhaustion.Median is DateOnly m ? $"median {m:yyyy-MM-dd}" : null),
        ]);

        doc.Heading(2, "Projected results", "kpis");
        doc.Table(["figure", Num("mean"), Num("95% CI"), Num("P10 – P90")],
        [
            ["budget", Num(Units.Euros(p.BudgetEur)), Num(""), Num("")],
            [$"net committed as of {p.AsOf:yyyy-MM-dd} (known)", Num(Units.Euros(p.CommittedAsOfEur)), Num(""), Num("")],
            [$"net paid as of {p.AsOf:yyyy-MM-dd} (known)", Num(Units.Euros(p.PaidAsOfEur)), Num(""), Num("")],
            ["unspentEur: unspent at the end of the call", Num(Units.Euros(p.UnspentEur.Mean)), Num(Ci(p.UnspentEur, Units.Euros)), Num($"{Units.Euros(p.UnspentP10Eur)} – {Units.Euros(p.UnspentP90Eur)}")],
            ["applicationsRefusedBudget: applications refused for budget", Num(Units.Count(p.ApplicationsRefusedBudget.Mean)), Num(Ci(p.ApplicationsRefusedBudget, Units.Count)), Num("")],
        ]);
        Exhaustion(doc, p.Exhaustion, p.Replicates);

        doc.Heading(2, "Budget lines at the end of the call (projected)", "lines");
        doc.Table(["line", Num("net committed: mean"), Num("P10 – P90"), Num("net paid: mean"), Num("P10 – P90"), Num("refunded: mean")],
            p.Lines.Where(l => l.CommittedEur.Count > 0).Select(l => (IReadOnlyList<Cell>)
            [
                l.Line,
                Num(Units.Euros(l.CommittedEur[^1].Mean)), Num($"{Units.Euros(l.CommittedEur[^1].P10)} – {Units.Euros(l.CommittedEur[^1].P90)}"),
                Num(Units.Euros(l.PaidEur[^1].Mean)), Num($"{Units.Euros(l.PaidEur[^1].P10)} – {Units.Euros(l.PaidEur[^1].P90)}"),
                Num(l.RefundedEur.Count > 0 ? Units.Euros(l.RefundedEur[^1].Mean) : "n/a"),
            ]));

        Charts(doc, charts);
        ScenarioSection.Write(doc, scenario, "scenario");
        return new HtmlReport(doc.Close(), charts);
    }

    private static void Header(HtmlDocument doc, string kind, string title, IEnumerable<(string Name, string Value)> meta)
    {
        doc.Raw("<header>\n<p class=\"kind\">" + HtmlDocument.Encode(kind) + "</p>\n");
        doc.Heading(1, title);
        doc.Raw("<table class=\"meta\"><tbody>\n");
        foreach ((string name, string value) in meta)
        {
            doc.Raw("<tr><th>" + HtmlDocument.Encode(name) + "</th><td>" + HtmlDocument.Encode(value) + "</td></tr>\n");
        }

        doc.Raw("</tbody></table>\n</header>\n");
    }

    private static IEnumerable<(string, string, string?)> KeyFigures(ExperimentSummary s)
    {
        (string Kpi, string Label)[] picks =
        [
            ("insertionRate", "insertion rate"), ("costPerInsertionEur", "cost per insertion"), ("insertionsCausedByCall", "insertions caused by the call"),
            ("subsidyBudgetExecutionPct", "budget execution"),
        ];
        foreach ((string kpi, string label) in picks.Where(p => s.Kpis.ContainsKey(p.Kpi)))
        {
            KpiEstimate e = s.Kpis[kpi];
            yield return (label, KpiFormat.Value(kpi, e.Mean), double.IsNaN(e.Ci95Low) ? null : $"95% CI {KpiFormat.Value(kpi, e.Ci95Low)} – {KpiFormat.Value(kpi, e.Ci95High)}");
        }

        yield return ("budget ran out", Units.Percent(s.Exhaustion.Probability, 0) + " of replicates", s.Exhaustion.Median is DateOnly m ? $"median {m:yyyy-MM-dd}" : null);
    }

    private static void KpiTable(HtmlDocument doc, ExperimentSummary s) =>
        doc.Table(["kpi", "what it is", Num("mean"), Num("95% CI low"), Num("95% CI high")],
            s.Kpis.Select(kv => (IReadOnlyList<Cell>)
            [
                kv.Key, KpiFormat.Label(kv.Key), Num(KpiFormat.Value(kv.Key, kv.Value.Mean)),
                Num(double.IsNaN(kv.Value.Ci95Low) ? "n/a" : KpiFormat.Value(kv.Key, kv.Value.Ci95Low)),
                Num(double.IsNaN(kv.Value.Ci95High) ? "n/a" : KpiFormat.Value(kv.Key, kv.Value.Ci95High)),
            ]));

    private static void Exhaustion(HtmlDocument doc, ExhaustionDistribution x, int replicates) =>
        doc.Paragraph($"The budget ran out in {Units.Percent(x.Probability, 0)} of the {replicates} replicates and never ran out in {Units.Percent(1 - x.Probability, 0)}"
            + (x.Median is DateOnly m ? $"; the date it ran out: P10 {Units.Date(x.P10)}, median {m:yyyy-MM-dd}, P90 {Units.Date(x.P90)}." : "."));

    private static void Charts(HtmlDocument doc, IReadOnlyList<RenderedChart> charts)
    {
        doc.Heading(2, "Charts", "charts");
        foreach (RenderedChart chart in charts) doc.Figure(chart);
    }

    private static Cell Probability(KpiDifference d)
    {
        if (d.ProbabilityBetter is not double p) return new Cell("", true);
        string css = p >= 0.95 ? "better" : p <= 0.05 ? "worse" : "";
        return new Cell(Units.Percent(p, 0), true, css.Length == 0 ? null : css);
    }

    private static Cell WithCi(string kpi, KpiEstimate e) =>
        new(KpiFormat.Value(kpi, e.Mean), true, Sub: double.IsNaN(e.Ci95Low) ? null : $"[{KpiFormat.Value(kpi, e.Ci95Low)}, {KpiFormat.Value(kpi, e.Ci95High)}]");

    private static string Ci(KpiEstimate e, Func<double, string> format) => double.IsNaN(e.Ci95Low) ? "n/a" : $"{format(e.Ci95Low)} – {format(e.Ci95High)}";

    private static IReadOnlyList<Cell> Row(string kpi, string what, string value) => [kpi, what, Num(value)];

    private static Cell Num(string text) => HtmlDocument.Num(text);

    private static string Count(int n) => n.ToString("#,##0", Invariant);
}
