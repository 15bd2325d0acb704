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

    public static AwardsView Of(byte[] awardsCsv, string? query, int page, Language language)
    {
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
            return new AwardRow(f[id], f[decision], f[reason], Lang.Euros(eur, language), on, Why(f[decision], f[reason], on, language));
        })];
        return new AwardsView(rows, matching.Count, page, pages);
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
