using System.Globalization;
using System.Text.Json;
using Soc.Simulation.Web.Languages;
using Soc.Simulation.Model.Kpis;

namespace Soc.Simulation.Web.Pages;

/// <summary>One evaluation of a plan's search, formatted: the lever's value, the goal's statistic with its interval, met or not.</summary>
public sealed record PlanEvaluationRow(string Value, string Statistic, string Interval, string Met, string MetCautiously);

/// <summary>A plan's plan.json for the run page: the answer, the cautious answer, the check with fresh seeds and the search path.</summary>
public sealed record PlanView(string Path, string Goal, string Range, string Outcome, string Answer, string Cautious, string? Check, IReadOnlyList<PlanEvaluationRow> Evaluations)
{
    public static PlanView Of(byte[] planJson, Language l)
    {
        using JsonDocument doc = JsonDocument.Parse(planJson);
        JsonElement r = doc.RootElement;
        string path = r.GetProperty("path").GetString()!;
        // Euro levers in euros, others as numbers, in the page's language.
        string Lever(double v) => path.EndsWith("Eur", StringComparison.Ordinal) ? Lang.Euros(Math.Round((decimal)v, 2), l) : Lang.Number(v, l);
        string Stat(double v) => double.IsNaN(v) ? "n/a" : v.ToString("#,##0.####", KpiFormat.Numbers(l));
        string? Optional(string name) => r.TryGetProperty(name, out JsonElement v) && v.ValueKind == JsonValueKind.Number ? Lever(v.GetDouble()) : null;
        string YesNo(bool b) => Texts.T(b ? "yes" : "no", l);
        static double Number(JsonElement e, string name) => e.GetProperty(name).ValueKind == JsonValueKind.Number ? e.GetProperty(name).GetDouble() : double.NaN;

        string? check = null;
        if (r.TryGetProperty("check", out JsonElement c) && c.ValueKind == JsonValueKind.Object)
        {
            JsonElement s = c.GetProperty("statistic");
            check = string.Format(CultureInfo.InvariantCulture, "{0} ({1} {2}, {3} {4}): {5} [{6}, {7}], {8}", Texts.T("plan.check", l), Texts.T("replicates", l).ToLowerInvariant(),
                r.GetProperty("checkReplicates").GetInt32(), Texts.T("seed", l).ToLowerInvariant(), r.GetProperty("checkSeed").GetUInt64(),
                Stat(Number(s, "mean")), Stat(Number(s, "ci95Low")), Stat(Number(s, "ci95High")), Texts.T(c.GetProperty("met").GetBoolean() ? "plan.met" : "plan.notmet", l));
        }

        PlanEvaluationRow[] rows = [.. r.GetProperty("evaluations").EnumerateArray().Select(e =>
        {
            JsonElement s = e.GetProperty("statistic");
            return new PlanEvaluationRow(Lever(e.GetProperty("value").GetDouble()), Stat(Number(s, "mean")), $"[{Stat(Number(s, "ci95Low"))}, {Stat(Number(s, "ci95High"))}]",
                YesNo(e.GetProperty("met").GetBoolean()), YesNo(e.GetProperty("metCautiously").GetBoolean()));
        })];
        string outcome = r.GetProperty("outcome").GetString()!;
        return new PlanView(path, r.GetProperty("goal").GetString()!, $"{Lever(r.GetProperty("low").GetDouble())} – {Lever(r.GetProperty("high").GetDouble())}",
            Texts.T("plan.outcome." + outcome, l), Optional("answer") ?? Texts.T("plan.none", l), Optional("cautiousAnswer") ?? Texts.T("plan.none", l), check, rows);
    }
}
