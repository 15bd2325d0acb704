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

    public static string Write(IEnumerable<AwardDecision> decisions) => Encoding.UTF8.GetString(Utf8(decisions));

    /// <summary>The file's UTF-8 bytes, as written.</summary>
    public static byte[] Utf8(IEnumerable<AwardDecision> decisions)
    {
        var csv = new Utf8CsvWriter(4096);
        foreach (string column in Header.Split(',')) csv.Plain(Encoding.ASCII.GetBytes(column));
        csv.EndLine();
        foreach (AwardDecision d in decisions)
        {
            if (d.Trail is not { } t) continue;
            csv.Text(d.ApplicationId).Text(AwardsCsv.DecisionName(d.Decision)).Date(t.RefusedOn).Eur(t.NeededEur).Eur(t.CallLeftEur)
                .Text(t.Line).Eur(t.LineLeftEur).Text(t.WaitingAhead ?? "");
            if (t.GrantedOn is DateOnly g) csv.Date(g);
            else csv.Text("");
            csv.Text(KindName(t.Freed)).Text(t.FreedBy ?? "");
            if (t.GrantedOn is null) csv.Text("").Text("");
            else csv.Eur(t.FreedEur).Eur(t.AvailableEur);
            csv.EndLine();
        }

        return csv.ToArray();
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
}
