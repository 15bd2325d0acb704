using System.Globalization;
using Soc.Simulation.Model.Kpis;

namespace Soc.Simulation.Client.Languages;

/// <summary>
/// The language of the human-facing outputs being written — the printed tables, <c>report.html</c> and the charts —
/// set once around them (<c>--lang</c>, or the web app writing a run's files in each language) and read where a label,
/// a number or a date is written, as .NET's CurrentUICulture is for resources, so that every writer keeps its
/// signature. It flows with async calls (AsyncLocal): concurrent web runs each keep their own. English when unset, so
/// the outputs stay byte-identical without <c>--lang</c>. The files for machines (JSON, CSV, spreadsheets) never read it.
/// </summary>
public static class Say
{
    private static readonly AsyncLocal<Language?> Ambient = new();

    public static Language Current => Ambient.Value ?? Language.En;

    /// <summary>Writes in <paramref name="language"/> until the result is disposed.</summary>
    public static IDisposable In(Language language)
    {
        var scope = new Scope(Ambient.Value);
        Ambient.Value = language;
        return scope;
    }

    /// <summary>The text in the current language: <see cref="Words"/> is keyed by the English text (gettext's way).</summary>
    public static string T(string english) => Current == Language.En ? english : Words.Find(english)?.In(Current) ?? english;

    /// <summary>A text with {0}, {1}… filled with values already written as text.</summary>
    public static string F(string english, params object[] values) => string.Format(CultureInfo.InvariantCulture, T(english), values);

    /// <summary>Separators of the current language: 1,234.56 in English, 1.234,56 in Catalan and Spanish.</summary>
    public static NumberFormatInfo Numbers => KpiFormat.Numbers(Current);

    /// <summary>A calendar day: YYYY-MM-DD in English (as before), dd/mm/aaaa in Catalan and Spanish.</summary>
    public static string Date(DateOnly day) => day.ToString(Current == Language.En ? "yyyy-MM-dd" : "dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>A month "YYYY-MM" of the series: as it is in English, mm/aaaa in Catalan and Spanish.</summary>
    public static string Month(string month) => Current == Language.En || month.Length != 7 ? month : $"{month[5..]}/{month[..4]}";

    /// <summary>The language of a <c>--lang</c> or <c>?lang=</c> code (ca, es, en).</summary>
    public static Language Parse(string code) => code switch
    {
        "ca" => Language.Ca,
        "es" => Language.Es,
        _ => Language.En,
    };

    private sealed class Scope(Language? before) : IDisposable
    {
        public void Dispose() => Ambient.Value = before;
    }
}
