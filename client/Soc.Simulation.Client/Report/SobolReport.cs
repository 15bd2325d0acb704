using System.Globalization;
using Soc.Simulation.Analysis.Screening;
using Soc.Simulation.Abstractions.Scenarios;
using Soc.Simulation.Client.Charts;
using Soc.Simulation.Client.Languages;
using Soc.Simulation.Model.Kpis;
using Cell = Soc.Simulation.Client.Report.HtmlDocument.Cell;

namespace Soc.Simulation.Client.Report;

/// <summary>
/// <c>report.html</c> of <c>socsim sensitivity --method sobol</c>: the design and what it cost, how to read the
/// indices, then for each KPI its table and chart, the factors with their priors and sources, and the scenario.
/// </summary>
public static class SobolReport
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static HtmlReport For(SobolSummary s, Scenario scenario)
    {
        RenderedChart[] charts = [.. ChartSet.For(new SobolView(s))];
        var doc = new HtmlDocument($"Sobol' indices: {s.Scenario}");
        int priors = s.Factors.Count - 1;
        SensitivityReport.Header(doc, "Global sensitivity analysis · socsim sensitivity --method sobol", s.Scenario,
        [
            ("scenario", s.Scenario),
            ("method", "Sobol' indices from a Saltelli design: first order (Saltelli et al. 2010) and total (Jansen 1999), 95 % bootstrap intervals over the rows"),
            ("factors", $"{priors} from the scenario's priors (a calibration's posterior counts as one: its draws are joint), and chance"),
            ("design", $"N = {s.Samples} rows × {s.Evaluations / s.Samples} points (A, B, one per factor) = {s.Evaluations} points × {s.Replicates} replicate(s) = {s.Simulations} simulations"),
            ("seed", s.Seed.ToString(Invariant)),
            ("bootstrap", $"{s.Resamples} resamples of the rows"),
        ]);
        doc.Contents([.. s.Kpis.Select(k => (Anchor(k.Kpi), $"{KpiFormat.Label(k.Kpi, Say.Current)} ({k.Kpi})")), ("factors", "Factors and their priors"), ("scenario", "Scenario: parameters and assumptions")]);
        doc.Paragraph("How to read it: a KPI varies because the assumptions are uncertain (each drawn from its prior) and because of chance. "
            + "S (first order) is the share of the KPI's variance that a factor explains alone: fixing it at its true value would remove that share on average. "
            + "ST (total) adds its interactions with every other factor: a factor with ST close to 0 can be fixed anywhere in its range without changing the answer. "
            + "'chance' is the replicates' random numbers (the Monte Carlo noise): its ST is the share that no assumption explains. "
            + "The indices are shares under the priors as written: an assumption with a wide prior (many are marked ASSUMPTION in the scenario) earns a large index "
            + "because its range is wide, so a large index says where evidence would narrow the answer most, not that the parameter is known to matter that much. "
            + "With few rows the indices are noisy (S can come out slightly below 0); their bootstrap intervals say how much. "
            + $"The cost is N × (k + 3) × replicates simulations for k uncertain factors: here {s.Samples} × {priors + 3} × {s.Replicates} = {s.Simulations}; doubling N narrows the intervals about √2 ≈ 1.4 times.", "note");
        if (s.Fixed.Count > 0) doc.Paragraph($"Held at their prior's median (not analysed, left out with --params): {string.Join(", ", s.Fixed)}.", "note");

        foreach ((KpiIndices k, RenderedChart chart) in s.Kpis.Zip(charts))
        {
            doc.Heading(2, $"{KpiFormat.Label(k.Kpi, Say.Current)} ({k.Kpi})", Anchor(k.Kpi));
            if (k.Note is not null)
            {
                doc.Paragraph($"No indices: {k.Note}.", "note");
            }
            else
            {
                FactorIndices[] ranked = [.. k.Factors.OrderByDescending(f => double.IsNaN(f.Total.Estimate) ? -1 : f.Total.Estimate).ThenBy(f => f.Factor, StringComparer.Ordinal)];
                double firstSum = k.Factors.Where(f => f.Factor != Sobol.ChanceFactor).Sum(f => f.FirstOrder.Estimate);
                FactorIndices? chance = k.Factors.FirstOrDefault(f => f.Factor == Sobol.ChanceFactor);
                doc.Paragraph($"Mean over the design {KpiFormat.Value(k.Kpi, k.Mean, Say.Current)}, standard deviation {KpiFormat.Value(k.Kpi, Math.Sqrt(k.Variance), Say.Current)} over {k.Rows} rows. "
                    + $"The priors' first-order indices add up to {Units.Percent(firstSum, 0)}"
                    + (chance is null ? "." : $"; chance explains {Units.Percent(chance.Total.Estimate, 0)} (ST)."));
                doc.Table(["factor", "prior", Num("S (first order)"), Num("ST (total)")],
                    ranked.Select(f => (IReadOnlyList<Cell>)
                    [
                        f.Factor, Prior(s, f.Factor),
                        new Cell(Pct(f.FirstOrder.Estimate), true, Sub: Ci(f.FirstOrder)),
                        new Cell(Pct(f.Total.Estimate), true, Sub: Ci(f.Total)),
                    ]));
            }

            doc.Figure(chart);
        }

        doc.Heading(2, "Factors and their priors", "factors");
        doc.Table(["factor", "prior", "source"], s.Factors.Select(f => (IReadOnlyList<Cell>)[f.Name, f.Distribution, f.Source]));
        ScenarioSection.Write(doc, scenario, "scenario");
        return new HtmlReport(doc.Close(), charts);
    }

    private static string Anchor(string kpi) => "kpi-" + kpi;

    private static string Prior(SobolSummary s, string factor) => s.Factors.FirstOrDefault(f => f.Name == factor)?.Distribution ?? "";

    private static string Pct(double v) => double.IsNaN(v) ? "n/a" : Units.Percent(v, 1);

    private static string? Ci(SobolIndex i) => double.IsNaN(i.Ci95Low) ? null : $"[{Pct(i.Ci95Low)}, {Pct(i.Ci95High)}]";

    private static Cell Num(string text) => HtmlDocument.Num(text);
}
