using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Soc.Simulation.Web.Hosting;
using Soc.Simulation.Web.Security;

namespace Soc.Simulation.Web.Pages;

/// <summary>Sign-in with the server's API key: a right key sets an HttpOnly cookie holding its hash.</summary>
public sealed class SignInModel(WebOptions options) : LocalizedPage
{
    [BindProperty] public string? Key { get; set; }

    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public bool Wrong { get; private set; }

    public void OnGet()
    {
    }

    public IActionResult OnPost()
    {
        if (string.IsNullOrEmpty(options.ApiKey) || Key is null || !ApiKeyCheck.Same(ApiKeyCheck.CookieValue(Key), ApiKeyCheck.CookieValue(options.ApiKey)))
        {
            Wrong = true;
            return Page();
        }

        Response.Cookies.Append(ApiKeyCheck.Cookie, ApiKeyCheck.CookieValue(Key), new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Strict, IsEssential = true });
        // Only a path of this site: an open redirect elsewhere would help phishing.
        return LocalRedirect(ReturnUrl is { Length: > 0 } r && r.StartsWith('/') && !r.StartsWith("//", StringComparison.Ordinal) ? r : "/");
    }
}
