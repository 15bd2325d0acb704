using System.Diagnostics;
using Soc.Simulation.Client.Experiments;
using Soc.Simulation.Client.Hosting;
using Soc.Simulation.Experiments;
using Soc.Simulation.Hosting;
using Soc.Simulation.Scenarios;
using Soc.Simulation.Simulation;
using Soc.Simulation.Tests.Simulation;
namespace Soc.Simulation.Tests.RedisCluster;

/// <summary>
/// Three silo processes on Redis membership and Redis storage; the one holding the experiment is killed
/// (SIGKILL) mid-run. The experiment must complete on the other two with exactly the embedded run's results.
/// </summary>
[Collection(RedisCollection.Name)]
public class SiloLossTests(RedisServer redis)
{
    private const ulong Seed = 11;
    private const int Replicates = 60;

    [Fact]
    public async Task An_experiment_whose_silo_is_killed_completes_elsewhere_with_the_embedded_results()
    {
        Scenario scenario = Barcelona.Load();
        ReplicateResult[] embedded;
        await using (EmbeddedSilo silo = await EmbeddedSilo.StartAsync())
        {
            embedded = await MonteCarloRunner.OnClusterAsync(silo.Grains, scenario, Seed, Replicates, Barcelona.Silent);
        }

        await using LocalCluster cluster = await LocalCluster.StartAsync(redis, 3);
        await using ClusterConnection client = await cluster.ConnectAsync();
        var announced = new AnnouncedId();
        Task<ReplicateResult[]> run = MonteCarloRunner.OnClusterAsync(client.Grains, scenario, Seed, Replicates, announced, client.Address);

        // Wait until some replicates are done, then kill the silo that holds the experiment grain.
        IExperimentGrain experiment = client.Grains.GetGrain<IExperimentGrain>(await announced.Id.Task.WaitAsync(TimeSpan.FromMinutes(1)));
        ExperimentStatus atKill;
        var clock = Stopwatch.StartNew();
        do
        {
            await Task.Delay(20);
            atKill = await experiment.GetStatusAsync();
        }
        while (atKill.Done < 6 && clock.Elapsed < TimeSpan.FromMinutes(2));

        SiloProcess holder = cluster.SiloAt(atKill.Silo);
        holder.Kill();
        Assert.True(atKill.Done is >= 6 and < Replicates, $"killed at {atKill.Done}/{Replicates} replicates: not mid-run");

        var timeline = new System.Text.StringBuilder();
        using var watching = new CancellationTokenSource();
        Task watch = WatchAsync(experiment, clock, timeline, watching.Token);
        ReplicateResult[] survived;
        try
        {
            survived = await run.WaitAsync(TimeSpan.FromMinutes(4));
        }
        catch (Exception e)
        {
            throw new Xunit.Sdk.XunitException($"the experiment did not complete after the kill at {clock.Elapsed}: {e.Message}\n{timeline}\n{cluster.Logs}");
        }
        finally
        {
            await watching.CancelAsync();
            await watch;
        }

        ExperimentStatus final = await experiment.GetStatusAsync();
        Assert.Equal(ExperimentState.Complete, final.State);
        Assert.True(final.Resumes >= 1, $"the experiment was never resumed: {final}");
        Assert.NotEqual(atKill.Silo, final.Silo);
        ReplicateAssert.Equal(embedded, survived, "3 silos, one killed, vs embedded");
    }

    /// <summary>What the experiment said every second after the kill, for the message of a failure.</summary>
    private static async Task WatchAsync(IExperimentGrain experiment, Stopwatch clock, System.Text.StringBuilder timeline, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            string line;
            try
            {
                line = (await experiment.GetStatusAsync().WaitAsync(TimeSpan.FromSeconds(5), stop)).ToString();
            }
            catch (Exception e)
            {
                line = $"{e.GetType().Name}: {e.Message.Split('\n')[0]}";
            }

            timeline.AppendLine($"{clock.Elapsed.TotalSeconds:0.0}s {line}");
            try
            {
                await Task.Delay(1000, stop);
            }
            catch (OperationCanceledException)
            {
            }
        }
    }

    /// <summary>A silent progress that keeps the experiment id the client announces.</summary>
    private sealed class AnnouncedId() : Progress(TextWriter.Null, false)
    {
        public TaskCompletionSource<string> Id { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public override void Notice(string text) => Id.TrySetResult(text.Split(' ', ':')[1]);
    }
}
