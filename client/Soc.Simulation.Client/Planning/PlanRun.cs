using Soc.Simulation.Analysis.Planning;
using Soc.Simulation.Client.Experiments;
using Soc.Simulation.Client.Output;
using Soc.Simulation.Abstractions.Scenarios;
using Soc.Simulation.Model.Scenarios;

namespace Soc.Simulation.Client.Planning;

/// <summary>
/// One plan, run on a replicate runner: the command line and the web app both run it here, so the same request gives
/// the same plan.json. <c>evaluated</c> is told how many evaluations are done after each one.
/// </summary>
public static class PlanRun
{
    public static async Task<(PlanResult Result, Scenario Scenario, Lever Lever)> RunAsync(PlanRequest request, ReplicateRunner runner, Action<int> evaluated, CancellationToken cancel)
    {
        (Scenario scenario, Lever lever, Goal goal, double low, double high, double accuracy) = request.Check();
        int evaluations = 0;
        var seeker = new GoalSeeker(goal, async (x, s, n) =>
        {
            // Each variant is validated like a user's --set: a lever value that breaks the scenario stops the plan.
            Scenario variant = ScenarioFile.Parse(request.ScenarioJson, request.Label, [.. request.Sets, lever.Assignment(x)], request.Uncertainty) with { Name = scenario.Name };
            var runs = await runner.RunAsync(variant, s, n, new Progress(TextWriter.Null, false), cancel);
            evaluated(++evaluations);
            return runs;
        }, request.Seed, request.Replicates);
        PlanResult result = await seeker.SeekAsync(request.Vary, low, high, lever.Integer, accuracy);
        return (result, scenario, lever);
    }

    /// <summary>The plan's files: plan.json, plan.xlsx, the goal-seek chart and report.html.</summary>
    public static OutputFiles Files((PlanResult Result, Scenario Scenario, Lever Lever) plan) => OutputSets.Plan(plan.Result, plan.Scenario, plan.Lever);
}
