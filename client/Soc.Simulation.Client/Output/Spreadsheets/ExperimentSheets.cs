using Soc.Simulation.Analysis.Summaries;
using Soc.Simulation.Abstractions.Simulation;

namespace Soc.Simulation.Client.Output.Spreadsheets;

/// <summary>results.xlsx of a Monte Carlo run: the KPIs with their intervals, the monthly series, the exhaustion, each replicate.</summary>
public static class ExperimentSheets
{
    public static byte[] Results(ExperimentSummary summary, IReadOnlyList<ReplicateResult> replicates) => XlsxWriter.Write(
    [
        Kpis("kpis", summary),
        Monthly("monthly", summary),
        Exhaustion(summary.Exhaustion),
        Replicates(replicates),
    ]);

    public static SheetTable Kpis(string name, ExperimentSummary summary) => new(name,
        [new("kpi", CellKind.Text, 40), new("mean", CellKind.Number, 16), new("ci95_low", CellKind.Number, 16), new("ci95_high", CellKind.Number, 16), new("replicates", CellKind.Count),
         new("parameter_variance_share", CellKind.Share, 14)],
        summary.Kpis.Select(kv => (IReadOnlyList<SheetCell>)
        [
            kv.Key, KpiSheets.Value(kv.Key, kv.Value.Mean), KpiSheets.Value(kv.Key, kv.Value.Ci95Low), KpiSheets.Value(kv.Key, kv.Value.Ci95High), kv.Value.Replicates,
            kv.Value.ParameterVarianceShare,
        ]));

    public static SheetTable Monthly(string name, ExperimentSummary summary) => new(name,
        [new("series", CellKind.Text, 34), new("month", CellKind.Month), new("mean", CellKind.Number, 16), new("p10", CellKind.Number, 16), new("p90", CellKind.Number, 16)],
        summary.Monthly.SelectMany(kv => kv.Value.Select(p => (IReadOnlyList<SheetCell>)
        [
            kv.Key, SheetCell.Month(p.Month), KpiSheets.Value(kv.Key, p.Mean), KpiSheets.Value(kv.Key, p.P10), KpiSheets.Value(kv.Key, p.P90),
        ])));

    public static SheetTable Exhaustion(ExhaustionDistribution x) => new("exhaustion",
        [new("what", CellKind.Text, 30), new("value", CellKind.Date)],
        [
            ["probability the call runs out", new SheetCell(x.Probability, CellKind.Share)], ["date P10", x.P10], ["median date", x.Median], ["date P90", x.P90],
            .. x.ByMonth.Select(kv => (IReadOnlyList<SheetCell>)[$"replicates running out in {kv.Key}", new SheetCell(kv.Value, CellKind.Count)]),
        ]);

    public static SheetTable Replicates(IReadOnlyList<ReplicateResult> replicates)
    {
        string[] names = replicates.Count == 0 ? [] : replicates[0].KpiNames;
        string[] parameters = replicates.Count == 0 ? [] : replicates[0].ParameterPaths ?? [];
        bool drawn = replicates.Count > 0 && replicates[0].ParameterDraw >= 0;
        return new SheetTable("replicates",
            [new("replicate", CellKind.Count), new("exhausted_on", CellKind.Date), .. names.Select(n => new SheetColumn(n, KpiSheets.KindOf(n), 14)),
             .. drawn ? [new SheetColumn("parameter_draw", CellKind.Count), .. parameters.Select(p => new SheetColumn(p, CellKind.Number, 18))] : Array.Empty<SheetColumn>()],
            replicates.OrderBy(r => r.Replicate).Select(r => (IReadOnlyList<SheetCell>)
                [r.Replicate, r.ExhaustedOn, .. r.Kpis.Select((v, i) => KpiSheets.Value(names[i], v)),
                 .. drawn ? [new SheetCell(r.ParameterDraw, CellKind.Count), .. (r.ParameterValues ?? []).Select(v => (SheetCell)v)] : Array.Empty<SheetCell>()]));
    }
}
