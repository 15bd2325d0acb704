using System.Text;
using Soc.Simulation.Analysis.Comparisons;
using Soc.Simulation.Analysis.Design;
using Soc.Simulation.Abstractions.Scenarios;
using Soc.Simulation.Model.Scenarios;
using Soc.Simulation.Analysis.Summaries;
using Soc.Simulation.Client.Experiments;
using Soc.Simulation.Client.Languages;
using Soc.Simulation.Client.Output;
using Soc.Simulation.Client.Planning;
using Soc.Simulation.Analysis.Projection;
using Soc.Simulation.Client.Report;
using Soc.Simulation.Model.Kpis;
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
    public async Task<IReadOnlyDictionary<string, byte[]>> RunAsync(EngineJob job, RunProgress progress, CancellationToken cancel)
    {
        var reporter = new CallbackProgress(progress.Count);
        switch (job)
        {
            case ExperimentJob e:
            {
                var partial = new PartialProgress(progress, e);
                ReplicateResult[] results = await runner.RunAsync(e.Scenario, e.Seed, e.Replicates, partial, cancel);
                ExperimentSummary summary = ExperimentSummary.Aggregate(e.Scenario.Name, e.Seed, results);
                return InEveryLanguage(OutputSets.Experiment(summary, results, e.Scenario), () => ReportWriter.ForExperiment(summary, e.Scenario));
            }

            case ComparisonJob c:
            {
                var runs = new ReplicateResult[c.Scenarios.Count][];
                var overall = new ScaledProgress(reporter, c.Scenarios.Count);
                for (int i = 0; i < c.Scenarios.Count; i++) runs[i] = await runner.RunAsync(c.Scenarios[i], c.Seed, c.Replicates, overall.Part(i), cancel);
                ComparisonSummary comparison = ComparisonSummary.OfScenarios(c.Seed, c.Scenarios, runs);
                return InEveryLanguage(OutputSets.Comparison(comparison, c.Scenarios), () => ReportWriter.ForComparison(comparison, c.Scenarios));
            }

            case ReplayJob r:
            {
                (ReplayReport report, IReadOnlyList<AwardDecision> decisions) = runner.Grains is null
                    ? DirectReplay.Run(r.Scenario, r.Applications)
                    : await GrainReplay.RunAsync(runner.Grains, r.Scenario, r.Applications, ExperimentWatch.NewId()).WaitAsync(cancel);
                return InEveryLanguage(OutputSets.Replay(report, decisions, r.Scenario, r.RegisterName), () => ReportWriter.ForReplay(report, r.Scenario, r.RegisterName));
            }

            case PlanJob p:
            {
                // Plan counts evaluations, not replicates: the total grows by one until the search ends, as on the console.
                var plan = await PlanRun.RunAsync(p.Request, runner, n => progress.Count(n, n + 1), cancel);
                return InEveryLanguage(PlanRun.Files(plan), () => PlanReport.For(plan.Result, plan.Scenario, plan.Lever));
            }

            case DesignJob d:
            {
                // A design counts designs evaluated, at most the first population, each generation's and the front's check.
                int expected = DesignRun.Expected(d.Request);
                DesignResult result = await DesignRun.RunAsync(d.Request, runner, new DesignRun.NoCache(), n => progress.Count(Math.Min(n, expected - 1), expected), cancel);
                Scenario scenario = ScenarioFile.Parse(d.Request.ScenarioJson, d.Request.Label, d.Request.Sets, d.Request.Uncertainty);
                return InEveryLanguage(OutputSets.Design(result, scenario), () => DesignReport.For(result, scenario));
            }

            case ProjectionJob j:
            {
                ProjectionSummary summary = await CallProjector.ProjectAsync(j.Scenario, j.Applications, j.AsOf, j.Seed, j.Replicates, null, runner.ProjectAsync).WaitAsync(cancel);
                return InEveryLanguage(OutputSets.Projection(summary, j.Scenario), () => ReportWriter.ForProjection(summary, j.Scenario));
            }

            default:
                throw new ArgumentException($"no engine for {job.GetType().Name}");
        }
    }

    /// <summary>
    /// The command line's files (English: the same bytes as <c>socsim</c> without --lang), and report.html and the
    /// charts again in Catalan and Spanish under <c>ca/</c> and <c>es/</c>, so that a download follows the page's
    /// language (<see cref="RunFiles"/>). The machine files (JSON, CSV, spreadsheets) are the same in every language.
    /// </summary>
    private static IReadOnlyDictionary<string, byte[]> InEveryLanguage(OutputFiles files, Func<HtmlReport> report)
    {
        var all = new Dictionary<string, byte[]>(files.Contents, StringComparer.Ordinal);
        foreach (Language language in RunFiles.Translated)
        {
            using (Say.In(language))
            {
                foreach ((string name, byte[] content) in report().Files()) all[RunFiles.In(language, name)] = content;
            }
        }

        return all;
    }

    /// <summary>Progress for the web app's queue: (done, total) to a callback, nothing on a console.</summary>
    private class CallbackProgress(Action<int, int> report) : Progress(TextWriter.Null, false)
    {
        public override void Report(int done, int total) => report(done, total);

        public override void Done(int total) => report(total, total);

        public override void Notice(string text)
        {
        }
    }

    /// <summary>
    /// A Monte Carlo run's progress with its partial results: the summary results.json would hold over the replicates
    /// done so far (the same <see cref="ExperimentSummary.Aggregate"/>, the same JSON writer).
    /// </summary>
    private sealed class PartialProgress(RunProgress progress, ExperimentJob job) : CallbackProgress(progress.Count)
    {
        public override bool WantsPartial => true;

        public override void Partial(IReadOnlyList<ReplicateResult> done, int total)
        {
            if (done.Count == 0 || done.Count == total) return;
            ExperimentSummary summary = ExperimentSummary.Aggregate(job.Scenario.Name, job.Seed, done);
            progress.Partial(new PartialResults(done.Count, total, Encoding.UTF8.GetBytes(OutputSets.Json(summary))));
        }
    }
}
