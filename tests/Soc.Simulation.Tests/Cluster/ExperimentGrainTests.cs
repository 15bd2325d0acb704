using Soc.Simulation.Experiments;
using Soc.Simulation.Tests.Simulation;
namespace Soc.Simulation.Tests.Cluster;

/// <summary>The experiment grain's protocol: start once, status, plan, fetch only when complete.</summary>
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
}
