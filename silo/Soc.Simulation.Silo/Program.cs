using System.Net.Sockets;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;
using Soc.Simulation.Hosting;

// A standalone silo. Settings (see SiloSettings and README "Running on a cluster") come from appsettings.json
// beside the binary, then SILO__* environment variables, then flags: --clustering redis --redis 127.0.0.1:6379
// --silo-port 11111 --gateway-port 30000 --cluster-id socsim --service-id socsim --storage redis, or any key as
// --Silo:Key=value (membership timings under Silo:Membership, as Orleans' ClusterMembershipOptions).
// SIGTERM or Ctrl+C stops it cleanly: it leaves the membership and its grains move to the other silos.
try
{
    RejectUnknownFlags(args);
    HostApplicationBuilder builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = AppContext.BaseDirectory });
    builder.Configuration.AddCommandLine(args, new Dictionary<string, string>(SiloSettings.Flags));
    SiloSettings settings = SiloSettings.Read(builder.Configuration);
    if (settings.Clustering == "redis" || settings.Storage == "redis")
    {
        await RedisConnection.EnsureReachableAsync(settings.Redis, "Silo:Redis");
    }

    builder.Services.Configure<ClusterMembershipOptions>(builder.Configuration.GetSection("Silo:Membership"));
    builder.UseOrleans(silo => silo.Apply(settings));
    using IHost host = builder.Build();
    ILogger log = host.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Soc.Simulation.Silo");
    log.LogInformation("Silo {Address}:{SiloPort}, gateway {GatewayPort}, cluster {ClusterId}/{ServiceId}, clustering {Clustering}, storage {Storage}",
        settings.Address, settings.SiloPort, settings.GatewayPort, settings.ClusterId, settings.ServiceId, settings.Clustering, settings.Storage);
    await host.StartAsync();
    log.LogInformation("Silo started; SIGTERM or Ctrl+C stops it");
    await host.WaitForShutdownAsync();
    log.LogInformation("Silo stopped");
    return 0;
}
catch (SetupException e)
{
    Console.Error.WriteLine($"error: {e.Message}");
    return 2;
}
catch (Exception e) when (InUse(e) is SocketException)
{
    Console.Error.WriteLine($"error: a port of this silo is already in use ({InUse(e)!.Message}); choose others with --silo-port and --gateway-port");
    return 2;
}

// A typo in a flag would otherwise become a configuration key nobody reads, and the silo would start with defaults.
static void RejectUnknownFlags(string[] args)
{
    foreach (string word in args.Where(a => a.StartsWith('-')))
    {
        string name = word.Split('=', 2)[0];
        if (!SiloSettings.Flags.ContainsKey(name) && !name.Contains(':'))
        {
            throw new SetupException($"unknown flag {name}; expected one of {string.Join(", ", SiloSettings.Flags.Keys)} or a configuration key such as --Silo:SiloPort=11111");
        }
    }
}

static SocketException? InUse(Exception? e)
{
    for (; e is not null; e = e.InnerException)
    {
        if (e is SocketException { SocketErrorCode: SocketError.AddressAlreadyInUse } s) return s;
    }

    return null;
}
