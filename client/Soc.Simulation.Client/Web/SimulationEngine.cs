using Soc.Simulation.Analysis.Comparisons;
using Soc.Simulation.Client.Experiments;
using Soc.Simulation.Client.Output;
using Soc.Simulation.Client.Planning;
using Soc.Simulation.Analysis.Projection;
using Soc.Simulation.Web.Engine;
using Soc.Simulation.Abstractions.GrantCall;
using Soc.Simulation.Model.Register;
using Soc.Simulation.Grains.Register;
using Soc.Simulation.Model.Results;
using Soc.Simulation.Abstractions.Simulation;

namespace Soc.Simulation.Client.Web;

/// <summary>
/// The web app's engine: runs its jobs on the command line's replicate runner (embedded silo or cluster) and writes
/// their files with the command line's <see cref="OutputSets"/>, so a run asked for through the web gives the
/// bytes <c>socsim run</c>, <c>compare</c>, <c>run --registry</c>, <c>plan</c> and <c>project</c> write for the same inputs.
/// </summary>
public sealed class SimulationEngine(ReplicateRunner runner) : ISimulationEngine
{
    public async Task<IReadOnlyDictionary<string, byte[]>> RunAsync(EngineJob job, Action<int, int> progress, CancellationToken cancel)
    {
        var reporter = new CallbackProgress(progress);
        switch (job)
        {
            case ExperimentJob e:
            {
                ReplicateResult[] results = await runner.RunAsync(e.Scenario, e.Seed, e.Replicates, reporter).WaitAsync(cancel);
                return ExperimentOutput.Files(e.Scenario, e.Seed, results).Contents;
            }

            case ComparisonJob c:
            {
                var runs = new ReplicateResult[c.Scenarios.Count][];
                var overall = new ScaledProgress(reporter, c.Scenarios.Count);
                for (int i = 0; i < c.Scenarios.Count; i++) runs[i] = await runner.RunAsync(c.Scenarios[i], c.Seed, c.Replicates, overall.Part(i)).WaitAsync(cancel);
                return OutputSets.Comparison(ComparisonSummary.OfScenarios(c.Seed, c.Scenarios, runs), c.Scenarios).Contents;
            }

            case ReplayJob r:
            {
                (ReplayReport report, IReadOnlyList<AwardDecision> decisions) = runner.Grains is null
                    ? DirectReplay.Run(r.Scenario, r.Applications)
                    : await GrainReplay.RunAsync(runner.Grains, r.Scenario, r.Applications, ExperimentWatch.NewId()).WaitAsync(cancel);
                return OutputSets.Replay(report, decisions, r.Scenario, r.RegisterName).Contents;
            }

            case PlanJob p:
            {
                // Plan counts evaluations, not replicates: the total grows by one until the search ends, as on the console.
                var plan = await PlanRun.RunAsync(p.Request, runner, n => progress(n, n + 1)).WaitAsync(cancel);
                return PlanRun.Files(plan).Contents;
            }

            case ProjectionJob j:
            {
                ProjectionSummary summary = await CallProjector.ProjectAsync(j.Scenario, j.Applications, j.AsOf, j.Seed, j.Replicates, null, runner.ProjectAsync).WaitAsync(cancel);
                return OutputSets.Projection(summary, j.Scenario).Contents;
            }

            default:
                throw new ArgumentException($"no engine for {job.GetType().Name}");
        }
    }

    /// <summary>Progress for the web app's queue: (done, total) to a callback, nothing on a console.</summary>
    private sealed class CallbackProgress(Action<int, int> report) : Progress(TextWriter.Null, false)
    {
        public override void Report(int done, int total) => report(done, total);

        public override void Done(int total) => report(total, total);

        public override void Notice(string text)
        {
        }
    }
}
