using Orleans.Concurrency;
using Soc.Simulation.Hosting;
using Soc.Simulation.Abstractions.Portfolio;
using Soc.Simulation.Tests.Cli;
using Soc.Simulation.Tests.Cluster;

namespace Soc.Simulation.Tests.RedisCluster;

/// <summary>Portfolios on three silo processes: the same decisions, lines and de minimis ledgers as the Model alone.</summary>
[Collection(RedisCollection.Name)]
public class PortfolioClusterTests(RedisServer redis)
{
    [Fact]
    public async Task Three_portfolios_at_once_on_three_silos_each_equal_the_model_alone_and_socsim_writes_the_embedded_files()
    {
        (Abstractions.Portfolio.Portfolio portfolio, CallRegister[] registers) = PortfolioGrainTests.TwoEditions();
        string expected = PortfolioGrainTests.Json(PortfolioGrainTests.Direct(portfolio, registers));
        await using LocalCluster cluster = await LocalCluster.StartAsync(redis, 3);
        await using (ClusterConnection client = await cluster.ConnectAsync())
        {
            // Random placement spreads the portfolio grains (and the calls, lines and employers each gathers) over the silos.
            PortfolioResult[] results = [.. (await Task.WhenAll(Enumerable.Range(0, 3).Select(i =>
                client.Grains.GetGrain<IPortfolioGrain>($"cluster-portfolio-{i}-{Guid.NewGuid():N}").RunAsync(portfolio, registers.AsImmutable()))))
                .Select(r => r.Value)];
            Assert.All(results, r => Assert.Equal(expected, PortfolioGrainTests.Json(r)));
        }

        string direct = TestPaths.TempDir(), onCluster = TestPaths.TempDir();
        Assert.Equal(0, (await SocSimRunner.RunAsync("portfolio", PortfolioCommandTests.Shipped, "--backend", "direct", "--out", direct)).Exit);
        var (exit, _, stderr) = await SocSimRunner.RunAsync("portfolio", PortfolioCommandTests.Shipped, "--cluster", cluster.Address, "--out", onCluster);
        Assert.True(exit == 0, stderr + cluster.Logs);
        EmbeddedRun.AssertSameFiles(direct, onCluster, PortfolioCommandTests.Files);
    }
}
