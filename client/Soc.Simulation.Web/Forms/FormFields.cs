using System.Globalization;
using Soc.Simulation.Web.Languages;
using Soc.Simulation.Model.Kpis;

namespace Soc.Simulation.Web.Forms;

/// <summary>
/// A page form's numbers and dates, read as typed: a field that does not read gets its error beside it, in the page's
/// language, and is never replaced by a default. Fields are bound as text so that "abc" reaches the check.
/// </summary>
public sealed class FormFields(Language language)
{
    /// <summary>Errors by field name; "" for the form as a whole.</summary>
    public Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);

    /// <summary>A whole number from <paramref name="min"/> to <paramref name="max"/> (1.000 in ca/es, 1,000 in en, or plain).</summary>
    public int Whole(string field, string? typed, int min, int max)
    {
        string text = (typed ?? "").Trim();
        if (long.TryParse(Lang.ToInvariant(text, language), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long n) && n >= min && n <= max) return (int)n;
        Errors[field] = string.Format(CultureInfo.InvariantCulture, Texts.T("form.whole", language),
            min.ToString("N0", KpiFormat.Numbers(language)), max.ToString("N0", KpiFormat.Numbers(language)), text);
        return min;
    }

    /// <summary>A date as the page shows them (dd/mm/aaaa in ca and es) or as ISO (YYYY-MM-DD), which a date picker sends.</summary>
    public DateOnly Date(string field, string? typed)
    {
        string text = (typed ?? "").Trim();
        if (DateOnly.TryParseExact(text, ["yyyy-MM-dd", language == Language.En ? "yyyy-MM-dd" : "d/M/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly d)) return d;
        Errors[field] = string.Format(CultureInfo.InvariantCulture, Texts.T("form.date", language), text);
        return default;
    }

    public bool Ok => Errors.Count == 0;
}
