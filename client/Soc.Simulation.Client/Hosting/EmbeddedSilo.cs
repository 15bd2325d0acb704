using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;

namespace Soc.Simulation.Client.Hosting;

/// <summary>
/// A silo co-hosted in the command's process (localhost clustering, in-memory state): the zero-set-up
/// default. Ports are picked free at start, so several runs on one machine never collide.
/// </summary>
public sealed class EmbeddedSilo : IAsyncDisposable
{
    public static readonly TimeSpan ExperimentTimeout = TimeSpan.FromHours(6);

    private readonly IHost _host;

    private EmbeddedSilo(IHost host) => _host = host;

    public IGrainFactory Grains => _host.Services.GetRequiredService<IGrainFactory>();

    public static async Task<EmbeddedSilo> StartAsync()
    {
        HostApplicationBuilder builder = Host.CreateApplicationBuilder([]);
        // The silo's own logs would drown the tool's output; only errors reach stderr.
        builder.Logging.ClearProviders().AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Error).SetMinimumLevel(LogLevel.Error);
        builder.UseOrleans(silo => silo
            .UseLocalhostClustering(siloPort: FreePort(), gatewayPort: FreePort())
            .AddMemoryGrainStorageAsDefault()
            // An experiment call lasts as long as its replicates; the default 30 s would cut it off.
            .Configure<SiloMessagingOptions>(o => o.ResponseTimeout = ExperimentTimeout)
            .Configure<ClientMessagingOptions>(o => o.ResponseTimeout = ExperimentTimeout));
        IHost host = builder.Build();
        await host.StartAsync();
        return new EmbeddedSilo(host);
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
