using Soc.Simulation.Abstractions.Scenarios;
using Soc.Simulation.Model.Scenarios;
using Soc.Simulation.Model;

namespace Soc.Simulation.Analysis.Planning;

/// <summary>What <c>socsim plan</c> is asked: the scenario's JSON and overrides, the lever, goal, range, accuracy and replicates.</summary>
public sealed record PlanRequest(string ScenarioJson, string Label, IReadOnlyList<string> Sets, bool Uncertainty, string Vary, string Goal, string? Range, string? Accuracy, ulong Seed, int Replicates)
{
    /// <summary>Checks everything a plan needs before it runs (the scenario, the lever, the goal, the range), with the command line's messages.</summary>
    public (Scenario Scenario, Lever Lever, Goal Goal, double Low, double High, double Accuracy) Check()
    {
        Goal goal = Planning.Goal.Parse(Goal);
        Scenario scenario = ScenarioFile.Parse(ScenarioJson, Label, Sets, Uncertainty);
        if (!scenario.IsSimulation) throw new InputException($"{Label}: plan needs a policy scenario (population, services, behaviour…)");
        Lever lever = Lever.Of(ScenarioJson, Label, Sets, Vary);
        (double low, double high) = lever.Range(Range);
        return (scenario, lever, goal, low, high, lever.Accuracy(Accuracy, low, high));
    }
}
