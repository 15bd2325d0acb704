using Soc.Simulation.Tests.Simulation;
using Soc.Simulation.Abstractions.Experiments;
namespace Soc.Simulation.Tests.Cluster;

/// <summary>
/// The experiment grain's protocol: start once, status, plan, fetch only when complete; a replicate the cluster
/// failed is run again, one that fails by itself fails the experiment at once; a failed experiment resumes.
/// </summary>
[Collection(ClusterCollection.Name)]
public class ExperimentGrainTests(ClusterFixture fixture)
{
    [Fact]
    public async Task An_experiment_never_started_is_unknown_and_cannot_be_fetched()
    {
        IExperimentGrain experiment = fixture.Grains.GetGrain<IExperimentGrain>("never-" + Guid.NewGuid().ToString("N"));
        Assert.Equal(ExperimentState.Unknown, (await experiment.GetStatusAsync()).State);
        Assert.Null(await experiment.GetPlanAsync());
        await Assert.ThrowsAsync<InvalidOperationException>(experiment.FetchAsync);
    }

    [Fact]
    public async Task Starting_again_changes_nothing_and_the_results_come_in_replicate_order()
    {
        IExperimentGrain experiment = fixture.Grains.GetGrain<IExperimentGrain>("twice-" + Guid.NewGuid().ToString("N"));
        await experiment.StartAsync(new ExperimentPlan(Barcelona.Load(), 3, 4));
        await experiment.StartAsync(new ExperimentPlan(Barcelona.Load(), 9, 7));
        Assert.Equal(4, (await experiment.GetPlanAsync())!.Count);

        ExperimentStatus status;
        do
        {
            await Task.Delay(50);
            status = await experiment.GetStatusAsync();
        }
        while (status.State == ExperimentState.Running);

        Assert.Equal(ExperimentState.Complete, status.State);
        Assert.Equal((4, 4, 0, 0), (status.Done, status.Count, status.Resumes, status.Retries));
        ReplicateAssert.Equal(await Barcelona.DirectAsync(Barcelona.Load(), 3, 4), await experiment.FetchAsync(), "fetched vs direct");
    }

    [Fact]
    public async Task A_replicate_that_cannot_reach_its_silo_is_run_again()
    {
        string id = "unreachable-" + Guid.NewGuid().ToString("N");
        InjectedFaults.Faults[id] = (replicate, attempt) => replicate == 1 && attempt <= 2 ? new SiloUnavailableException("injected: the silo went away") : null;
        IExperimentGrain experiment = fixture.Grains.GetGrain<IExperimentGrain>(id);
        await experiment.StartAsync(new ExperimentPlan(Barcelona.Load(), 3, 4));
        ExperimentStatus status = await EndAsync(experiment);
        Assert.Equal((ExperimentState.Complete, 2), (status.State, status.Retries));
        ReplicateAssert.Equal(await Barcelona.DirectAsync(Barcelona.Load(), 3, 4), await experiment.FetchAsync(), "retried vs direct");
    }

    [Fact]
    public async Task A_replicate_that_throws_fails_the_experiment_at_once_and_resume_runs_only_the_rest()
    {
        string id = "bug-" + Guid.NewGuid().ToString("N");
        InjectedFaults.Faults[id] = (replicate, _) => replicate == 2 ? new InvalidOperationException("injected bug\nsecond line") : null;
        IExperimentGrain experiment = fixture.Grains.GetGrain<IExperimentGrain>(id);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        await experiment.StartAsync(new ExperimentPlan(Barcelona.Load(), 3, 5, InFlight: 1));
        ExperimentStatus failed = await EndAsync(experiment);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"failed after {clock.Elapsed}");
        Assert.Equal((ExperimentState.Failed, 0, 2), (failed.State, failed.Retries, failed.Done));
        Assert.Equal("replicate 2 failed: InvalidOperationException: injected bug", failed.Error);

        // The bug is fixed: the two stored replicates are kept, the other three run.
        InjectedFaults.Faults.TryRemove(id, out _);
        await experiment.ResumeAsync();
        ExperimentStatus resumed = await EndAsync(experiment);
        Assert.Equal((ExperimentState.Complete, 5, 1, null), (resumed.State, resumed.Done, resumed.Resumes, resumed.Error));
        ReplicateAssert.Equal(await Barcelona.DirectAsync(Barcelona.Load(), 3, 5), await experiment.FetchAsync(), "resumed vs direct");
    }

    private static async Task<ExperimentStatus> EndAsync(IExperimentGrain experiment)
    {
        ExperimentStatus status;
        do
        {
            await Task.Delay(50);
            status = await experiment.GetStatusAsync();
        }
        while (status.State == ExperimentState.Running);

        return status;
    }
}
