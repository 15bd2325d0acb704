using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Soc.Simulation.Hosting;

namespace Soc.Simulation.Client.Hosting;

/// <summary>
/// A silo co-hosted in the command's process (localhost clustering, in-memory state): the zero-set-up
/// default. Ports are picked free at start, so several runs on one machine never collide.
/// </summary>
public sealed class EmbeddedSilo : IAsyncDisposable
{
    private readonly IHost _host;

    private EmbeddedSilo(IHost host) => _host = host;

    public IGrainFactory Grains => _host.Services.GetRequiredService<IGrainFactory>();

    public static async Task<EmbeddedSilo> StartAsync()
    {
        HostApplicationBuilder builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        // The silo's own logs would drown the tool's output; only errors reach stderr.
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Error).SetMinimumLevel(LogLevel.Error);
        builder.UseOrleans(silo => silo.Apply(new SiloSettings { SiloPort = FreePort(), GatewayPort = FreePort() }));
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
