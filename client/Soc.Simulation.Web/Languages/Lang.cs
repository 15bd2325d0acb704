using System.Globalization;
using Microsoft.AspNetCore.Http;
using Soc.Simulation.Model.Kpis;

namespace Soc.Simulation.Web.Languages;

/// <summary>
/// The page's language: <c>?lang=ca|es|en</c> (remembered in a cookie), else the cookie, else the browser's
/// Accept-Language, else Catalan. Numbers and dates follow it (KpiFormat: 1.234,56 € and dd/mm/aaaa in ca and es).
/// </summary>
public static class Lang
{
    public const string Cookie = "socsim-lang";

    public static Language Of(HttpContext context)
    {
        string? asked = context.Request.Query["lang"].FirstOrDefault();
        if (Parse(asked) is { } fromQuery)
        {
            context.Response.Cookies.Append(Cookie, Code(fromQuery), new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Lax, IsEssential = true });
            return fromQuery;
        }

        if (Parse(context.Request.Cookies[Cookie]) is { } fromCookie) return fromCookie;
        foreach (string part in context.Request.Headers.AcceptLanguage.ToString().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            string tag = part.Split(';')[0];
            if (Parse(tag.Split('-')[0]) is { } fromBrowser) return fromBrowser;
        }

        return Language.Ca;
    }

    public static Language? Parse(string? code) => code?.ToLowerInvariant() switch
    {
        "ca" => Language.Ca,
        "es" => Language.Es,
        "en" => Language.En,
        _ => null,
    };

    public static string Code(Language language) => language.ToString().ToLowerInvariant();

    /// <summary>A number for a form field in the language's convention (2.653.866,13 in ca/es).</summary>
    public static string Number(double value, Language language) => value.ToString("#,##0.##", KpiFormat.Numbers(language));

    /// <summary>Euros with cents: 1.234,56 € (ca, es), 1,234.56 € (en).</summary>
    public static string Euros(decimal value, Language language) => value.ToString("#,##0.00", KpiFormat.Numbers(language)) + " €";

    /// <summary>dd/mm/aaaa in ca and es, YYYY-MM-DD in en.</summary>
    public static string Date(DateOnly date, Language language) =>
        date.ToString(language == Language.En ? "yyyy-MM-dd" : "dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>
    /// A number typed in a form, in the language's convention or plain (3000000, 3.000.000, 3,5): the invariant
    /// spelling the scenario overrides take, or the text as typed, for the override's own check to name.
    /// </summary>
    public static string ToInvariant(string typed, Language language)
    {
        string t = typed.Trim().Replace(" ", "", StringComparison.Ordinal).Replace("€", "", StringComparison.Ordinal);
        string candidate = language == Language.En ? t.Replace(",", "", StringComparison.Ordinal) : t.Replace(".", "", StringComparison.Ordinal).Replace(',', '.');
        return decimal.TryParse(candidate, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out decimal d)
            ? d.ToString(CultureInfo.InvariantCulture)
            : typed.Trim();
    }
}
