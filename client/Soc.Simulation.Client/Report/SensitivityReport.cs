using System.Globalization;
using Soc.Simulation.Client.Charts;
using Cell = Soc.Simulation.Client.Report.HtmlDocument.Cell;
using Soc.Simulation.Analysis.Screening;
using Soc.Simulation.Abstractions.Scenarios;
using Soc.Simulation.Model.Kpis;
using Soc.Simulation.Client.Languages;

namespace Soc.Simulation.Client.Report;

/// <summary>
/// <c>report.html</c> of <c>socsim sensitivity</c>: what was varied, the ranking with each swing's 95% CI, the
/// tornado, the parameters that could not be ranked and why, and the base scenario's parameters and assumptions.
/// Like the other reports it is one self-contained page with no clock time in it.
/// </summary>
public static class SensitivityReport
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <param name="summary">The analysis.</param>
    /// <param name="scenario">The base scenario (with the --set overrides applied).</param>
    public static HtmlReport ForSensitivity(SensitivitySummary summary, Scenario scenario)
    {
        SensitivitySummary s = summary;
        MorrisResult? morris = s.Morris;
        RenderedChart chart = ChartSet.For(new SensitivityView(s)).Single();
        var doc = new HtmlDocument($"Sensitivity: {s.Scenario}");
        string delta = Percent(s.Delta);
        Header(doc, "Sensitivity analysis · socsim sensitivity", s.Scenario,
        [
            ("scenario", s.Scenario),
            ("KPI", $"{s.Kpi}: {KpiFormat.Label(s.Kpi, Say.Current)}"),
            ("method", morris is null
                ? $"one at a time: each parameter moved alone to its value × (1 − {delta}) and × (1 + {delta}), the others at the base"
                : $"Morris elementary effects: {morris.Trajectories} random trajectories on a {morris.Levels}-level grid over value × (1 − {delta}) … × (1 + {delta}); in each, every parameter moves once"),
            ("seed", s.Seed.ToString(Invariant)),
            ("replicates", $"{s.Replicates} for each evaluation, with the same random numbers (paired)"),
            ("evaluations", morris is null
                ? $"{s.Evaluations}: the base, then each of the {s.Ranking.Count} ranked parameters low and high"
                : $"{s.Evaluations}: the base, then {morris.Trajectories} trajectories of {morris.Ranking.Count + 1} points"),
        ]);
        doc.Contents([("ranking", "Ranking"), ("chart", morris is null ? "Tornado" : "Morris chart"), ("not-ranked", "Parameters not ranked"), ("scenario", "Scenario: parameters and assumptions")]);
        if (morris is not null)
        {
            WriteMorris(doc, s, morris);
        }
        else
        {
            WriteOneAtATime(doc, s);
        }

        doc.Heading(2, morris is null ? "Tornado" : "Morris chart", "chart");
        doc.Figure(chart);

        doc.Heading(2, "Parameters not ranked", "not-ranked");
        if (s.NotRanked.Count == 0) doc.Paragraph("None: every parameter was run at both ends.", "note");
        else
        {
            doc.Table(["parameter (JSON path)", Num("base"), Num("low → high"), "why"],
                s.NotRanked.Select(r => (IReadOnlyList<Cell>)
                [
                    r.Path, Num(Value(r.BaseValue)), Num($"{Value(r.LowValue)} → {Value(r.HighValue)}"), r.Note ?? "",
                ]));
        }

        doc.Paragraph("Shares that must add up to 1 (budget lines, contract lengths, age bands, education, districts) are not varied alone, since that makes the scenario invalid; "
            + "dates, ids and texts are not numbers. Any parameter can be named with --params path1,path2.", "note");

        ScenarioSection.Write(doc, scenario, "scenario");
        return new HtmlReport(doc.Close(), [chart]);
    }

    private static void WriteMorris(HtmlDocument doc, SensitivitySummary s, MorrisResult m)
    {
        MorrisEffect? top = m.Ranking.FirstOrDefault(r => !double.IsNaN(r.MuStar));
        doc.Cards(
        [
            ($"{s.Kpi} at the base", KpiFormat.Value(s.Kpi, s.BaseKpi.Mean, Say.Current),
                double.IsNaN(s.BaseKpi.Ci95Low) ? null : $"95% CI {KpiFormat.Value(s.Kpi, s.BaseKpi.Ci95Low, Say.Current)} – {KpiFormat.Value(s.Kpi, s.BaseKpi.Ci95High, Say.Current)}"),
            ("largest μ*", top is null ? "none" : Size(s.Kpi, top.MuStar), top?.Path),
            ("parameters ranked", m.Ranking.Count.ToString(Invariant), $"{m.Ranking.Count(r => r.MuStar == 0)} with μ* of exactly 0"),
            ("not ranked", s.NotRanked.Count.ToString(Invariant), "zero, rounds to the same, or invalid alone"),
        ]);
        doc.Heading(2, "Ranking by μ*", "ranking");
        doc.Paragraph("An elementary effect is the KPI's change when one parameter alone takes a step on its grid, scaled to its whole range (low → high), "
            + "so it reads like a tornado's swing. μ* = the mean of the absolute effects (the ranking), μ = their mean with its sign, σ = their standard deviation: "
            + "a σ close to μ* or above means the effect depends on where the other parameters are (interactions) or is not linear. "
            + "μ* of exactly 0 means the KPI never moved with that parameter.", "note");
        doc.Table(["rank", "parameter (JSON path)", Num("base (low → high)"), Num("μ*"), Num("μ"), Num("σ"), Num("effects")],
            m.Ranking.Select(r => (IReadOnlyList<Cell>)
            [
                Num(r.Rank?.ToString(Invariant) ?? ""),
                new Cell(r.Path, Sub: r.WholeNumber ? "whole number: rounded" : null),
                new Cell(Value(r.BaseValue), true, Sub: $"{Value(r.LowValue)} → {Value(r.HighValue)}"),
                Num(Size(s.Kpi, r.MuStar)),
                Num(Swing(s.Kpi, r.Mu)),
                Num(Size(s.Kpi, r.Sigma)),
                Num(r.Effects.ToString(Invariant)),
            ]));
        if (m.Ranking.Count == 0) doc.Paragraph("No parameter could be run: see the parameters not ranked below.", "note");
    }

    private static void WriteOneAtATime(HtmlDocument doc, SensitivitySummary s)
    {
        ParameterSensitivity? top = s.Ranking.FirstOrDefault(r => !double.IsNaN(r.Swing));
        doc.Cards(
        [
            ($"{s.Kpi} at the base", KpiFormat.Value(s.Kpi, s.BaseKpi.Mean, Say.Current),
                double.IsNaN(s.BaseKpi.Ci95Low) ? null : $"95% CI {KpiFormat.Value(s.Kpi, s.BaseKpi.Ci95Low, Say.Current)} – {KpiFormat.Value(s.Kpi, s.BaseKpi.Ci95High, Say.Current)}"),
            ("largest swing", top is null ? "none" : Swing(s.Kpi, top.Swing), top?.Path),
            ("parameters ranked", s.Ranking.Count.ToString(Invariant), $"{s.Ranking.Count(r => r.Swing == 0)} with a swing of exactly 0"),
            ("not ranked", s.NotRanked.Count.ToString(Invariant), "zero, rounds to the same, or invalid"),
        ]);

        doc.Heading(2, "Ranking by |swing|", "ranking");
        doc.Paragraph($"Swing = the KPI with the parameter at its high value − the KPI with it at its low value, the mean over the {s.Replicates} paired replicates, "
            + "with the 95% confidence interval of the paired differences below. An interval that crosses 0 means the effect is not distinguished from noise with these replicates; "
            + "a swing of exactly 0 means the KPI did not move in any replicate. Elasticity = the KPI's relative change ÷ the parameter's relative change (from low to high), "
            + "so parameters of different units can be compared.", "note");
        doc.Table(["rank", "parameter (JSON path)", Num("base (low → high)"), Num("KPI at low"), Num("KPI at high"), Num("swing (high − low)"), Num("elasticity")],
            s.Ranking.Select(r => (IReadOnlyList<Cell>)
            [
                Num(r.Rank?.ToString(Invariant) ?? ""),
                new Cell(r.Path, Sub: r.WholeNumber ? "whole number: rounded" : null),
                new Cell(Value(r.BaseValue), true, Sub: $"{Value(r.LowValue)} → {Value(r.HighValue)}"),
                Num(KpiFormat.Value(s.Kpi, r.KpiLow, Say.Current)),
                Num(KpiFormat.Value(s.Kpi, r.KpiHigh, Say.Current)),
                new Cell(Swing(s.Kpi, r.Swing), true,
                    Sub: double.IsNaN(r.Ci95Low) ? null : $"[{Swing(s.Kpi, r.Ci95Low)}, {Swing(s.Kpi, r.Ci95High)}]"),
                Num(double.IsNaN(r.Elasticity) ? "n/a" : r.Elasticity.ToString("0.###", Invariant)),
            ]));
        if (s.Ranking.Count == 0) doc.Paragraph("No parameter could be run: see the parameters not ranked below.", "note");
    }

    internal static void Header(HtmlDocument doc, string kind, string title, IEnumerable<(string Name, string Value)> meta)
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

    private static string Swing(string kpi, double d) => double.IsNaN(d) ? "n/a" : d == 0 ? "0" : KpiFormat.Difference(kpi, d, Say.Current);

    private static string Size(string kpi, double d) => Swing(kpi, d).TrimStart('+');

    private static string Value(decimal v) => Math.Abs(v) >= 1000 ? v.ToString("#,##0.##", Invariant) : v.ToString("0.####", Invariant);

    private static string Percent(decimal fraction) => (fraction * 100).ToString("0.##", Invariant) + " %";

    private static Cell Num(string text) => HtmlDocument.Num(text);
}
