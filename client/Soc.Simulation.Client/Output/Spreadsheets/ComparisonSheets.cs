using Soc.Simulation.Analysis.Comparisons;

namespace Soc.Simulation.Client.Output.Spreadsheets;

/// <summary>compare.xlsx: the paired differences (as compare.csv), the parameters that differ, and each scenario's KPIs.</summary>
public static class ComparisonSheets
{
    public static byte[] Write(ComparisonSummary summary) => XlsxWriter.Write(
    [
        new SheetTable("differences",
        [
            new("alternative", CellKind.Text, 24), new("kpi", CellKind.Text, 40), new("base_mean", CellKind.Number, 14), new("base_ci95_low", CellKind.Number, 14),
            new("base_ci95_high", CellKind.Number, 14), new("alternative_mean", CellKind.Number, 14), new("alternative_ci95_low", CellKind.Number, 14),
            new("alternative_ci95_high", CellKind.Number, 14), new("difference", CellKind.Number, 14), new("difference_ci95_low", CellKind.Number, 14),
            new("difference_ci95_high", CellKind.Number, 14), new("better", CellKind.Text), new("probability_better", CellKind.Share), new("only_in", CellKind.Text),
        ], summary.Differences.SelectMany(alt => alt.Kpis.Select(d => (IReadOnlyList<SheetCell>)
        [
            alt.Name, d.Kpi, V(d.Kpi, d.Base.Mean), V(d.Kpi, d.Base.Ci95Low), V(d.Kpi, d.Base.Ci95High), V(d.Kpi, d.Alternative.Mean),
            V(d.Kpi, d.Alternative.Ci95Low), V(d.Kpi, d.Alternative.Ci95High), V(d.Kpi, d.MeanDifference), V(d.Kpi, d.Ci95Low), V(d.Kpi, d.Ci95High),
            d.Better.ToString().ToLowerInvariant(), d.ProbabilityBetter, d.OnlyIn,
        ]))),
        new SheetTable("parameters", [new("alternative", CellKind.Text, 24), new("path", CellKind.Text, 40), new("base", CellKind.Text, 20), new("alternative_value", CellKind.Text, 20)],
            summary.Differences.SelectMany(alt => alt.Parameters.Select(p => (IReadOnlyList<SheetCell>)[alt.Name, p.Path, p.Base, p.Alternative]))),
        ExperimentSheets.Kpis("base kpis", summary.Base),
        .. summary.Alternatives.Select((a, i) => ExperimentSheets.Kpis($"alternative {i + 1} kpis", a)),
    ]);

    private static SheetCell V(string kpi, double value) => KpiSheets.Value(kpi, value);
}
