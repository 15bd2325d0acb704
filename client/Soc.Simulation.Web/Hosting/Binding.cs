using System.Net;
using Soc.Simulation.Model;

namespace Soc.Simulation.Web.Hosting;

/// <summary>
/// Loopback by default: listening on any other address (another machine could reach it) needs an API key, so that
/// nobody on the network can start runs or read results without it.
/// </summary>
public static class Binding
{
    /// <summary>Throws an <see cref="InputException"/> naming the address when a non-loopback one has no key.</summary>
    public static void Check(string urls, string? apiKey)
    {
        foreach (string url in urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Uri.TryCreate(url.Replace("://*", "://0.0.0.0", StringComparison.Ordinal).Replace("://+", "://0.0.0.0", StringComparison.Ordinal), UriKind.Absolute, out Uri? uri) || uri.Scheme is not ("http" or "https"))
            {
                throw new InputException($"--urls: expected http://host:port (e.g. http://127.0.0.1:5080), got '{url}'");
            }

            if (!IsLoopback(uri.Host) && string.IsNullOrEmpty(apiKey))
            {
                throw new InputException($"--urls {url}: not a loopback address, so other machines could use the app; set an API key with --api-key KEY or the {WebOptions.ApiKeyVariable} environment variable, or listen on http://127.0.0.1:PORT");
            }
        }
    }

    public static bool IsLoopback(string host) =>
        host is "localhost" || (IPAddress.TryParse(host.Trim('[', ']'), out IPAddress? ip) && IPAddress.IsLoopback(ip));
}
