using System.Globalization;
using System.Text.Json;
using Soc.Simulation.Model.Kpis;
using Soc.Simulation.Web.Languages;

namespace Soc.Simulation.Web.Pages;

/// <summary>One design of the front, formatted: its lever values, each objective in the search and in the check, whether the check confirms it,
/// and each objective's paired difference from the scenario's own call.</summary>
public sealed record DesignFrontRow(IReadOnlyList<string> Levers, IReadOnlyList<string> Search, IReadOnlyList<string> Check, string Confirmed, bool IsConfirmed,
    IReadOnlyList<string> VersusScenario);

/// <summary>A design's design.json for the run page: what was asked, what it cost, and the front with its check.</summary>
public sealed record DesignRunView(IReadOnlyList<string> LeverPaths, IReadOnlyList<string> Objectives, IReadOnlyList<string> Constraints, string Cost, string Check,
    IReadOnlyList<DesignFrontRow> Front, string? ScenarioCall = null)
{
    public static DesignRunView Of(byte[] designJson, Language l)
    {
        using JsonDocument doc = JsonDocument.Parse(designJson);
        JsonElement r = doc.RootElement;
        string[] Strings(string name) => [.. r.GetProperty(name).EnumerateArray().Select(e => e.GetString()!)];
        string[] levers = Strings("levers"), objectives = Strings("objectives");
        string[] paths = [.. levers.Select(x => x[..x.IndexOf('=', StringComparison.Ordinal)])];
        NumberFormatInfo numbers = KpiFormat.Numbers(l);
        static double Number(JsonElement e, string name) => e.GetProperty(name).ValueKind == JsonValueKind.Number ? e.GetProperty(name).GetDouble() : double.NaN;
        string Value(double v) => double.IsFinite(v) ? v.ToString("#,##0.##", numbers) : "n/a";
        string Estimate(JsonElement e) => $"{Value(Number(e, "mean"))} [{Value(Number(e, "ci95Low"))}, {Value(Number(e, "ci95High"))}]";
        string Difference(JsonElement d)
        {
            string Signed(string name) => KpiFormat.Difference(d.GetProperty("kpi").GetString()!, Number(d, name), l);
            return $"{Signed("meanDifference")} [{Signed("ci95Low")}, {Signed("ci95High")}]";
        }
        string[] Versus(JsonElement check) => check.TryGetProperty("versusScenario", out JsonElement v) && v.ValueKind == JsonValueKind.Array
            ? [.. v.EnumerateArray().Select(Difference)]
            : [.. objectives.Select(_ => "n/a")];
        string Lever(string assignment)
        {
            string value = assignment[(assignment.IndexOf('=', StringComparison.Ordinal) + 1)..];
            return double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out double v) ? v.ToString(assignment.Contains("Eur=", StringComparison.Ordinal) ? "#,##0.00" : "#,##0.##", numbers) : value;
        }

        DesignFrontRow[] front = [.. r.GetProperty("front").EnumerateArray().Select(p =>
        {
            JsonElement search = p.GetProperty("search"), check = p.GetProperty("check");
            bool met = p.GetProperty("checkMet").GetBoolean();
            return new DesignFrontRow([.. search.GetProperty("assignments").EnumerateArray().Select(a => Lever(a.GetString()!))],
                [.. search.GetProperty("objectives").EnumerateArray().Select(Estimate)], [.. check.GetProperty("objectives").EnumerateArray().Select(Estimate)],
                Texts.T(met ? "yes" : "no", l), met, Versus(check));
        }).OrderByDescending(row => row.IsConfirmed)];
        string cost = string.Format(CultureInfo.InvariantCulture, Texts.T("design.cost", l), r.GetProperty("evaluations").GetInt32(), r.GetProperty("generations").GetInt32(),
            r.GetProperty("replicates").GetInt32(), r.GetProperty("simulations").GetInt32());
        string checkText = string.Format(CultureInfo.InvariantCulture, Texts.T("design.checked", l), r.GetProperty("checkSeed").GetUInt64(), r.GetProperty("checkReplicates").GetInt32(),
            front.Count(f => f.IsConfirmed), front.Length);
        string? own = null;
        if (r.TryGetProperty("scenarioCall", out JsonElement call) && call.ValueKind == JsonValueKind.Object)
        {
            IEnumerable<string> parts = call.GetProperty("objectives").EnumerateArray().Select((e, i) => $"{objectives[i]} {Estimate(e)}")
                .Concat(call.GetProperty("constraints").EnumerateArray().Select(c =>
                    $"{c.GetProperty("constraint").GetString()}: {Value(Number(c, "cautious"))}, {Texts.T(c.GetProperty("met").GetBoolean() ? "design.met" : "design.notMet", l)}"));
            own = $"{Texts.T("design.scenarioCall", l)}: {string.Join("; ", parts)}.";
        }

        return new DesignRunView(paths, objectives, Strings("constraints"), cost, checkText, front, own);
    }
}
