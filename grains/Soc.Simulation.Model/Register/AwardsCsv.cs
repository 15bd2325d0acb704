using System.Text;
using Soc.Simulation.Abstractions.GrantCall;


namespace Soc.Simulation.Model.Register;

/// <summary>awards.csv (domain.md G): one row per application in registry order.</summary>
public static class AwardsCsv
{
    public const string Header = "application_id,decision,reason,granted_eur,paid_eur,refunded_eur,decided_on";

    public static string Write(IEnumerable<AwardDecision> decisions)
    {
        var sb = new StringBuilder(Header).Append('\n');
        foreach (AwardDecision d in decisions)
        {
            sb.Append(Csv.Line(
            [
                d.ApplicationId, DecisionName(d.Decision), d.Reason, RegisterWriter.Eur(d.GrantedEur),
                RegisterWriter.Eur(d.PaidEur), RegisterWriter.Eur(d.RefundedEur), d.DecidedOn.ToString("yyyy-MM-dd"),
            ])).Append('\n');
        }

        return sb.ToString();
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
