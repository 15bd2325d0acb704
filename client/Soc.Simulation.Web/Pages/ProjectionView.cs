using System.Globalization;
using System.Text.Json;
using Soc.Simulation.Web.Languages;
using Soc.Simulation.Model.Kpis;

namespace Soc.Simulation.Web.Pages;

/// <summary>
/// A projection's projection.json in words, in the page's language: what was known on the as-of day, when the call
/// likely runs out (P10 / median / P90 over all replicates) and how much is likely to be left unspent.
/// </summary>
public sealed record ProjectionView(string Known, string RunsOut, string Left)
{
    public static ProjectionView Of(byte[] projectionJson, Language l)
    {
        using JsonDocument doc = JsonDocument.Parse(projectionJson);
        JsonElement p = doc.RootElement;
        // Projected euros to the euro: the cents of a projection are noise.
        string Eur(double v) => v.ToString("#,##0", KpiFormat.Numbers(l)) + " €";
        string Day(JsonElement e, string name) => e.TryGetProperty(name, out JsonElement d) && d.ValueKind == JsonValueKind.String
            ? Lang.Date(DateOnly.ParseExact(d.GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture), l)
            : Texts.T("never", l);
        string T(string key, params object[] args) => string.Format(CultureInfo.InvariantCulture, Texts.T(key, l), args);

        double budget = p.GetProperty("budgetEur").GetDouble(), committed = p.GetProperty("committedAsOfEur").GetDouble();
        string known = T("projection.known", p.GetProperty("knownApplications").GetInt32().ToString("N0", KpiFormat.Numbers(l)), Day(p, "asOf"), Eur(committed),
            Eur(p.GetProperty("paidAsOfEur").GetDouble()), Eur(budget));

        JsonElement x = p.GetProperty("exhaustionUnconditional");
        double probability = x.GetProperty("probability").GetDouble();
        string share = KpiFormat.Value(KpiUnit.Share, probability, l);
        string runsOut = x.TryGetProperty("median", out JsonElement m) && m.ValueKind == JsonValueKind.String
            ? T("projection.runsout", Day(x, "median"), Day(x, "p10"), Day(x, "p90"), share)
            : probability > 0 ? T("projection.mostlylasts", share, Day(x, "p10")) : T("projection.lasts");
        string left = T("projection.left", Eur(budget - committed), Day(p, "asOf"), Eur(p.GetProperty("unspentMedianEur").GetDouble()),
            Eur(p.GetProperty("unspentP10Eur").GetDouble()), Eur(p.GetProperty("unspentP90Eur").GetDouble()));
        return new ProjectionView(known, runsOut, left);
    }
}
