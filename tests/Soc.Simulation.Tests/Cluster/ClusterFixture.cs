using Orleans.Configuration;
using Orleans.TestingHost;
using Soc.Simulation.Client.Hosting;

namespace Soc.Simulation.Tests.Cluster;

/// <summary>A 3-silo in-process test cluster shared by the cluster tests: grains spread over silos, calls cross them serialised.</summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    public InProcessTestCluster Cluster { get; private set; } = null!;

    public IGrainFactory Grains => Cluster.Client;

    public async Task InitializeAsync()
    {
        var builder = new InProcessTestClusterBuilder(3);
        builder.Options.ConfigureFileLogging = false;
        // An experiment call lasts as long as its replicates: the embedded silo's timeout, not Orleans' 30 s,
        // which a loaded CI machine can exceed.
        builder.ConfigureSilo((_, silo) => silo
            .AddMemoryGrainStorageAsDefault()
            .AddIncomingGrainCallFilter<ReplicatePlacement>()
            .Configure<SiloMessagingOptions>(o => o.ResponseTimeout = EmbeddedSilo.ExperimentTimeout));
        builder.ConfigureClient(client => client.Configure<ClientMessagingOptions>(o => o.ResponseTimeout = EmbeddedSilo.ExperimentTimeout));
        Cluster = builder.Build();
        await Cluster.DeployAsync();
    }

    public async Task DisposeAsync() => await Cluster.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class ClusterCollection : ICollectionFixture<ClusterFixture>
{
    public const string Name = "cluster";
}
