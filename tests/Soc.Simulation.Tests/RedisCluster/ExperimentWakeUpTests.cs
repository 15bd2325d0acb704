using System.Diagnostics;
using Soc.Simulation.Client.Experiments;
using Soc.Simulation.Hosting;
using Soc.Simulation.Tests.Simulation;
using StackExchange.Redis;
using Xunit.Abstractions;
using Soc.Simulation.Abstractions.Experiments;
using Soc.Simulation.Grains.Experiments;
using Soc.Simulation.Abstractions.Scenarios;

namespace Soc.Simulation.Tests.RedisCluster;

/// <summary>
/// An experiment whose silo dies while no client polls it is woken by its reminder (Orleans reminders, kept in Redis)
/// on the silo that is left, and finishes on its own.
/// </summary>
[Collection(WaitingRedisCollection.Name)]
public class ExperimentWakeUpTests(RedisServer redis, ITestOutputHelper log)
{
    private const int Replicates = 40;
    private const ulong Seed = 21;

    [Fact]
    public async Task An_experiment_whose_silo_dies_while_no_client_polls_finishes_on_its_own()
    {
        Scenario scenario = Barcelona.Load("population.monthlyArrivals=250");
        await using LocalCluster cluster = await LocalCluster.StartAsync(redis, 2);
        string id = "wake-" + Guid.NewGuid().ToString("N")[..8];
        ExperimentStatus atKill;
        await using (ClusterConnection client = await cluster.ConnectAsync())
        {
            IExperimentGrain started = client.Grains.GetGrain<IExperimentGrain>(id);
            await started.StartAsync(new ExperimentPlan(scenario, Seed, Replicates));
            do
            {
                await Task.Delay(50);
                atKill = await started.GetStatusAsync();
            }
            while (atKill.Done < 5);
        }

        // The client is gone; from the kill until the end, only Redis is read: nothing calls the experiment.
        var clock = Stopwatch.StartNew();
        SiloProcess holder = cluster.SiloAt(atKill.Silo);
        holder.Kill();
        await using ConnectionMultiplexer store = await ConnectionMultiplexer.ConnectAsync(redis.Endpoint);
        TimeSpan? dead = null;
        while (clock.Elapsed < TimeSpan.FromMinutes(3) && (await RedisTables.ExperimentKeysAsync(store, cluster.Id, id)).Length < Replicates + 2)
        {
            if (dead is null && (await RedisTables.MembersAsync(store.GetDatabase(), cluster.Id, cluster.Id)).Contains((holder.SiloPort, SiloStatus.Dead))) dead = clock.Elapsed;
            await Task.Delay(250);
        }

        TimeSpan stored = clock.Elapsed;
        log.WriteLine($"killed its silo at {atKill.Done}/{Replicates} done: declared dead after {dead?.TotalSeconds:0.0} s; " +
            $"every replicate stored {stored.TotalSeconds:0.0} s after the kill, with no client (the reminder ticks every {ExperimentGrain.WakeUpPeriod.TotalSeconds:0} s)");

        await using ClusterConnection later = await cluster.ConnectAsync();
        IExperimentGrain experiment = later.Grains.GetGrain<IExperimentGrain>(id);
        ExperimentStatus final = await ExperimentWatch.RetryingAsync(experiment.GetStatusAsync);
        Assert.True(final.State == ExperimentState.Complete, $"{final} after {stored}\n{cluster.Logs}");
        Assert.True(final.Resumes >= 1, final.ToString());
        Assert.NotEqual(atKill.Silo, final.Silo);
        ReplicateAssert.Equal(await Barcelona.DirectAsync(scenario, Seed, Replicates), await experiment.FetchAsync(), "woken on the other silo vs the Model alone");
    }
}
