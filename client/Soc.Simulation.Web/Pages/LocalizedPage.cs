using Microsoft.AspNetCore.Mvc.RazorPages;
using Soc.Simulation.Web.Languages;
using Soc.Simulation.Model.Kpis;

namespace Soc.Simulation.Web.Pages;

/// <summary>A page in the visitor's language (<see cref="Lang"/>): <see cref="T"/> gives its words.</summary>
public abstract class LocalizedPage : PageModel
{
    private Language? _language;

    public Language L => _language ??= Lang.Of(HttpContext);

    public string T(string key) => Texts.T(key, L);

    public string Code => Lang.Code(L);

    /// <summary>This page in another language: the same query with <c>lang</c> replaced.</summary>
    public string LangHref(string code)
    {
        var query = Request.Query.Where(q => q.Key != "lang").Select(q => $"{Uri.EscapeDataString(q.Key)}={Uri.EscapeDataString(q.Value.ToString())}");
        return "?" + string.Join("&", query.Append($"lang={code}"));
    }
}
