using System.Web;

namespace Soc.Simulation.Hosting;

/// <summary>
/// Where a client finds a running cluster: <c>redis://host:port</c>, optionally with a password
/// (<c>redis://:secret@host:port</c>) and the cluster and service ids the silos were started with
/// (<c>?cluster=socsim&amp;service=socsim</c>, the silos' defaults).
/// </summary>
public sealed record ClusterAddress(string Redis, string ClusterId, string ServiceId, string Display)
{
    /// <summary>
    /// What to give --cluster to reach this cluster again, in the commands socsim suggests: without the password, and
    /// quoted for the shell when it has the ids.
    /// </summary>
    public string Argument
    {
        get
        {
            var defaults = new SiloSettings();
            return (ClusterId, ServiceId) == (defaults.ClusterId, defaults.ServiceId) ? Display : $"\"{Display}?cluster={ClusterId}&service={ServiceId}\"";
        }
    }

    public static ClusterAddress Parse(string text, string option = "--cluster")
    {
        if (!Uri.TryCreate(text, UriKind.Absolute, out Uri? uri) || uri.Scheme != "redis" || uri.Host.Length == 0)
        {
            throw new SetupException($"{option}: expected redis://host:port (for example redis://127.0.0.1:6379), got '{text}'");
        }

        var query = HttpUtility.ParseQueryString(uri.Query);
        string[] unknown = [.. query.AllKeys.Where(k => k is not ("cluster" or "service")).Select(k => k ?? "")];
        if (unknown.Length > 0) throw new SetupException($"{option}: unknown parameter '{unknown[0]}' in '{text}'; expected cluster= or service=");

        int port = uri.IsDefaultPort || uri.Port < 0 ? 6379 : uri.Port;
        string connection = $"{uri.Host}:{port}";
        string password = Uri.UnescapeDataString(uri.UserInfo.Split(':', 2) is [_, string p] ? p : "");
        if (password.Length > 0) connection += $",password={password}";
        var defaults = new SiloSettings();
        return new ClusterAddress(connection, query["cluster"] ?? defaults.ClusterId, query["service"] ?? defaults.ServiceId, $"redis://{uri.Host}:{port}");
    }
}
