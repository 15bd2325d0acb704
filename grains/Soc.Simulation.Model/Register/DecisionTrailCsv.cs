using System.Text;
using Soc.Simulation.Abstractions.GrantCall;

namespace Soc.Simulation.Model.Register;

/// <summary>
/// decision-trail.csv: for each application refused for budget at first, how the budget stood that day and what later
/// granted it on reassignment (A7, F4, F8). Beside awards.csv, whose columns are an interface and stay as they are.
/// </summary>
public static class DecisionTrailCsv
{
    public const string Header = "application_id,decision,refused_on,needed_eur,call_left_eur,line,line_left_eur,waiting_ahead,granted_on,freed_by_kind,freed_by,freed_eur,available_eur";

    public static string Write(IEnumerable<AwardDecision> decisions)
    {
        var sb = new StringBuilder(Header).Append('\n');
        foreach (AwardDecision d in decisions)
        {
            if (d.Trail is not { } t) continue;
            sb.Append(Csv.Line(
            [
                d.ApplicationId, AwardsCsv.DecisionName(d.Decision), Day(t.RefusedOn), RegisterWriter.Eur(t.NeededEur), RegisterWriter.Eur(t.CallLeftEur),
                t.Line, RegisterWriter.Eur(t.LineLeftEur), t.WaitingAhead ?? "", t.GrantedOn is DateOnly g ? Day(g) : "", KindName(t.Freed), t.FreedBy ?? "",
                t.GrantedOn is null ? "" : RegisterWriter.Eur(t.FreedEur), t.GrantedOn is null ? "" : RegisterWriter.Eur(t.AvailableEur),
            ])).Append('\n');
        }

        return sb.ToString();
    }

    public static string KindName(ReleaseKind? kind) => kind switch
    {
        ReleaseKind.EarlyEnd => "early_end",
        ReleaseKind.Renunciation => "renunciation",
        ReleaseKind.WaitingRenunciation => "waiting_renunciation",
        ReleaseKind.WaitingEarlyEnd => "waiting_early_end",
        ReleaseKind.TopUp => "top_up",
        ReleaseKind.QuotaEnd => "quota_end",
        _ => "",
    };

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
