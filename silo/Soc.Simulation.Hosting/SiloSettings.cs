using System.Globalization;
using System.Net;
using Microsoft.Extensions.Configuration;

namespace Soc.Simulation.Hosting;

/// <summary>
/// A standalone silo's settings, read from the "Silo" section of standard .NET configuration: appsettings.json,
/// then environment variables (<c>SILO__CLUSTERING=redis</c>), then flags (<c>--clustering redis</c> or
/// <c>--Silo:Clustering=redis</c>), the later winning.
/// </summary>
public sealed record SiloSettings
{
    public const string Section = "Silo";

    /// <summary>localhost (one machine, the silo is its own membership) or redis (membership kept in Redis).</summary>
    public string Clustering { get; init; } = "localhost";

    /// <summary>StackExchange.Redis connection string, for clustering and storage: "127.0.0.1:6379".</summary>
    public string Redis { get; init; } = "127.0.0.1:6379";

    /// <summary>The address other silos and clients reach this silo on; loopback suits a one-machine cluster.</summary>
    public IPAddress Address { get; init; } = IPAddress.Loopback;

    public int SiloPort { get; init; } = 11111;

    public int GatewayPort { get; init; } = 30000;

    /// <summary>Silos and clients with the same cluster id form one cluster.</summary>
    public string ClusterId { get; init; } = "socsim";

    /// <summary>Keeps stored grain state apart between deployments that share a Redis.</summary>
    public string ServiceId { get; init; } = "socsim";

    /// <summary>Where experiment progress is kept: memory (lost with the silo) or redis (survives it).</summary>
    public string Storage { get; init; } = "memory";

    /// <summary>
    /// How long a replicate that fails because a silo or Redis is unreachable is run again before its experiment
    /// fails: far longer than membership takes to declare a dead silo (README "Running on a cluster").
    /// </summary>
    public TimeSpan ReplicateRetryLimit { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>How long a finished experiment (complete or failed) is kept before it is deleted with its replicates.</summary>
    public TimeSpan ExperimentRetention { get; init; } = TimeSpan.FromDays(7);

    /// <summary>The short flags a silo accepts besides the full configuration keys.</summary>
    public static readonly IReadOnlyDictionary<string, string> Flags = new Dictionary<string, string>
    {
        ["--clustering"] = "Silo:Clustering",
        ["--redis"] = "Silo:Redis",
        ["--address"] = "Silo:Address",
        ["--silo-port"] = "Silo:SiloPort",
        ["--gateway-port"] = "Silo:GatewayPort",
        ["--cluster-id"] = "Silo:ClusterId",
        ["--service-id"] = "Silo:ServiceId",
        ["--storage"] = "Silo:Storage",
    };

    /// <summary>Reads and checks the settings; a bad value names its key and what was expected.</summary>
    public static SiloSettings Read(IConfiguration configuration)
    {
        IConfigurationSection section = configuration.GetSection(Section);
        var defaults = new SiloSettings();
        return new SiloSettings
        {
            Clustering = OneOf(section, nameof(Clustering), defaults.Clustering, "localhost", "redis"),
            Redis = Text(section, nameof(Redis), defaults.Redis),
            Address = IpAddress(section, defaults.Address),
            SiloPort = Port(section, nameof(SiloPort), defaults.SiloPort),
            GatewayPort = Port(section, nameof(GatewayPort), defaults.GatewayPort),
            ClusterId = Text(section, nameof(ClusterId), defaults.ClusterId),
            ServiceId = Text(section, nameof(ServiceId), defaults.ServiceId),
            Storage = OneOf(section, nameof(Storage), defaults.Storage, "memory", "redis"),
            ReplicateRetryLimit = Duration(section, nameof(ReplicateRetryLimit), defaults.ReplicateRetryLimit),
            ExperimentRetention = Duration(section, nameof(ExperimentRetention), defaults.ExperimentRetention),
        };
    }

    private static string Text(IConfigurationSection section, string key, string fallback)
    {
        string? value = section[key];
        if (value is null) return fallback;
        return value.Trim().Length > 0 ? value.Trim() : throw Bad(key, "a non-empty value", value);
    }

    private static string OneOf(IConfigurationSection section, string key, string fallback, params string[] allowed)
    {
        string value = Text(section, key, fallback).ToLowerInvariant();
        return allowed.Contains(value) ? value : throw Bad(key, string.Join(" or ", allowed), section[key]!);
    }

    private static int Port(IConfigurationSection section, string key, int fallback)
    {
        string? value = section[key];
        if (value is null) return fallback;
        return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int port) && port is >= 1 and <= 65535
            ? port
            : throw Bad(key, "a port from 1 to 65535", value);
    }

    private static TimeSpan Duration(IConfigurationSection section, string key, TimeSpan fallback)
    {
        string? value = section[key];
        if (value is null) return fallback;
        return TimeSpan.TryParseExact(value.Trim(), "c", CultureInfo.InvariantCulture, out TimeSpan duration) && duration > TimeSpan.Zero
            ? duration
            : throw Bad(key, "a duration such as 00:02:00 (hh:mm:ss) or 7.00:00:00 (days first)", value);
    }

    private static IPAddress IpAddress(IConfigurationSection section, IPAddress fallback)
    {
        string? value = section[nameof(Address)];
        if (value is null) return fallback;
        return IPAddress.TryParse(value, out IPAddress? address) ? address : throw Bad(nameof(Address), "an IP address such as 127.0.0.1", value);
    }

    private static SetupException Bad(string key, string expected, string got) =>
        new($"{Section}:{key}: expected {expected}, got '{got}' (set in appsettings.json, {Section.ToUpperInvariant()}__{key.ToUpperInvariant()} or --{Section}:{key})");
}
