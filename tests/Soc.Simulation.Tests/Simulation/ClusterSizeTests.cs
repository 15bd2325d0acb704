using Orleans.Configuration;
using Orleans.TestingHost;
using Soc.Simulation.Client.Experiments;
using Soc.Simulation.Hosting;
using Soc.Simulation.Tests.Cluster;
using Soc.Simulation.Abstractions.Scenarios;
using Soc.Simulation.Abstractions.Simulation;
using Soc.Simulation.Grains.Simulation;
using Soc.Simulation.Model.Simulation;

namespace Soc.Simulation.Tests.Simulation;

/// <summary>
/// The experiment grain gives the same replicates on one silo, on three silos (grains spread over them, calls
/// serialised between them) and with the Model alone in this process.
/// </summary>
[Collection(ClusterCollection.Name)]
public class ClusterSizeTests(ClusterFixture threeSilos)
{
    private const ulong Seed = 7;
    // With random placement over 3 silos, all 12 replicates land on one silo with probability 3 × 3^-12 ≈ 6e-6.
    private const int Replicates = 12;

    [Fact]
    public async Task Replicates_are_identical_on_one_silo_on_three_silos_and_without_orleans()
    {
        Assert.Equal(3, threeSilos.Cluster.GetActiveSilos().Count());
        // Barcelona as shipped, a smaller one whose budget surely runs out, so that the exhaustion date and the
        // waiting list are compared too, and a larger one whose districts need two cohort grains (CohortGroups).
        Scenario[] scenarios =
        [
            Barcelona.Load(), Barcelona.Load("population.monthlyArrivals=800", "call.budgetEur=400000"), Barcelona.Load("population.monthlyArrivals=12000"),
        ];
        Assert.Equal([1, 1, 2], scenarios.Select(s => CohortGroups.For(new SimulationSetup(s, Seed, 0)).Length));
        ReplicateResult[][] direct = await Task.WhenAll(scenarios.Select(s => Barcelona.DirectAsync(s, Seed, Replicates)));
        Assert.Contains(direct[1], r => r.ExhaustedOn is not null);
        Assert.Contains(direct[1], r => r.Kpi("applicationsRefusedBudget") > 0);

        var onThree = new List<ReplicateResult[]>();
        foreach (Scenario s in scenarios)
        {
            onThree.Add(await MonteCarloRunner.OnClusterAsync(threeSilos.Grains, s, Seed, Replicates, Barcelona.Silent));
        }

        // The silo that ran each replicate's simulation grain (noted by the cluster's call filter): more than one,
        // so the 3-silo run did cross silos. Its grains deactivate when the replicate ends, so they cannot be counted after.
        string[] hosts = [.. ReplicatePlacement.Silos.Values.Distinct()];
        Assert.True(hosts.Length >= 2, $"the replicates' grains ran on {hosts.Length} silo(s)");

        var onOne = new List<ReplicateResult[]>();
        InProcessTestCluster oneSilo = await StartOneSiloAsync();
        try
        {
            Assert.Single(oneSilo.GetActiveSilos());
            foreach (Scenario s in scenarios)
            {
                onOne.Add(await MonteCarloRunner.OnClusterAsync(oneSilo.Client, s, Seed, Replicates, Barcelona.Silent));
            }
        }
        finally
        {
            await oneSilo.DisposeAsync();
        }

        for (int i = 0; i < scenarios.Length; i++)
        {
            ReplicateAssert.Equal(direct[i], onThree[i], $"scenario {i}: 3 silos vs direct");
            ReplicateAssert.Equal(direct[i], onOne[i], $"scenario {i}: 1 silo vs direct");
            ReplicateAssert.Equal(onOne[i], onThree[i], $"scenario {i}: 1 silo vs 3 silos");
        }
    }

    /// <summary>The silo configuration of <see cref="ClusterFixture"/>, on one silo.</summary>
    private static async Task<InProcessTestCluster> StartOneSiloAsync()
    {
        var builder = new InProcessTestClusterBuilder(1);
        builder.Options.ConfigureFileLogging = false;
        builder.ConfigureSilo((_, silo) => silo.AddSimulationServices(new SiloSettings()));
        builder.ConfigureClient(client => client.Configure<ClientMessagingOptions>(o => o.ResponseTimeout = ClusterConnection.CallTimeout));
        InProcessTestCluster cluster = builder.Build();
        await cluster.DeployAsync();
        return cluster;
    }
}
