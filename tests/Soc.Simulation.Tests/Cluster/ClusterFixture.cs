using Orleans.Configuration;
using Orleans.TestingHost;
using Soc.Simulation.Hosting;

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
        // The silos' storage and timeouts are the real ones; only the membership is the test cluster's.
        builder.ConfigureSilo((_, silo) => silo
            .AddSimulationServices(new SiloSettings())
            .AddIncomingGrainCallFilter<ReplicatePlacement>()
            .AddIncomingGrainCallFilter<InjectedFaults>());
        builder.ConfigureClient(client => client.Configure<ClientMessagingOptions>(o => o.ResponseTimeout = ClusterConnection.CallTimeout));
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
