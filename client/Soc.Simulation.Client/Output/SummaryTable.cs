using System.Globalization;
using System.Text;
using Soc.Simulation.Abstractions.Budget;
using Soc.Simulation.Model.Results;

namespace Soc.Simulation.Client.Output;

/// <summary>The console summary of a register replay, for a person; the files hold the same data for machines.</summary>
public static class SummaryTable
{
    public static string Render(ReplayReport report, string registerPath)
    {
        ReplayKpis k = report.Kpis;
        var sb = new StringBuilder();
        sb.AppendLine($"{report.Scenario}");
        sb.AppendLine($"register: {registerPath}");
        sb.AppendLine();
        Row(sb, "applications", Count(k.Applications));
        Row(sb, "  granted", Count(k.Granted));
        Row(sb, "  granted on reassignment", Count(k.GrantedOnReassignment));
        Row(sb, "  refused for budget (waiting list)", Count(k.RefusedBudget));
        Row(sb, "  refused as ineligible", Count(k.RefusedIneligible));
        foreach ((string rule, int n) in report.RefusedByReason)
        {
            Row(sb, $"    {rule} {RuleName(rule)}", Count(n));
        }

        sb.AppendLine();
        Row(sb, "budget (EUR)", Eur(k.BudgetEur));
        if (k.TopUpsEur != 0 || k.CutsEur != 0)
        {
            Row(sb, "  + top-ups / - cuts", $"{Eur(k.TopUpsEur)} / {Eur(k.CutsEur)}");
            Row(sb, "  final budget", Eur(k.FinalBudgetEur));
        }

        Row(sb, "committed (first decisions + reassigned)", Eur(k.CommittedEur));
        Row(sb, "  of which reassigned", Eur(k.ReassignedEur));
        Row(sb, "released (early ends, renunciations)", Eur(k.ReleasedEur));
        Row(sb, "net committed", Eur(k.NetCommittedEur));
        Row(sb, "paid / refunded", $"{Eur(k.PaidEur)} / {Eur(k.RefundedEur)}");
        Row(sb, "net paid", Eur(k.NetPaidEur));
        Row(sb, "unspent", Eur(k.UnspentEur));
        Row(sb, "budget execution", $"{k.BudgetExecutionPct.ToString("0.00", CultureInfo.InvariantCulture)} %");
        Row(sb, "budget exhausted on", k.ExhaustionDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "never");
        sb.AppendLine();
        sb.AppendLine($"{"budget line",-24}{"allocated",16}{"net committed",16}{"net paid",16}{"available",16}");
        foreach (LineLedger line in report.BudgetLines)
        {
            LedgerMonth last = line.Months[^1];
            sb.AppendLine($"{line.Code,-24}{Eur(last.AllocatedEur),16}{Eur(last.NetCommittedEur),16}{Eur(last.CumulativePaidEur),16}{Eur(last.AvailableEur),16}");
        }

        return sb.ToString();
    }

    private static void Row(StringBuilder sb, string label, string value) => sb.AppendLine($"{label,-52}{value,22}");

    private static string Count(int n) => n.ToString("N0", CultureInfo.InvariantCulture);

    private static string Eur(decimal eur) => eur.ToString("N2", CultureInfo.InvariantCulture);

    private static string RuleName(string rule) => rule switch
    {
        "A1" => "contract outside the hiring window",
        "A2" => "participant not unemployed or under the age",
        "A3" => "employer type not eligible",
        "A6" => "de minimis cap",
        "A11" => "filed out of time",
        "B3" => "contract too short or under half time",
        "B4" => "more than 5 participants per employer",
        _ => "",
    };
}
