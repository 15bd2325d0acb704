using Soc.Simulation.Abstractions.Portfolio;
using Soc.Simulation.Model.Portfolio;

namespace Soc.Simulation.Client.Output.Spreadsheets;

/// <summary>portfolio.xlsx: the calls, the years and the lines by funding source (as portfolio.json), the lines by month, the de minimis ledger.</summary>
public static class PortfolioSheets
{
    public static byte[] Write(PortfolioReport report, PortfolioResult result) => XlsxWriter.Write(
    [
        new SheetTable("calls",
        [
            new("call", CellKind.Text, 18), new("name", CellKind.Text, 36), new("fiscal_year", CellKind.Count), new("applications", CellKind.Count),
            new("granted", CellKind.Count), new("granted_on_reassignment", CellKind.Count), new("refused_budget", CellKind.Count),
            new("refused_ineligible", CellKind.Count), new("budget_eur", CellKind.Euros), new("net_committed_eur", CellKind.Euros),
            new("net_paid_eur", CellKind.Euros), new("execution_pct", CellKind.Percent), new("exhausted_on", CellKind.Date),
        ], report.Calls.Select(c => (IReadOnlyList<SheetCell>)
        [
            c.Id, c.Name, c.FiscalYear, c.Kpis.Applications, c.Kpis.Granted, c.Kpis.GrantedOnReassignment, c.Kpis.RefusedBudget,
            c.Kpis.RefusedIneligible, c.Kpis.FinalBudgetEur, c.Kpis.NetCommittedEur, c.Kpis.NetPaidEur, new(c.Kpis.BudgetExecutionPct, CellKind.Percent),
            c.Kpis.ExhaustionDate,
        ])),
        new SheetTable("by source",
        [
            new("year", CellKind.Count), new("line", CellKind.Text, 26), new("source", CellKind.Text, 18), new("share", CellKind.Share),
            new("allocated_eur", CellKind.Euros), new("net_committed_eur", CellKind.Euros), new("net_paid_eur", CellKind.Euros), new("available_eur", CellKind.Euros),
        ], report.Lines.SelectMany(l => l.BySource.Select(s => (IReadOnlyList<SheetCell>)
            [l.Year, l.Code, s.Source, s.Share, s.AllocatedEur, s.NetCommittedEur, s.NetPaidEur, s.AvailableEur]))
            .Concat(report.Years.SelectMany(y => y.BySource.Select(s => (IReadOnlyList<SheetCell>)
                [y.Year, "(all lines)", s.Source, s.Share, s.AllocatedEur, s.NetCommittedEur, s.NetPaidEur, s.AvailableEur])))),
        new SheetTable("lines by month",
        [
            new("year", CellKind.Count), new("line", CellKind.Text, 26), new("month", CellKind.Month), new("allocated_eur", CellKind.Euros),
            new("committed_eur", CellKind.Euros), new("released_eur", CellKind.Euros), new("paid_eur", CellKind.Euros), new("refunded_eur", CellKind.Euros),
            new("net_committed_eur", CellKind.Euros), new("available_eur", CellKind.Euros),
        ], result.Lines.SelectMany(l => l.Months.Select(m => (IReadOnlyList<SheetCell>)
        [
            l.Year, l.Code, SheetCell.Month(m.Month), m.AllocatedEur, m.CommittedEur, m.ReleasedEur, m.PaidEur, m.RefundedEur, m.NetCommittedEur, m.AvailableEur,
        ]))),
        new SheetTable("de minimis",
        [
            new("employer_id", CellKind.Text, 14), new("call_id", CellKind.Text, 18), new("application_id", CellKind.Text, 16),
            new("granted_on", CellKind.Date), new("amount_eur", CellKind.Euros),
        ], result.Employers.SelectMany(e => e.Entries.Select(x => (IReadOnlyList<SheetCell>)[e.EmployerId, x.CallId, x.ApplicationId, x.GrantedOn, x.AmountEur]))),
        .. CallConstraintSheets.For(result.Promoters, []),
    ]);
}
