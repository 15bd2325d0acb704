using System.Globalization;
using Soc.Simulation.Client.Charts;
using Soc.Simulation.Client.Languages;
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
        var doc = new HtmlDocument(Say.F("Register replay: {0}", report.Scenario));
        Header(doc, Say.T("Register replay · socsim run --registry"), report.Scenario,
        [
            (Say.T("scenario"), report.Scenario),
            (Say.T("register of applications"), register ?? Say.T("(not given)")),
            (Say.T("runs"), Say.T("one deterministic run: every application decided under the call's rules, in registry order")),
        ]);
        doc.Contents([("kpis", Say.T("Results")), ("lines", Say.T("Budget lines")), ("charts", Say.T("Charts")), ("scenario", Say.T("Scenario: parameters and assumptions"))]);
        doc.Cards(
        [
            (Say.T("applications"), Count(k.Applications), null),
            (Say.T("granted"), Count(k.Granted + k.GrantedOnReassignment), Say.F("of which {0} on reassignment", Count(k.GrantedOnReassignment))),
            (Say.T("refused for budget"), Count(k.RefusedBudget), Say.T("still on the waiting list at the end")),
            (Say.T("budget execution"), k.BudgetExecutionPct.ToString("0.00", Say.Numbers) + " %", Say.T("net committed ÷ final budget")),
            (Say.T("budget exhausted on"), Units.Date(k.ExhaustionDate), null),
        ]);

        doc.Heading(2, Say.T("Results"), "kpis");
        doc.Table([Say.T("kpi"), Say.T("what it is"), Num(Say.T("value"))],
        [
            Row("applications", Say.T("applications in the register"), Count(k.Applications)),
            Row("granted", Say.T("granted on their first decision"), Count(k.Granted)),
            Row("grantedOnReassignment", Say.T("granted later, from the waiting list, with money freed"), Count(k.GrantedOnReassignment)),
            Row("refusedBudget", Say.T("refused for budget (still waiting at the end)"), Count(k.RefusedBudget)),
            Row("refusedIneligible", Say.T("refused as ineligible"), Count(k.RefusedIneligible)),
            Row("budgetEur", Say.T("initial budget"), Units.Euros(k.BudgetEur)),
            Row("topUpsEur", Say.T("dated top-ups"), Units.Euros(k.TopUpsEur)),
            Row("cutsEur", Say.T("dated cuts"), Units.Euros(k.CutsEur)),
            Row("finalBudgetEur", Say.T("final budget"), Units.Euros(k.FinalBudgetEur)),
            Row("committedEur", Say.T("committed (first decisions and reassignments)"), Units.Euros(k.CommittedEur)),
            Row("reassignedEur", Say.T("of which reassigned to the waiting list"), Units.Euros(k.ReassignedEur)),
            Row("releasedEur", Say.T("released by early ends and renunciations"), Units.Euros(k.ReleasedEur)),
            Row("netCommittedEur", Say.T("net committed"), Units.Euros(k.NetCommittedEur)),
            Row("paidEur", Say.T("paid"), Units.Euros(k.PaidEur)),
            Row("refundedEur", Say.T("refunded"), Units.Euros(k.RefundedEur)),
            Row("netPaidEur", Say.T("net paid"), Units.Euros(k.NetPaidEur)),
            Row("unspentEur", Say.T("unspent (final budget − net committed)"), Units.Euros(k.UnspentEur)),
            Row("budgetExecutionPct", Say.T("budget execution (net committed ÷ final budget)"), k.BudgetExecutionPct.ToString("0.00", Say.Numbers) + " %"),
            Row("exhaustionDate", Say.T("first day an eligible application was refused for budget"), Units.Date(k.ExhaustionDate)),
        ]);
        if (report.RefusedByReason.Count > 0)
        {
            doc.Table([Say.T("refused as ineligible, by rule"), Num(Say.T("applications"))],
                report.RefusedByReason.Select(kv => (IReadOnlyList<Cell>)[kv.Key, Num(Count(kv.Value))]));
        }

        doc.Heading(2, Say.T("Budget lines at the end of the call"), "lines");
        doc.Table([Say.T("line"), Num(Say.T("allocated")), Num(Say.T("net committed")), Num(Say.T("paid (cumulative)")), Num(Say.T("available"))],
            report.BudgetLines.Where(l => l.Months.Count > 0).Select(l => l.Months[^1]).Select(m => (IReadOnlyList<Cell>)
            [
                m.Line, Num(Units.Euros(m.AllocatedEur)), Num(Units.Euros(m.NetCommittedEur)), Num(Units.Euros(m.CumulativePaidEur)), Num(Units.Euros(m.AvailableEur)),
            ]));

        CallConstraints(doc, report);
        Charts(doc, charts);
        ScenarioSection.Write(doc, scenario, "scenario");
        return new HtmlReport(doc.Close(), charts);
    }

    /// <summary>The call's promoters' places (I2) and how its participant quotas came out (I6), when it has them.</summary>
    private static void CallConstraints(HtmlDocument doc, ReplayReport report)
    {
        if (report.Promoters.Count > 0)
        {
            doc.Heading(2, Say.T("Promoters' places"), "promoters");
            doc.Table([Say.T("promoter"), Say.T("territory"), Num(Say.T("places")), Num(Say.T("taken"))],
                report.Promoters.Select(p => (IReadOnlyList<Cell>)[p.Name.Length > 0 ? $"{p.PromoterId} ({p.Name})" : p.PromoterId, p.Territory, Num(Count(p.Places)), Num(Count(p.Taken))]));
        }

        if (report.Quotas.Count > 0)
        {
            doc.Heading(2, Say.T("Participant quotas"), "quotas");
            doc.Paragraph(Say.T("ASSUMPTION (B7 gives only the shares): the quota holds its share of the budget for the group until the reservation ends; others wait without blocking the registry order."));
            doc.Table([Say.T("group"), Num(Say.T("at least")), Say.T("held until"), Num(Say.T("grants to the group / all grants")), Num(Say.T("share")), Say.T("met")],
                report.Quotas.Select(q => (IReadOnlyList<Cell>)
                [
                    Say.T(Model.Scenarios.QuotaGroupNames.LabelOf(q.Group)), Num(q.MinShare.ToString("0.##%", Say.Numbers)), Units.Date(q.ReservedUntil),
                    Num($"{Count(q.GrantedInGroup)} / {Count(q.Granted)}"), Num(double.IsNaN(q.ShareOfGranted) ? "—" : q.ShareOfGranted.ToString("0.0%", Say.Numbers)),
                    Say.T(q.Met ? "yes" : "no"),
                ]));
        }
    }

    /// <summary>A Monte Carlo run (<c>socsim run</c> on a policy scenario).</summary>
    public static HtmlReport ForExperiment(ExperimentSummary summary, Scenario scenario)
    {
        IReadOnlyList<RenderedChart> charts = ChartSet.For(new ExperimentView(summary, scenario));
        var doc = new HtmlDocument(Say.F("Monte Carlo run: {0}", summary.Scenario));
        Header(doc, Say.T("Monte Carlo run · socsim run"), summary.Scenario,
        [
            (Say.T("scenario"), summary.Scenario),
            (Say.T("seed"), summary.Seed.ToString(Invariant)),
            (Say.T("replicates"), summary.Replicates.ToString(Invariant)),
            (Say.T("estimates"), Say.T("mean over replicates with its 95% confidence interval (Student t; Wilson for yes/no KPIs)")),
        ]);
        doc.Contents([("kpis", Say.T("KPIs")), ("charts", Say.T("Charts")), ("scenario", Say.T("Scenario: parameters and assumptions"))]);
        doc.Cards(KeyFigures(summary));
        doc.Heading(2, Say.T("KPIs"), "kpis");
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
        var doc = new HtmlDocument(Say.F("Comparison: {0}", b.Scenario));
        Header(doc, Say.T("Comparison · socsim compare"), b.Scenario,
        [
            (Say.T("base"), b.Scenario),
            .. comparison.Alternatives.Select((a, i) => (Say.F("alternative {0}", i + 1), a.Scenario)),
            (Say.T("seed"), comparison.Seed.ToString(Invariant)),
            (Say.T("replicates"), Say.F("{0} for each scenario, with the same random numbers (paired)", comparison.Replicates)),
            (Say.T("differences"), Say.T("alternative − base, replicate by replicate; mean with its 95% confidence interval and the probability that the alternative is better")),
        ]);
        var sections = new List<(string, string)> { ("overview", Say.T("Main KPIs")) };
        sections.AddRange(comparison.Differences.Select((d, i) => ($"alt-{i + 1}", Say.F("Alternative {0}: {1}", i + 1, d.Name))));
        sections.AddRange([("charts", Say.T("Charts")), ("scenario", Say.T("Base scenario: parameters and assumptions"))]);
        doc.Contents(sections);

        doc.Heading(2, Say.T("Main KPIs: base and alternatives"), "overview");
        ExperimentSummary[] all = [b, .. comparison.Alternatives];
        doc.Table([Say.T("kpi"), Say.T("what it is"), Num(Say.T("base")), .. comparison.Alternatives.Select((_, i) => Num(Say.F("alternative {0}", i + 1)))],
            HeadlineKpis.Comparison.Where(k => b.Kpis.ContainsKey(k)).Select(k => (IReadOnlyList<Cell>)
                [new Cell(k), KpiFormat.Label(k, Say.Current), .. all.Select(s => Num(s.Kpis.TryGetValue(k, out KpiEstimate? e) ? KpiFormat.Value(k, e.Mean, Say.Current) : "n/a"))]));

        for (int i = 0; i < comparison.Differences.Count; i++)
        {
            AlternativeComparison alt = comparison.Differences[i];
            doc.Heading(2, Say.F("Alternative {0}: {1}", i + 1, alt.Name), $"alt-{i + 1}");
            doc.Heading(3, Say.T("Parameters that differ from the base"));
            if (alt.Parameters.Count == 0) doc.Paragraph(Say.T("None: the alternative has the base's parameters."), "note");
            else doc.Table([Say.T("parameter (JSON path)"), Say.T("base"), Say.T("alternative")], alt.Parameters.Select(p => (IReadOnlyList<Cell>)[p.Path, p.Base, p.Alternative]));
            doc.Heading(3, Say.T("KPIs: alternative − base"));
            doc.Table([Say.T("kpi"), Num(Say.T("base")), Num(Say.T("alternative")), Num(Say.T("difference")), Num(Say.T("P(alternative better)"))],
                alt.Kpis.Select(d => (IReadOnlyList<Cell>)
                [
                    new Cell(d.Kpi, Sub: KpiFormat.Label(d.Kpi, Say.Current) == d.Kpi ? null : KpiFormat.Label(d.Kpi, Say.Current)),
                    WithCi(d.Kpi, d.Base), WithCi(d.Kpi, d.Alternative),
                    new Cell(KpiFormat.Difference(d.Kpi, d.MeanDifference, Say.Current), true,
                        Sub: double.IsNaN(d.Ci95Low) ? null : $"[{KpiFormat.Difference(d.Kpi, d.Ci95Low, Say.Current)}, {KpiFormat.Difference(d.Kpi, d.Ci95High, Say.Current)}]"),
                    Probability(d),
                ]));
            doc.Paragraph(Say.T("Each value is the mean over replicates, with its 95% confidence interval below; the difference is alternative − base, paired by replicate, in percentage points for rates."), "note");
            doc.Paragraph(Say.T("P(alternative better) is left empty for KPIs that are neither better higher nor lower (spending, counts of applications…): that is the planner's call."), "note");
        }

        Charts(doc, charts);
        if (scenarios.Count > 0)
        {
            ScenarioSection.Write(doc, scenarios[0], "scenario");
            for (int i = 1; i < scenarios.Count; i++)
            {
                if (scenarios[i].Assumptions.SequenceEqual(scenarios[0].Assumptions, StringComparer.Ordinal)) continue;
                doc.Heading(3, Say.F("Assumptions of alternative {0}: {1}", i, scenarios[i].Name));
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
        var doc = new HtmlDocument(Say.F("Projection: {0}", p.Scenario));
        Header(doc, Say.T("Projection of a running call · socsim project"), p.Scenario,
        [
            (Say.T("scenario"), p.Scenario),
            (Say.T("as of"), Say.Date(p.AsOf)),
            (Say.T("known applications"), Count(p.KnownApplications)),
            (Say.T("applications per day (projected)"), p.ApplicationsPerDay.ToString("0.##", Say.Numbers)),
            (Say.T("seed"), p.Seed.ToString(Invariant)),
            (Say.T("replicates"), p.Replicates.ToString(Invariant)),
        ]);
        doc.Contents([("kpis", Say.T("Projected results")), ("lines", Say.T("Budget lines")), ("charts", Say.T("Charts")), ("scenario", Say.T("Scenario: parameters and assumptions"))]);
        doc.Cards(
        [
            (Say.T("budget"), Units.Euros(p.BudgetEur), null),
            (Say.F("committed as of {0}", Say.Date(p.AsOf)), Units.Euros(p.CommittedAsOfEur), Say.F("{0} of the budget", Units.Percent(p.BudgetEur == 0 ? double.NaN : (double)(p.CommittedAsOfEur / p.BudgetEur)))),
            (Say.T("unspent at the end (mean)"), Units.Euros(p.UnspentEur.Mean), Say.F("P10–P90 {0} to {1}", Units.Euros(p.UnspentP10Eur), Units.Euros(p.UnspentP90Eur))),
            (Say.T("budget runs out"), Units.Percent(p.Exhaustion.Probability, 0) + Say.T(" of replicates"), p.Exhaustion.Median is DateOnly m ? Say.F("median {0}", Say.Date(m)) : null),
        ]);

        doc.Heading(2, Say.T("Projected results"), "kpis");
        doc.Table([Say.T("figure"), Num(Say.T("mean")), Num(Say.T("95% CI")), Num(Say.T("P10 – P90"))],
        [
            [Say.T("budget"), Num(Units.Euros(p.BudgetEur)), Num(""), Num("")],
            [Say.F("net committed as of {0} (known)", Say.Date(p.AsOf)), Num(Units.Euros(p.CommittedAsOfEur)), Num(""), Num("")],
            [Say.F("net paid as of {0} (known)", Say.Date(p.AsOf)), Num(Units.Euros(p.PaidAsOfEur)), Num(""), Num("")],
            [Say.T("unspentEur: unspent at the end of the call"), Num(Units.Euros(p.UnspentEur.Mean)), Num(Ci(p.UnspentEur, Units.Euros)), Num($"{Units.Euros(p.UnspentP10Eur)} – {Units.Euros(p.UnspentP90Eur)}")],
            [Say.T("applicationsRefusedBudget: applications refused for budget"), Num(Units.Count(p.ApplicationsRefusedBudget.Mean)), Num(Ci(p.ApplicationsRefusedBudget, Units.Count)), Num("")],
        ]);
        Exhaustion(doc, p.Exhaustion, p.Replicates);

        doc.Heading(2, Say.T("Budget lines at the end of the call (projected)"), "lines");
        doc.Table([Say.T("line"), Num(Say.T("net committed: mean")), Num(Say.T("P10 – P90")), Num(Say.T("net paid: mean")), Num(Say.T("P10 – P90")), Num(Say.T("refunded: mean"))],
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
            ("insertionRate", Say.T("insertion rate")), ("costPerInsertionEur", Say.T("cost per insertion")), ("insertionsCausedByCall", Say.T("insertions caused by the call")),
            ("subsidyBudgetExecutionPct", Say.T("budget execution")),
        ];
        foreach ((string kpi, string label) in picks.Where(p => s.Kpis.ContainsKey(p.Kpi)))
        {
            KpiEstimate e = s.Kpis[kpi];
            yield return (Say.T(label), KpiFormat.Value(kpi, e.Mean, Say.Current), double.IsNaN(e.Ci95Low) ? null : Say.F("95% CI {0} – {1}", KpiFormat.Value(kpi, e.Ci95Low, Say.Current), KpiFormat.Value(kpi, e.Ci95High, Say.Current)));
        }

        yield return (Say.T("budget ran out"), Units.Percent(s.Exhaustion.Probability, 0) + Say.T(" of replicates"), s.Exhaustion.Median is DateOnly m ? Say.F("median {0}", Say.Date(m)) : null);
    }

    private static void KpiTable(HtmlDocument doc, ExperimentSummary s) =>
        doc.Table([Say.T("kpi"), Say.T("what it is"), Num(Say.T("mean")), Num(Say.T("95% CI low")), Num(Say.T("95% CI high"))],
            s.Kpis.Select(kv => (IReadOnlyList<Cell>)
            [
                kv.Key, KpiFormat.Label(kv.Key, Say.Current), Num(KpiFormat.Value(kv.Key, kv.Value.Mean, Say.Current)),
                Num(double.IsNaN(kv.Value.Ci95Low) ? "n/a" : KpiFormat.Value(kv.Key, kv.Value.Ci95Low, Say.Current)),
                Num(double.IsNaN(kv.Value.Ci95High) ? "n/a" : KpiFormat.Value(kv.Key, kv.Value.Ci95High, Say.Current)),
            ]));

    private static void Exhaustion(HtmlDocument doc, ExhaustionDistribution x, int replicates) =>
        doc.Paragraph(Say.F("The budget ran out in {0} of the {1} replicates and never ran out in {2}", Units.Percent(x.Probability, 0), replicates, Units.Percent(1 - x.Probability, 0))
            + (x.Median is DateOnly m ? Say.F("; the date it ran out: P10 {0}, median {1}, P90 {2}.", Units.Date(x.P10), Units.Date(m), Units.Date(x.P90)) : "."));

    private static void Charts(HtmlDocument doc, IReadOnlyList<RenderedChart> charts)
    {
        doc.Heading(2, Say.T("Charts"), "charts");
        foreach (RenderedChart chart in charts) doc.Figure(chart);
    }

    private static Cell Probability(KpiDifference d)
    {
        if (d.ProbabilityBetter is not double p) return new Cell("", true);
        string css = p >= 0.95 ? "better" : p <= 0.05 ? "worse" : "";
        return new Cell(Units.Percent(p, 0), true, css.Length == 0 ? null : css);
    }

    private static Cell WithCi(string kpi, KpiEstimate e) =>
        new(KpiFormat.Value(kpi, e.Mean, Say.Current), true, Sub: double.IsNaN(e.Ci95Low) ? null : $"[{KpiFormat.Value(kpi, e.Ci95Low, Say.Current)}, {KpiFormat.Value(kpi, e.Ci95High, Say.Current)}]");

    private static string Ci(KpiEstimate e, Func<double, string> format) => double.IsNaN(e.Ci95Low) ? "n/a" : $"{format(e.Ci95Low)} – {format(e.Ci95High)}";

    private static IReadOnlyList<Cell> Row(string kpi, string what, string value) => [kpi, what, Num(value)];

    private static Cell Num(string text) => HtmlDocument.Num(text);

    private static string Count(int n) => n.ToString("#,##0", Say.Numbers);
}
