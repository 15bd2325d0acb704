using System.Text;
using Soc.Simulation.Abstractions.Budget;
using Soc.Simulation.Client.Languages;
using Soc.Simulation.Model.Results;
using Soc.Simulation.Model.GrantCall;
using Soc.Simulation.Model.Scenarios;

namespace Soc.Simulation.Client.Output;

/// <summary>The console summary of a register replay, for a person (in the language of <see cref="Say"/>); the files hold the same data for machines.</summary>
public static class SummaryTable
{
    public static string Render(ReplayReport report, string registerPath)
    {
        ReplayKpis k = report.Kpis;
        var sb = new StringBuilder();
        sb.AppendLine($"{report.Scenario}");
        sb.AppendLine(Say.F("register: {0}", registerPath));
        sb.AppendLine();
        Row(sb, Say.T("applications"), Count(k.Applications));
        Row(sb, Say.T("  granted"), Count(k.Granted));
        Row(sb, Say.T("  granted on reassignment"), Count(k.GrantedOnReassignment));
        Row(sb, Say.T("  refused for budget (waiting list)"), Count(k.RefusedBudget));
        Row(sb, Say.T("  refused as ineligible"), Count(k.RefusedIneligible));
        foreach ((string rule, int n) in report.RefusedByReason)
        {
            Row(sb, $"    {rule} {Say.T(RuleName(rule))}", Count(n));
        }

        sb.AppendLine();
        Row(sb, Say.T("budget (EUR)"), Eur(k.BudgetEur));
        if (k.TopUpsEur != 0 || k.CutsEur != 0)
        {
            Row(sb, Say.T("  + top-ups / - cuts"), $"{Eur(k.TopUpsEur)} / {Eur(k.CutsEur)}");
            Row(sb, Say.T("  final budget"), Eur(k.FinalBudgetEur));
        }

        Row(sb, Say.T("committed (first decisions + reassigned)"), Eur(k.CommittedEur));
        Row(sb, Say.T("  of which reassigned"), Eur(k.ReassignedEur));
        Row(sb, Say.T("released (early ends, renunciations)"), Eur(k.ReleasedEur));
        Row(sb, Say.T("net committed"), Eur(k.NetCommittedEur));
        Row(sb, Say.T("paid / refunded"), $"{Eur(k.PaidEur)} / {Eur(k.RefundedEur)}");
        Row(sb, Say.T("net paid"), Eur(k.NetPaidEur));
        Row(sb, Say.T("unspent"), Eur(k.UnspentEur));
        Row(sb, Say.T("budget execution"), $"{k.BudgetExecutionPct.ToString("0.00", Say.Numbers)} %");
        Row(sb, Say.T("budget exhausted on"), (k.ExhaustionDate is DateOnly d ? Say.Date(d) : Say.T("never")));
        sb.AppendLine();
        sb.AppendLine($"{Say.T("budget line"),-24}{Say.T("allocated"),16}{Say.T("net committed"),16}{Say.T("net paid"),16}{Say.T("available"),16}");
        foreach (LineLedger line in report.BudgetLines)
        {
            LedgerMonth last = line.Months[^1];
            sb.AppendLine($"{line.Code,-24}{Eur(last.AllocatedEur),16}{Eur(last.NetCommittedEur),16}{Eur(last.CumulativePaidEur),16}{Eur(last.AvailableEur),16}");
        }

        if (report.Promoters.Count > 0)
        {
            sb.AppendLine();
            sb.AppendLine($"{Say.T("promoter"),-24}{Say.T("territory"),-28}{Say.T("places"),12}{Say.T("taken"),12}");
            foreach (Abstractions.Promoters.PromoterPlaces p in report.Promoters)
            {
                sb.AppendLine($"{p.PromoterId,-24}{p.Territory,-28}{Count(p.Places),12}{Count(p.Taken),12}");
            }
        }

        foreach (QuotaOutcome q in report.Quotas)
        {
            sb.AppendLine();
            Row(sb, Say.F("quota: {0} ≥ {1}, held until {2}", Say.T(QuotaGroupNames.LabelOf(q.Group)), q.MinShare.ToString("0.##%", Say.Numbers), Say.Date(q.ReservedUntil)),
                Say.T(q.Met ? "met" : "NOT met"));
            Row(sb, Say.T("  grants to the group / all grants"), $"{Count(q.GrantedInGroup)} / {Count(q.Granted)}");
            Row(sb, Say.T("  refused while money was reserved"), Count(q.RefusedWhileReserved));
        }

        return sb.ToString();
    }

    private static void Row(StringBuilder sb, string label, string value) => sb.AppendLine($"{label,-52}{value,22}");

    private static string Count(int n) => n.ToString("N0", Say.Numbers);

    private static string Eur(decimal eur) => eur.ToString("N2", Say.Numbers);

    private static string RuleName(string rule) => rule switch
    {
        "A1" => "contract outside the hiring window",
        "A2" => "participant not unemployed or under the age",
        "A3" => "employer type not eligible or not pre-selected by a promoter",
        "A6" => "de minimis cap",
        "A11" => "filed out of time",
        "B3" => "contract too short or under half time",
        "B4" => "more than 5 participants per employer",
        "B7" => "budget reserved for a participant quota",
        "I2" => "promoter's places taken",
        _ => "",
    };
}
