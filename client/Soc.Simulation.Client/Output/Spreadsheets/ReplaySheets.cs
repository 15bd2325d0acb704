using Soc.Simulation.Abstractions.Budget;
using Soc.Simulation.Abstractions.GrantCall;
using Soc.Simulation.Model.Results;
using Soc.Simulation.Model;
using Soc.Simulation.Model.Register;

namespace Soc.Simulation.Client.Output.Spreadsheets;

/// <summary>The spreadsheets of a register replay: awards.xlsx (as awards.csv) and results.xlsx (as results.json).</summary>
public static class ReplaySheets
{
    public static byte[] Awards(IReadOnlyList<AwardDecision> decisions) => XlsxWriter.Write(
    [
        new SheetTable("awards",
        [
            new("application_id", CellKind.Text, 16), new("decision", CellKind.Text, 24), new("reason", CellKind.Text, 40), new("granted_eur", CellKind.Euros),
            new("paid_eur", CellKind.Euros), new("refunded_eur", CellKind.Euros), new("decided_on", CellKind.Date),
        ], decisions.Select(d => (IReadOnlyList<SheetCell>)
        [
            d.ApplicationId, AwardsCsv.DecisionName(d.Decision), d.Reason, Money.Cents(d.GrantedEur), Money.Cents(d.PaidEur), Money.Cents(d.RefundedEur), d.DecidedOn,
        ])),
    ]);

    public static byte[] Results(ReplayReport report)
    {
        ReplayKpis k = report.Kpis;
        (string Name, SheetCell Value)[] kpis =
        [
            ("applications", new(k.Applications, CellKind.Count)), ("granted", new(k.Granted, CellKind.Count)),
            ("grantedOnReassignment", new(k.GrantedOnReassignment, CellKind.Count)), ("refusedBudget", new(k.RefusedBudget, CellKind.Count)),
            ("refusedIneligible", new(k.RefusedIneligible, CellKind.Count)), ("budgetEur", k.BudgetEur), ("topUpsEur", k.TopUpsEur), ("cutsEur", k.CutsEur),
            ("finalBudgetEur", k.FinalBudgetEur), ("committedEur", k.CommittedEur), ("reassignedEur", k.ReassignedEur), ("releasedEur", k.ReleasedEur),
            ("netCommittedEur", k.NetCommittedEur), ("paidEur", k.PaidEur), ("refundedEur", k.RefundedEur), ("netPaidEur", k.NetPaidEur),
            ("unspentEur", k.UnspentEur), ("budgetExecutionPct", new(k.BudgetExecutionPct, CellKind.Percent)), ("exhaustionDate", k.ExhaustionDate),
        ];
        return XlsxWriter.Write(
        [
            new SheetTable("kpis", [new("kpi", CellKind.Text, 26), new("value", CellKind.Euros)],
                kpis.Select(x => (IReadOnlyList<SheetCell>)[x.Name, x.Value])),
            new SheetTable("refused by rule", [new("rule", CellKind.Text), new("applications", CellKind.Count)],
                report.RefusedByReason.Select(kv => (IReadOnlyList<SheetCell>)[kv.Key, kv.Value])),
            Books("call by month", report.CallMonthly),
            Books("budget lines by month", report.BudgetLines.SelectMany(l => l.Months)),
            .. CallConstraintSheets.For(report.Promoters, report.Quotas),
        ]);
    }

    /// <summary>Budget-line books by month: the same columns as results.json's budgetLines and callMonthly.</summary>
    public static SheetTable Books(string name, IEnumerable<LedgerMonth> months) => new(name,
    [
        new("line", CellKind.Text, 24), new("month", CellKind.Month), new("allocated_eur", CellKind.Euros), new("committed_eur", CellKind.Euros),
        new("reassigned_eur", CellKind.Euros), new("released_eur", CellKind.Euros), new("paid_eur", CellKind.Euros), new("refunded_eur", CellKind.Euros),
        new("net_committed_eur", CellKind.Euros), new("available_eur", CellKind.Euros), new("cumulative_paid_eur", CellKind.Euros),
    ], months.Select(m => (IReadOnlyList<SheetCell>)
    [
        m.Line, SheetCell.Month(m.Month), m.AllocatedEur, m.CommittedEur, m.ReassignedEur, m.ReleasedEur, m.PaidEur, m.RefundedEur,
        m.NetCommittedEur, m.AvailableEur, m.CumulativePaidEur,
    ]));
}
