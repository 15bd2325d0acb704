using Soc.Simulation.Analysis.Planning;
using Soc.Simulation.Analysis.Screening;

namespace Soc.Simulation.Client.Output.Spreadsheets;

/// <summary>The managers' tables: sweep.xlsx (as sweep.csv), plan.xlsx (the goal-seek path) and sensitivity.xlsx (the ranking).</summary>
public static class PlanningSheets
{
    public static byte[] Sweep(IReadOnlyList<SweepLever> levers, IReadOnlyList<SweepPointResult> results)
    {
        string[] kpis = results.Count == 0 ? [] : [.. results[0].Summary.Kpis.Keys];
        return XlsxWriter.Write(
        [
            new SheetTable("sweep",
            [
                new("point", CellKind.Count), .. levers.Select(l => new SheetColumn(l.Path, CellKind.Number, 18)),
                .. kpis.SelectMany(k => new[] { new SheetColumn($"{k}_mean", KpiSheets.KindOf(k), 16), new SheetColumn($"{k}_ci95_low", KpiSheets.KindOf(k), 16), new SheetColumn($"{k}_ci95_high", KpiSheets.KindOf(k), 16) }),
            ], results.Select(r => (IReadOnlyList<SheetCell>)
            [
                r.Index, .. r.Settings.Select(s => decimal.TryParse(s.Value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out decimal v) ? new SheetCell(v) : new SheetCell(s.Value)),
                .. kpis.SelectMany(k => new[] { KpiSheets.Value(k, r.Summary.Kpis[k].Mean), KpiSheets.Value(k, r.Summary.Kpis[k].Ci95Low), KpiSheets.Value(k, r.Summary.Kpis[k].Ci95High) }),
            ])),
        ]);
    }

    public static byte[] Plan(PlanResult r) => XlsxWriter.Write(
    [
        new SheetTable("plan", [new("what", CellKind.Text, 30), new("value", CellKind.Number, 18)],
        [
            ["lever", r.Path], ["goal", r.Goal], ["outcome", r.Outcome], ["answer", r.Answer],
            ["cautious answer", r.CautiousAnswer], ["replicates per evaluation", new SheetCell(r.Replicates, CellKind.Count)],
            ["seed", new SheetCell(r.Seed, CellKind.Count)],
        ]),
        new SheetTable("evaluations",
            [new("value", CellKind.Number, 18), new("statistic", CellKind.Number, 14), new("ci95_low", CellKind.Number, 14), new("ci95_high", CellKind.Number, 14), new("goal_met", CellKind.Boolean), new("met_cautiously", CellKind.Boolean)],
            r.Evaluations.Select(e => (IReadOnlyList<SheetCell>)[e.Value, e.Statistic.Mean, e.Statistic.Ci95Low, e.Statistic.Ci95High, e.Met, e.MetCautiously])),
    ]);

    public static byte[] Sensitivity(SensitivitySummary s)
    {
        CellKind kind = KpiSheets.KindOf(s.Kpi);
        if (s.Morris is MorrisResult m)
        {
            return XlsxWriter.Write(
            [
                new SheetTable("morris",
                    [new("rank", CellKind.Count), new("path", CellKind.Text, 44), new("base_value", CellKind.Number, 14), new("low_value", CellKind.Number, 14), new("high_value", CellKind.Number, 14), new("mu_star", kind, 16), new("mu", kind, 16), new("sigma", kind, 16), new("effects", CellKind.Count)],
                    m.Ranking.Select(e => (IReadOnlyList<SheetCell>)[e.Rank, e.Path, e.BaseValue, e.LowValue, e.HighValue, e.MuStar, e.Mu, e.Sigma, e.Effects])),
                NotRanked(s),
            ]);
        }

        return XlsxWriter.Write(
        [
            new SheetTable("ranking",
                [new("rank", CellKind.Count), new("path", CellKind.Text, 44), new("base_value", CellKind.Number, 14), new("low_value", CellKind.Number, 14), new("high_value", CellKind.Number, 14), new("kpi_low", kind, 16), new("kpi_high", kind, 16), new("swing", kind, 16), new("ci95_low", kind, 16), new("ci95_high", kind, 16), new("elasticity", CellKind.Number)],
                s.Ranking.Select(p => (IReadOnlyList<SheetCell>)[p.Rank, p.Path, p.BaseValue, p.LowValue, p.HighValue, p.KpiLow, p.KpiHigh, p.Swing, p.Ci95Low, p.Ci95High, p.Elasticity])),
            NotRanked(s),
        ]);
    }

    /// <summary>sensitivity.xlsx of --method sobol: the indices as sensitivity.csv has them, and the design.</summary>
    public static byte[] Sobol(SobolSummary s) => XlsxWriter.Write(
    [
        new SheetTable("sobol",
            [new("kpi", CellKind.Text, 28), new("factor", CellKind.Text, 44), new("first_order", CellKind.Share), new("first_order_ci95_low", CellKind.Share), new("first_order_ci95_high", CellKind.Share),
             new("total", CellKind.Share), new("total_ci95_low", CellKind.Share), new("total_ci95_high", CellKind.Share), new("note", CellKind.Text, 40)],
            s.Kpis.SelectMany(k => k.Factors.Select(f => (IReadOnlyList<SheetCell>)
                [k.Kpi, f.Factor, f.FirstOrder.Estimate, f.FirstOrder.Ci95Low, f.FirstOrder.Ci95High, f.Total.Estimate, f.Total.Ci95Low, f.Total.Ci95High, k.Note]))),
        new SheetTable("factors", [new("factor", CellKind.Text, 44), new("kind", CellKind.Text, 12), new("distribution", CellKind.Text, 40), new("source", CellKind.Text, 60)],
            s.Factors.Select(f => (IReadOnlyList<SheetCell>)[f.Name, f.Kind.ToString(), f.Distribution, f.Source])),
        new SheetTable("design", [new("what", CellKind.Text, 30), new("value", CellKind.Count)],
        [
            ["rows (N)", new SheetCell(s.Samples, CellKind.Count)], ["points (N × (factors + 2))", new SheetCell(s.Evaluations, CellKind.Count)],
            ["replicates per point", new SheetCell(s.Replicates, CellKind.Count)], ["simulations", new SheetCell(s.Simulations, CellKind.Count)],
            ["bootstrap resamples", new SheetCell(s.Resamples, CellKind.Count)], ["seed", new SheetCell(s.Seed, CellKind.Count)],
        ]),
    ]);

    private static SheetTable NotRanked(SensitivitySummary s) => new("not ranked",
        [new("path", CellKind.Text, 44), new("base_value", CellKind.Number, 14), new("status", CellKind.Text, 18), new("note", CellKind.Text, 60)],
        s.NotRanked.Select(p => (IReadOnlyList<SheetCell>)[p.Path, p.BaseValue, p.Status.ToString(), p.Note]));
}
