using System.Globalization;

namespace Soc.Simulation.Model.Kpis;

/// <summary>
/// How a KPI or series is written for people, from its unit in the catalogue: "47.90 %", "2,650,521 €", "473.2",
/// and a difference as "+1.20 pp", "+12,345 €". In Catalan and Spanish the separators swap (1.234,56 €), as a
/// planner there reads them. One place for the console tables, the report, the charts and the web app.
/// </summary>
public static class KpiFormat
{
    // The projects run with invariant globalization, so the two conventions are spelled out here.
    private static readonly NumberFormatInfo English = CultureInfo.InvariantCulture.NumberFormat;
    private static readonly NumberFormatInfo Iberian = new() { NumberDecimalSeparator = ",", NumberGroupSeparator = ".", NegativeSign = "−" };

    public static string Label(string kpi, Language language = Language.En) =>
        (KpiCatalogue.Find(kpi)?.Label ?? SeriesCatalogue.Find(kpi)?.Label)?.In(language) ?? kpi;

    public static KpiUnit UnitOf(string kpi) =>
        KpiCatalogue.Find(kpi)?.Unit ?? SeriesCatalogue.Find(kpi)?.Unit ?? throw new ArgumentException($"no KPI or series '{kpi}' in the catalogues");

    /// <summary>The number format of a language: Catalan and Spanish group with "." and use a decimal comma.</summary>
    public static NumberFormatInfo Numbers(Language language) => language == Language.En ? English : Iberian;

    public static string Value(string kpi, double value, Language language = Language.En) => Value(UnitOf(kpi), value, language);

    public static string Value(KpiUnit unit, double value, Language language = Language.En)
    {
        if (double.IsNaN(value) || double.IsInfinity(value)) return "n/a";
        NumberFormatInfo n = Numbers(language);
        return unit switch
        {
            KpiUnit.Share => (value * 100).ToString("#,##0.00", n) + " %",
            KpiUnit.Percent => value.ToString("#,##0.00", n) + " %",
            KpiUnit.Euros => value.ToString("#,##0", n) + " €",
            KpiUnit.Days => value.ToString("#,##0.#", n) + (language switch { Language.Ca => " dies", Language.Es => " días", _ => " days" }),
            KpiUnit.Date => DateOnly.FromDayNumber((int)value).ToString(language == Language.En ? "yyyy-MM-dd" : "dd/MM/yyyy", CultureInfo.InvariantCulture),
            _ => value.ToString("#,##0.#", n),
        };
    }

    /// <summary>A difference alternative − base: shares and percentages in percentage points, the rest in the unit, with a sign.</summary>
    public static string Difference(string kpi, double difference, Language language = Language.En)
    {
        if (double.IsNaN(difference)) return "n/a";
        NumberFormatInfo n = Numbers(language);
        return UnitOf(kpi) switch
        {
            KpiUnit.Share => Points(difference * 100, n),
            KpiUnit.Percent => Points(difference, n),
            KpiUnit.Euros => difference.ToString("+#,##0;−#,##0;0", n) + " €",
            KpiUnit.Days => difference.ToString("+#,##0.#;−#,##0.#;0", n) + (language switch { Language.Ca => " dies", Language.Es => " días", _ => " days" }),
            _ => difference.ToString("+#,##0.#;−#,##0.#;0", n),
        };
    }

    private static string Points(double points, NumberFormatInfo n) => points.ToString("+0.00;−0.00;0", n) + " pp";
}
