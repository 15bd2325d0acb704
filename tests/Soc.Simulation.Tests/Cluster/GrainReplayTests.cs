using Orleans.Concurrency;
using Soc.Simulation.Abstractions.Budget;
using Soc.Simulation.Abstractions.GrantCall;
using Soc.Simulation.Model.Randomness;
using Soc.Simulation.Model.Register;
using Soc.Simulation.Grains.Register;
using Soc.Simulation.Model.Results;
using Soc.Simulation.Abstractions.Scenarios;
using Soc.Simulation.Model.Scenarios;
using Soc.Simulation.Abstractions;

namespace Soc.Simulation.Tests.Cluster;

[Collection(ClusterCollection.Name)]
public class GrainReplayTests(ClusterFixture fixture)
{
    private static readonly Scenario Baseline = ScenarioFile.Load(TestPaths.Baseline);

    private static readonly IReadOnlyList<Application> Sample = RegisterReader.ReadFile(TestPaths.SampleRegister);

    private static string NewCallId() => Guid.NewGuid().ToString("N");

    [Fact]
    public async Task Replay_through_grains_gives_exactly_the_decisions_and_books_of_the_model_alone()
    {
        var (direct, directDecisions) = DirectReplay.Run(Baseline, Sample);
        var (viaGrains, grainDecisions) = await GrainReplay.RunAsync(fixture.Grains, Baseline, Sample, NewCallId());

        Assert.Equal(directDecisions, grainDecisions);
        Assert.Equal(direct.Kpis, viaGrains.Kpis);
        Assert.Equal(Flatten(direct), Flatten(viaGrains));
        // The sample exercises the waiting list and reassignment, so this compares more than first decisions.
        Assert.True(direct.Kpis.GrantedOnReassignment > 0 && direct.Kpis.RefusedBudget > 0);
    }

    [Fact]
    public async Task Registrations_arriving_in_any_batches_and_order_day_by_day_give_the_sequential_decisions()
    {
        var (_, sequential) = DirectReplay.Run(Baseline, Sample);
        string runId = NewCallId();
        IGrantCallGrain call = fixture.Grains.GetGrain<IGrantCallGrain>(GrainKeys.Child(runId, "call"));
        await call.OpenAsync(Baseline.Call, 2023, alone: true);
        var rng = new RandomStream(42);

        // Each day, every employer's applications of that day arrive as their own batch, all concurrently and in a
        // shuffled order, then the clock moves past the day.
        foreach (IGrouping<DateOnly, Application> day in Sample.GroupBy(a => a.RegisteredOn).OrderBy(g => g.Key))
        {
            Task[] filings = [.. day.GroupBy(a => a.EmployerId)
                .OrderBy(_ => rng.NextUInt64())
                .Select(hires => call.RegisterAsync(hires.OrderBy(_ => rng.NextUInt64()).ToArray().AsImmutable()))];
            await Task.WhenAll(filings);
            await call.RegisterAndAdvanceAsync(Array.Empty<Application>().AsImmutable(), day.Key);
        }

        await call.FinishAsync();
        Assert.Equal(sequential, (await call.GetDecisionsAsync()).Value);
        await call.CloseAsync();
    }

    [Fact]
    public async Task A_line_grain_refuses_a_settlement_beyond_its_allocation_or_from_a_stale_reading_and_books_none_of_it()
    {
        IBudgetLineGrain line = fixture.Grains.GetGrain<IBudgetLineGrain>(GrainKeys.LineYear(NewCallId(), 2023, "L1"));
        var day = new DateOnly(2023, 1, 1);
        await line.OpenAsync(new LedgerPosting(day, "L1", PostingKind.Allocation, 100m, null));

        AuthorityAnswer tooMuch = await line.SettleAsync("c", 0, new[]
        {
            new LedgerPosting(day, "L1", PostingKind.Commitment, 60m, "A"),
            new LedgerPosting(day, "L1", PostingKind.Commitment, 40.01m, "B"),
        }.AsImmutable());
        Assert.False(tooMuch.Accepted);
        Assert.Contains("out of bounds", tooMuch.Refusal);
        Assert.Equal(new LineBalanceReading(100m, 0m, 0m, 0m, 0), await line.GetBalanceAsync());

        Assert.True((await line.SettleAsync("c", 0, new[] { new LedgerPosting(day, "L1", PostingKind.Commitment, 60m, "A") }.AsImmutable())).Accepted);
        AuthorityAnswer stale = await line.SettleAsync("d", 0, new[] { new LedgerPosting(day, "L1", PostingKind.Commitment, 1m, "C") }.AsImmutable());
        Assert.False(stale.Accepted);
        Assert.Contains("another call has moved it", stale.Refusal);
        Assert.Equal(new LineBalanceReading(100m, 60m, 60m, 0m, 1), await line.GetBalanceAsync());
    }

    private static string Flatten(ReplayReport report) =>
        string.Join("\n", report.BudgetLines.SelectMany(l => l.Months).Select(m => m.ToString()));
}
