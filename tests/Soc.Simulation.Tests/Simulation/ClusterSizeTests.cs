using Orleans.Configuration;
using Orleans.TestingHost;
using Soc.Simulation.Client.Experiments;
using Soc.Simulation.Scenarios;
using Soc.Simulation.Simulation;
using Soc.Simulation.Tests.Cluster;

namespace Soc.Simulation.Tests.Simulation;

/// <summary>
/// The experiment grain gives the same replicates on one silo, on three silos (grains spread over them, calls
/// serialised between them) and with the Model alone in this process.
/// </summary>
[Collection(ClusterCollection.Name)]
public class ClusterSizeTests(ClusterFixture threeSilos)
{
    private const ulong Seed = 7;
    private const int Replicates = 3;
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    [Fact]
    public async Task Replicates_are_identical_on_one_silo_on_three_silos_and_without_orleans()
    {
        // Smaller than Barcelona, with a budget that runs out, so the exhaustion date and the waiting list are compared too.
        Scenario scenario = Barcelona.Load("population.monthlyArrivals=800", "call.budgetEur=400000");
        ReplicateResult[] direct = await Barcelona.DirectAsync(scenario, Seed, Replicates);
        Assert.Contains(direct, r => r.ExhaustedOn is not null);
        Assert.Contains(direct, r => r.Kpi("applicationsRefusedBudget") > 0);

        Assert.Equal(3, threeSilos.Cluster.GetActiveSilos().Count());
        ReplicateResult[] onThree = await MonteCarloRunner.OnClusterAsync(threeSilos.Grains, scenario, Seed, Replicates, Barcelona.Silent);

        ReplicateResult[] onOne;
        InProcessTestCluster oneSilo = await StartOneSiloAsync();
        try
        {
            Assert.Single(oneSilo.GetActiveSilos());
            onOne = await MonteCarloRunner.OnClusterAsync(oneSilo.Client, scenario, Seed, Replicates, Barcelona.Silent);
        }
        finally
        {
            await oneSilo.DisposeAsync();
        }

        ReplicateAssert.Equal(direct, onThree, "3 silos vs direct");
        ReplicateAssert.Equal(direct, onOne, "1 silo vs direct");
        ReplicateAssert.Equal(onOne, onThree, "1 silo vs 3 silos");
    }

    /// <summary>The silo configuration of <see cref="ClusterFixture"/> on one silo, with the long timeout of the embedded silo.</summary>
    private static async Task<InProcessTestCluster> StartOneSiloAsync()
    {
        var builder = new InProcessTestClusterBuilder(1);
        builder.Options.ConfigureFileLogging = false;
        builder.ConfigureSilo((_, silo) => silo
            .AddMemoryGrainStorageAsDefault()
            .Configure<SiloMessagingOptions>(o => o.ResponseTimeout = Timeout));
        builder.ConfigureClient(client => client.Configure<ClientMessagingOptions>(o => o.ResponseTimeout = Timeout));
        InProcessTestCluster cluster = builder.Build();
        await cluster.DeployAsync();
        return cluster;
    }
}
