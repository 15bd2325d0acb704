using Soc.Simulation.Abstractions.Budget;
using Soc.Simulation.Abstractions.GrantCall;

namespace Soc.Simulation.Model.Results;

/// <summary>One budget line's book by month.</summary>
public sealed record LineLedger(string Code, IReadOnlyList<LedgerMonth> Months);

/// <summary>What <c>socsim run --registry</c> writes to results.json.</summary>
public sealed record ReplayReport(
    string Scenario,
    ReplayKpis Kpis,
    IReadOnlyDictionary<string, int> RefusedByReason,
    IReadOnlyList<LineLedger> BudgetLines,
    IReadOnlyList<LedgerMonth> CallMonthly)
{
    /// <summary>How each participant quota of the call came out (B7, I6); empty when the call has none.</summary>
    public IReadOnlyList<GrantCall.QuotaOutcome> Quotas { get; init; } = [];

    /// <summary>The places of each promoter the call lists and how many grants held one at the end (I2); empty when it lists none.</summary>
    public IReadOnlyList<Abstractions.Promoters.PromoterPlaces> Promoters { get; init; } = [];

    /// <summary>
    /// Builds the report from the decisions and the line books. Flows are summed from the books, counts
    /// from the decisions, so the two sources check each other in the tests.
    /// </summary>
    public static ReplayReport Build(string scenario, CallSummary summary, IReadOnlyList<AwardDecision> decisions, IReadOnlyList<LineLedger> lines) =>
        Build(scenario, summary, DecisionTally.Of(decisions.Select(d => (d.Decision, d.Reason))), lines);

    /// <summary>The same report from the decisions' counts alone (a projection's replicate needs no decision list).</summary>
    public static ReplayReport Build(string scenario, CallSummary summary, DecisionTally tally, IReadOnlyList<LineLedger> lines)
    {
        IReadOnlyList<LedgerMonth> monthly = CallTotals(lines);
        decimal committed = monthly.Sum(m => m.CommittedEur);
        decimal released = monthly.Sum(m => m.ReleasedEur);
        decimal paid = monthly.Sum(m => m.PaidEur);
        decimal refunded = monthly.Sum(m => m.RefundedEur);
        decimal netCommitted = committed - released;
        decimal finalBudget = summary.FinalBudgetEur;
        var kpis = new ReplayKpis(
            Applications: tally.Applications,
            Granted: tally.Granted,
            GrantedOnReassignment: tally.GrantedOnReassignment,
            RefusedBudget: tally.RefusedBudget,
            RefusedIneligible: tally.RefusedIneligible,
            BudgetEur: summary.BudgetEur,
            TopUpsEur: summary.TopUpsEur,
            CutsEur: summary.CutsEur,
            FinalBudgetEur: finalBudget,
            CommittedEur: committed,
            ReassignedEur: monthly.Sum(m => m.ReassignedEur),
            ReleasedEur: released,
            NetCommittedEur: netCommitted,
            PaidEur: paid,
            RefundedEur: refunded,
            NetPaidEur: paid - refunded,
            UnspentEur: finalBudget - netCommitted,
            BudgetExecutionPct: finalBudget == 0 ? 0 : Math.Round(100m * netCommitted / finalBudget, 2, MidpointRounding.AwayFromZero),
            ExhaustionDate: summary.ExhaustedOn);
        return new ReplayReport(scenario, kpis, tally.RefusedByRule, lines, monthly);
    }

    private static List<LedgerMonth> CallTotals(IReadOnlyList<LineLedger> lines)
    {
        if (lines.Count == 0) return [];
        return [.. lines[0].Months.Select((first, i) =>
        {
            LedgerMonth[] all = [.. lines.Select(l => l.Months[i])];
            return new LedgerMonth("call", first.Month,
                all.Sum(m => m.AllocatedEur), all.Sum(m => m.CommittedEur), all.Sum(m => m.ReassignedEur),
                all.Sum(m => m.ReleasedEur), all.Sum(m => m.PaidEur), all.Sum(m => m.RefundedEur),
                all.Sum(m => m.NetCommittedEur), all.Sum(m => m.AvailableEur), all.Sum(m => m.CumulativePaidEur));
        })];
    }
}
