using System.Globalization;
using System.Text;
using Soc.Simulation.Web.Languages;

using Soc.Simulation.Model.Kpis;

namespace Soc.Simulation.Web.Pages;

/// <summary>One application's decision and why: the rule that refused it, or how the budget stood.</summary>
public sealed record AwardRow(string ApplicationId, string Decision, string Reason, string Granted, string DecidedOn, string Why);

/// <summary>The awards of a replay (its awards.csv), searched and paged for the Call register page.</summary>
public sealed record AwardsView(IReadOnlyList<AwardRow> Rows, int Matching, int Page, int Pages)
{
    public const int PageSize = 50;

    /// <summary>The awards, with the decision trail (decision-trail.csv) where the replay wrote one.</summary>
    public static AwardsView Of(byte[] awardsCsv, byte[]? trailCsv, string? query, int page, Language language)
    {
        Dictionary<string, Dictionary<string, string>> trails = trailCsv is null ? [] : Trails(trailCsv);
        string[] lines = Encoding.UTF8.GetString(awardsCsv).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        string[] header = Fields(lines[0]);
        int Col(string name) => Array.IndexOf(header, name);
        int id = Col("application_id"), decision = Col("decision"), reason = Col("reason"), granted = Col("granted_eur"), decided = Col("decided_on");
        string q = (query ?? "").Trim();
        var matching = lines.Skip(1).Select(Fields)
            .Where(f => q.Length == 0 || f[id].Contains(q, StringComparison.OrdinalIgnoreCase) || f[decision].Contains(q, StringComparison.OrdinalIgnoreCase) || f[reason].Contains(q, StringComparison.OrdinalIgnoreCase))
            .ToList();
        int pages = Math.Max(1, (matching.Count + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 1, pages);
        AwardRow[] rows = [.. matching.Skip((page - 1) * PageSize).Take(PageSize).Select(f =>
        {
            decimal eur = decimal.Parse(f[granted], CultureInfo.InvariantCulture);
            string on = DateOnly.TryParseExact(f[decided], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly d) ? Lang.Date(d, language) : f[decided];
            string why = trails.TryGetValue(f[id], out Dictionary<string, string>? trail) ? TrailWhy(trail, f[decision], f[reason], language) : Why(f[decision], f[reason], on, language);
            return new AwardRow(f[id], f[decision], f[reason], Lang.Euros(eur, language), on, why);
        })];
        return new AwardsView(rows, matching.Count, page, pages);
    }

    /// <summary>decision-trail.csv's rows by application: column name → value.</summary>
    private static Dictionary<string, Dictionary<string, string>> Trails(byte[] csv)
    {
        string[] lines = Encoding.UTF8.GetString(csv).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        string[] header = Fields(lines[0]);
        return lines.Skip(1).Select(Fields).ToDictionary(
            f => f[0], f => header.Zip(f).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal), StringComparer.Ordinal);
    }

    /// <summary>
    /// The trail in words: the euros left in the call and on its line the day it was refused for budget, what it needed
    /// and who waited ahead of it in strict order; then the freed money that granted it on reassignment, or that none did.
    /// </summary>
    private static string TrailWhy(Dictionary<string, string> t, string decision, string reason, Language l)
    {
        string Eur(string column) => Lang.Euros(decimal.Parse(t[column], CultureInfo.InvariantCulture), l);
        string Day(string column) => Lang.Date(DateOnly.ParseExact(t[column], "yyyy-MM-dd", CultureInfo.InvariantCulture), l);
        var why = new StringBuilder(string.Format(CultureInfo.InvariantCulture, Texts.T("why.budget", l), Day("refused_on"), Eur("call_left_eur"), Eur("line_left_eur"), t["line"], Eur("needed_eur")));
        if (t["waiting_ahead"].Length > 0) why.Append(string.Format(CultureInfo.InvariantCulture, Texts.T("why.ahead", l), t["waiting_ahead"]));
        why.Append(". ");
        if (decision != "granted_on_reassignment" || t["granted_on"].Length == 0) return why.Append(Texts.T("why.nofreed", l)).Append($" ({reason})").ToString();
        return why.Append(t["freed_by_kind"] == "top_up"
            ? string.Format(CultureInfo.InvariantCulture, Texts.T("why.reassigned.topup", l), Day("granted_on"), Eur("available_eur"))
            : string.Format(CultureInfo.InvariantCulture, Texts.T("why.reassigned", l), Day("granted_on"), Eur("freed_eur"), t["freed_by"], Texts.T("freed." + t["freed_by_kind"], l), Eur("available_eur"))).ToString();
    }

    /// <summary>The decision trail in words: the rule for a refusal, the budget for a budget refusal, the freed money for a reassignment.</summary>
    private static string Why(string decision, string reason, string on, Language l) => decision switch
    {
        "granted" => l switch { Language.Ca => $"Concedit el {on}: hi havia pressupost en l'ordre del registre.", Language.Es => $"Concedido el {on}: había presupuesto en el orden del registro.", _ => $"Granted on {on}: budget was left in registry order." },
        "granted_on_reassignment" => l switch { Language.Ca => $"A la llista d'espera i concedit el {on} amb diners alliberats (finalitzacions anticipades o renúncies).", Language.Es => $"En la lista de espera y concedido el {on} con dinero liberado (finalizaciones anticipadas o renuncias).", _ => $"On the waiting list, then granted on {on} with money freed by early ends or renunciations." },
        "refused_budget" => l switch { Language.Ca => $"Elegible, però el {on} no quedava pressupost per a ella en l'ordre del registre i cap diner alliberat no li va arribar ({reason}).", Language.Es => $"Elegible, pero el {on} no quedaba presupuesto para ella en el orden del registro y ningún dinero liberado le llegó ({reason}).", _ => $"Eligible, but on {on} no budget was left for it in registry order and no freed money reached it ({reason})." },
        _ => l switch { Language.Ca => $"Denegada per la regla {reason.Split(' ')[0]}: {reason}", Language.Es => $"Denegada por la regla {reason.Split(' ')[0]}: {reason}", _ => $"Refused by rule {reason.Split(' ')[0]}: {reason}" },
    };

    /// <summary>One line of awards.csv (RFC 4180: a field may be quoted, with doubled quotes inside).</summary>
    private static string[] Fields(string line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        bool quoted = false;
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { fields.Add(field.ToString()); field.Clear(); }
            else if (c != '\r') field.Append(c);
        }

        fields.Add(field.ToString());
        return [.. fields];
    }
}
