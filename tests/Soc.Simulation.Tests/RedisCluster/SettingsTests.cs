using System.Net;
using Microsoft.Extensions.Configuration;
using Orleans.Configuration;
using Soc.Simulation.Hosting;

namespace Soc.Simulation.Tests.RedisCluster;

/// <summary>How a silo reads its settings and a client its --cluster address.</summary>
public class SettingsTests
{
    [Fact]
    public void Silo_settings_come_from_configuration_with_flags_winning_over_environment_style_keys()
    {
        IConfiguration configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Silo:Clustering"] = "redis", ["Silo:SiloPort"] = "2000" })
            .AddCommandLine(["--silo-port", "2001", "--storage", "REDIS", "--address", "10.0.0.5"], new Dictionary<string, string>(SiloSettings.Flags))
            .Build();
        SiloSettings settings = SiloSettings.Read(configuration);
        Assert.Equal("redis", settings.Clustering);
        Assert.Equal(2001, settings.SiloPort);
        Assert.Equal("redis", settings.Storage);
        Assert.Equal(IPAddress.Parse("10.0.0.5"), settings.Address);
        Assert.Equal(new SiloSettings().GatewayPort, settings.GatewayPort);
        Assert.Equal("socsim", settings.ClusterId);
    }

    [Theory]
    [InlineData("Silo:GatewayPort", "0", "Silo:GatewayPort: expected a port from 1 to 65535, got '0'")]
    [InlineData("Silo:Clustering", "consul", "Silo:Clustering: expected localhost or redis, got 'consul'")]
    [InlineData("Silo:ClusterId", " ", "Silo:ClusterId: expected a non-empty value")]
    [InlineData("Silo:ReplicateRetryLimit", "2 minutes", "Silo:ReplicateRetryLimit: expected a duration such as 00:02:00 (hh:mm:ss) or 7.00:00:00 (days first), got '2 minutes'")]
    [InlineData("Silo:ExperimentRetention", "00:00:00", "Silo:ExperimentRetention: expected a duration")]
    public void A_bad_silo_setting_names_its_key_and_what_was_expected(string key, string value, string message)
    {
        IConfiguration configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [key] = value }).Build();
        SetupException e = Assert.Throws<SetupException>(() => SiloSettings.Read(configuration));
        Assert.StartsWith(message, e.Message);
    }

    /// <summary>What the silo ships: the README's settings table, and failure detection bound as Orleans reads it.</summary>
    [Fact]
    public void The_shipped_appsettings_give_the_documented_settings()
    {
        IConfiguration shipped = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(TestPaths.Root, "silo", "Soc.Simulation.Silo", "appsettings.json"))
            .Build();
        SiloSettings settings = SiloSettings.Read(shipped);
        Assert.Equal(new SiloSettings(), settings);
        Assert.Equal((TimeSpan.FromMinutes(2), TimeSpan.FromDays(7)), (settings.ReplicateRetryLimit, settings.ExperimentRetention));
        var membership = new ClusterMembershipOptions();
        shipped.GetSection("Silo:Membership").Bind(membership);
        Assert.Equal((TimeSpan.FromSeconds(3), 3), (membership.ProbeTimeout, membership.NumMissedProbesLimit));
    }

    [Fact]
    public void A_cluster_address_gives_the_redis_connection_and_the_ids()
    {
        ClusterAddress plain = ClusterAddress.Parse("redis://127.0.0.1:6390");
        Assert.Equal(("127.0.0.1:6390", "socsim", "socsim"), (plain.Redis, plain.ClusterId, plain.ServiceId));
        ClusterAddress full = ClusterAddress.Parse("redis://:s%40cret@redis.local?cluster=a&service=b");
        Assert.Equal(("redis.local:6379,password=s@cret", "a", "b", "redis://redis.local:6379"), (full.Redis, full.ClusterId, full.ServiceId, full.Display));
    }

    [Theory]
    [InlineData("127.0.0.1:6379")]
    [InlineData("http://127.0.0.1:6379")]
    [InlineData("redis://127.0.0.1:6379?clustr=x")]
    public void A_bad_cluster_address_is_a_clear_error(string text) =>
        Assert.StartsWith("--cluster: ", Assert.Throws<SetupException>(() => ClusterAddress.Parse(text)).Message);
}
