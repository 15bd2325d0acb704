using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Soc.Simulation.Web.Hosting;

namespace Soc.Simulation.Web.Security;

/// <summary>
/// With an API key configured (--api-key or SOCSIM_API_KEY), every API call needs it in the X-Api-Key header and every
/// page the cookie the sign-in page sets (which holds the key's SHA-256, not the key). Without one the app listens on
/// loopback only (<see cref="Binding"/>).
/// </summary>
public sealed class ApiKeyCheck(RequestDelegate next, WebOptions options)
{
    public const string Header = "X-Api-Key";
    public const string Cookie = "socsim-key";
    public const string SignInPath = "/signin";

    public Task InvokeAsync(HttpContext context)
    {
        if (string.IsNullOrEmpty(options.ApiKey) || context.Request.Path.StartsWithSegments(SignInPath) || Allowed(context)) return next(context);
        if (context.Request.Path.StartsWithSegments("/api") || context.Request.Path.StartsWithSegments("/openapi"))
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return context.Response.WriteAsJsonAsync(new Api.ApiError($"this server needs its API key in the {Header} header"));
        }

        context.Response.Redirect(SignInPath + "?returnUrl=" + Uri.EscapeDataString(context.Request.Path + context.Request.QueryString));
        return Task.CompletedTask;
    }

    private bool Allowed(HttpContext context)
    {
        string expected = CookieValue(options.ApiKey!);
        if (context.Request.Headers.TryGetValue(Header, out var header) && Same(CookieValue(header.ToString()), expected)) return true;
        return context.Request.Cookies.TryGetValue(Cookie, out string? cookie) && Same(cookie, expected);
    }

    /// <summary>What the sign-in cookie holds for a key: its SHA-256, so the cookie never carries the key itself.</summary>
    public static string CookieValue(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    public static bool Same(string a, string b) => CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(a), Encoding.UTF8.GetBytes(b));
}
