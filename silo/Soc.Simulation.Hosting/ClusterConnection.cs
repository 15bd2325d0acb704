using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;

namespace Soc.Simulation.Hosting;

/// <summary>A client joined to a running cluster through its Redis membership, instead of co-hosting a silo.</summary>
public sealed class ClusterConnection : IAsyncDisposable
{
    /// <summary>Calls from the client are short (start, status, fetch, a replay's steps), but a fetch reads every stored result.</summary>
    public static readonly TimeSpan CallTimeout = TimeSpan.FromMinutes(5);

    /// <summary>How long a client waits for a first gateway (silos may still be starting) before it says none answers.</summary>
    public static readonly TimeSpan GatewayWait = TimeSpan.FromSeconds(10);

    private readonly IHost _host;

    private ClusterConnection(IHost host, ClusterAddress address)
    {
        _host = host;
        Address = address;
    }

    public ClusterAddress Address { get; }

    public IGrainFactory Grains => _host.Services.GetRequiredService<IClusterClient>();

    public static async Task<ClusterConnection> ConnectAsync(ClusterAddress address)
    {
        await RedisConnection.EnsureReachableAsync(address.Redis, "--cluster");
        HostApplicationBuilder builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        var waiting = System.Diagnostics.Stopwatch.StartNew();
        // Orleans' retries while it looks for a gateway would drown the tool's output: only errors reach stderr.
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Error).SetMinimumLevel(LogLevel.Error)
            // A failed start is reported below in one line; the host's own report is a stack trace.
            .AddFilter("Microsoft.Extensions.Hosting", LogLevel.None);
        builder.UseOrleansClient(client => client
            .UseRedisClustering(o => o.ConfigurationOptions = RedisConnection.Options(address.Redis, "--cluster"))
            .Configure<ClusterOptions>(o =>
            {
                o.ClusterId = address.ClusterId;
                o.ServiceId = address.ServiceId;
            })
            .Configure<ClientMessagingOptions>(o => o.ResponseTimeout = CallTimeout)
            // Orleans' own retries would keep a user waiting three minutes for a cluster that is not there.
            .UseConnectionRetryFilter(async (_, cancel) =>
            {
                if (waiting.Elapsed >= GatewayWait) return false;
                await Task.Delay(TimeSpan.FromSeconds(1), cancel);
                return true;
            }));
        IHost host = builder.Build();
        try
        {
            await host.StartAsync();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            host.Dispose();
            string why = e is SiloUnavailableException ? "Redis lists no live gateway for it" : e.Message.Split('\n')[0].Trim();
            throw new SetupException(
                $"--cluster: no silo of cluster '{address.ClusterId}' answers at {address.Display} ({why}); " +
                "start the silos first (scripts/cluster.sh start) or check ?cluster= against their Silo:ClusterId", e);
        }

        return new ClusterConnection(host, address);
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }
}
