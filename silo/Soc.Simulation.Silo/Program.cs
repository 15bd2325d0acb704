using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

// A standalone silo on localhost clustering. Ports come from standard .NET configuration:
// --Silo:SiloPort=11111 --Silo:GatewayPort=30000, or SILO__SILOPORT / SILO__GATEWAYPORT.
// Redis clustering and durable grain storage arrive with the cluster work (issue 6).
HostApplicationBuilder builder = Host.CreateApplicationBuilder(args);
int siloPort = builder.Configuration.GetValue("Silo:SiloPort", 11111);
int gatewayPort = builder.Configuration.GetValue("Silo:GatewayPort", 30000);
builder.UseOrleans(silo => silo
    .UseLocalhostClustering(siloPort, gatewayPort)
    .AddMemoryGrainStorageAsDefault());
await builder.Build().RunAsync();
