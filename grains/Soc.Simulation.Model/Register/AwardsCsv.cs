using System.Text;
using Soc.Simulation.Abstractions.GrantCall;


namespace Soc.Simulation.Model.Register;

/// <summary>awards.csv (domain.md G): one row per application in registry order.</summary>
public static class AwardsCsv
{
    public const string Header = "application_id,decision,reason,granted_eur,paid_eur,refunded_eur,decided_on";

    public static string Write(IEnumerable<AwardDecision> decisions) => Encoding.UTF8.GetString(Utf8(decisions));

    /// <summary>The file's UTF-8 bytes, as written.</summary>
    public static byte[] Utf8(IEnumerable<AwardDecision> decisions)
    {
        var csv = new Utf8CsvWriter(decisions.TryGetNonEnumeratedCount(out int n) ? (n + 1) * 80 : 4096);
        foreach (string column in Header.Split(',')) csv.Plain(Encoding.ASCII.GetBytes(column));
        csv.EndLine();
        foreach (AwardDecision d in decisions)
        {
            csv.Text(d.ApplicationId).Text(DecisionName(d.Decision)).Text(d.Reason).Eur(d.GrantedEur).Eur(d.PaidEur).Eur(d.RefundedEur).Date(d.DecidedOn);
            csv.EndLine();
        }

        return csv.ToArray();
    }

    public static string DecisionName(DecisionKind kind) => kind switch
    {
        DecisionKind.Granted => "granted",
        DecisionKind.GrantedOnReassignment => "granted_on_reassignment",
        DecisionKind.RefusedBudget => "refused_budget",
        DecisionKind.RefusedIneligible => "refused_ineligible",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
