using Soc.Simulation.Analysis.Summaries;
using Soc.Simulation.Analysis.Projection;

namespace Soc.Simulation.Client.Output.Spreadsheets;

/// <summary>projection.xlsx (as projection.csv, with the summary) and backtest.xlsx (as backtest.csv).</summary>
public static class ProjectionSheets
{
    public static byte[] Write(ProjectionSummary p)
    {
        ExhaustionDistribution x = p.Exhaustion;
        return XlsxWriter.Write(
        [
            new SheetTable("summary", [new("what", CellKind.Text, 44), new("value", CellKind.Euros)],
            [
                ["as of", p.AsOf], ["known applications", new SheetCell(p.KnownApplications, CellKind.Count)],
                ["applications a day so far", new SheetCell(p.ApplicationsPerDay, CellKind.Number)], ["budget", p.BudgetEur],
                ["committed as of", p.CommittedAsOfEur], ["paid as of", p.PaidAsOfEur],
                ["projected unspent, mean", p.UnspentEur.Mean], ["projected unspent, P10", p.UnspentP10Eur], ["projected unspent, P90", p.UnspentP90Eur],
                ["applications refused for budget, mean", new SheetCell(p.ApplicationsRefusedBudget.Mean, CellKind.Number)],
                ["probability the call runs out", new SheetCell(x.Probability, CellKind.Share)],
                ["exhaustion date P10", x.P10], ["exhaustion date, median", x.Median], ["exhaustion date P90", x.P90],
            ]),
            Books("by month", [("call", p.CommittedEur, p.PaidEur, p.RefundedEur), .. p.Lines.Select(l => (l.Line, l.CommittedEur, l.PaidEur, l.RefundedEur))]),
        ]);
    }

    public static byte[] BackTest(IReadOnlyList<BackTestRow> rows, decimal budgetEur) => XlsxWriter.Write(
    [
        new SheetTable("backtest",
        [
            new("cut", CellKind.Date), new("known_applications", CellKind.Count), new("projected_committed_eur", CellKind.Euros), new("p10_eur", CellKind.Euros),
            new("p90_eur", CellKind.Euros), new("actual_committed_eur", CellKind.Euros), new("error_eur", CellKind.Euros), new("error_pct_of_budget", CellKind.Percent),
            new("actual_inside_p10_p90", CellKind.Boolean), new("projected_refused_budget", CellKind.Number), new("actual_refused_budget", CellKind.Count),
            new("path_error_eur", CellKind.Euros), new("path_error_pct_of_budget", CellKind.Percent), new("exhaustion_error_days", CellKind.Count),
        ], rows.Select(r => (IReadOnlyList<SheetCell>)
        [
            r.Cut, r.KnownApplications, r.ProjectedCommittedEur, r.P10Eur, r.P90Eur, r.ActualCommittedEur, r.ErrorEur, 100 * r.ErrorEur / (double)budgetEur,
            r.ActualInsideBand, r.ProjectedRefusedBudget, r.ActualRefusedBudget, r.PathErrorEur, 100 * r.PathErrorEur / (double)budgetEur,
            r.ExhaustionErrorDays,
        ])),
    ]);

    private static SheetTable Books(string name, IEnumerable<(string Line, IReadOnlyList<SeriesPoint> Committed, IReadOnlyList<SeriesPoint> Paid, IReadOnlyList<SeriesPoint> Refunded)> books) => new(name,
    [
        new("month", CellKind.Month), new("line", CellKind.Text, 24), new("committed_mean", CellKind.Euros), new("committed_p10", CellKind.Euros),
        new("committed_p90", CellKind.Euros), new("paid_mean", CellKind.Euros), new("paid_p10", CellKind.Euros), new("paid_p90", CellKind.Euros),
        new("refunded_mean", CellKind.Euros), new("refunded_p10", CellKind.Euros), new("refunded_p90", CellKind.Euros),
    ], books.SelectMany(b => b.Committed.Select((c, i) => (IReadOnlyList<SheetCell>)
    [
        SheetCell.Month(c.Month), b.Line, c.Mean, c.P10, c.P90, b.Paid[i].Mean, b.Paid[i].P10, b.Paid[i].P90, b.Refunded[i].Mean, b.Refunded[i].P10, b.Refunded[i].P90,
    ])));
}
