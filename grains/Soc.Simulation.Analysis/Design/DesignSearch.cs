using Soc.Simulation.Abstractions.Scenarios;
using Soc.Simulation.Abstractions.Simulation;
using Soc.Simulation.Analysis.Comparisons;
using Soc.Simulation.Analysis.Planning;
using Soc.Simulation.Analysis.Summaries;
using Soc.Simulation.Model;
using Soc.Simulation.Model.Scenarios;

namespace Soc.Simulation.Analysis.Design;

/// <summary>What a design search is asked: the scenario as text with its <c>--set</c>s, the problem and the search's settings.</summary>
public sealed record DesignRequest(
    string ScenarioJson, string Label, IReadOnlyList<string> Sets, bool Uncertainty, DesignProblem Problem, ulong Seed, int Replicates, Nsga2Options Search)
{
    /// <summary>
    /// A design as <c>socsim design</c>'s options give it (and the web app's form), checked before anything runs: a policy
    /// scenario, every value a lever can take, every KPI an objective or a constraint names, an even population. Each
    /// mistake is an <see cref="InputException"/> that starts with the option it is about.
    /// </summary>
    public static DesignRequest Of(string scenarioJson, string label, IReadOnlyList<string> sets, bool uncertainty, IReadOnlyList<string> levers,
        IReadOnlyList<string> objectives, IReadOnlyList<string> constraints, int population, int generations, ulong seed, int replicates)
    {
        Scenario scenario = ScenarioFile.Parse(scenarioJson, label, sets, uncertainty);
        if (!scenario.IsSimulation) throw new InputException($"{label}: design needs a policy scenario (population, services, behaviour…)");
        if (population < 4 || population % 2 != 0) throw new InputException($"--population: expected an even number from 4, got {population}");
        if (generations < 1) throw new InputException($"--generations: expected 1 or more, got {generations}");
        DesignLever[] parsedLevers = [.. levers.Select(l => DesignLever.Parse(l, scenarioJson, label, sets))];
        IReadOnlyList<string> kpis = Screening.Sensitivity.KpiNames(scenario);
        DesignObjective[] parsedObjectives = [.. objectives.Select(o => DesignObjective.Parse(o, [.. kpis]))];
        DesignConstraint[] parsedConstraints = [.. constraints.Select(c => DesignConstraint.Parse(c, parsedLevers))];
        foreach (DesignConstraint c in parsedConstraints.Where(c => c.Goal is not null && !kpis.Contains(c.Goal.Kpi)))
        {
            throw new InputException($"--constraint {c.Text}: unknown KPI '{c.Goal!.Kpi}'; KPIs are {string.Join(", ", kpis)}");
        }

        return new DesignRequest(scenarioJson, label, sets, uncertainty, new DesignProblem(parsedLevers, parsedObjectives, parsedConstraints), seed, replicates,
            new Nsga2Options(population, generations, Seed: seed));
    }
}

/// <summary>One constraint as a design met it: the value (a lever's, or the statistic's mean), the value planned with (the cautious 95 % bound on the output), and whether that meets it.</summary>
public sealed record ConstraintOutcome(string Constraint, double Value, double Cautious, bool Met);

/// <summary>
/// One design, evaluated: its levers as <c>--set</c> assignments and genes, its score (objectives as the search
/// minimises them, and the constraints' violation), each objective's mean with its 95 % interval (over the parameter
/// draws and the Monte Carlo error, H6), each constraint, and whether it ran (a design that breaks a lever's constraint
/// is not simulated). The check of a front design also holds <see cref="VersusScenario"/>: each objective's paired
/// difference from the scenario's own call (its levers as the scenario sets them), on the same random numbers and
/// parameter draws, so the interval is that of the difference, far narrower than each design's own.
/// </summary>
public sealed record DesignOutcome(string[] Assignments, double[] Genes, DesignEvaluation Score, KpiEstimate[] Objectives, ConstraintOutcome[] Constraints, bool Simulated,
    KpiDifference[]? VersusScenario = null)
{
    public bool Feasible => Score.Feasible;
}

/// <summary>A design of the Pareto front, as the search found it and as the check with fresh seeds and twice the replicates found it.</summary>
public sealed record DesignFrontPoint(DesignOutcome Search, DesignOutcome Check)
{
    /// <summary>Whether the check meets every constraint at its cautious bound.</summary>
    public bool CheckMet => Check.Feasible;
}

/// <summary>
/// The outcome of a design search: what was asked, how much it cost (designs evaluated, simulations), the Pareto front
/// of the feasible designs with each point's check, and every design evaluated.
/// </summary>
public sealed record DesignResult(
    string Scenario,
    IReadOnlyList<string> Levers,
    IReadOnlyList<string> Objectives,
    IReadOnlyList<string> Constraints,
    ulong Seed,
    int Replicates,
    int PopulationSize,
    int Generations,
    int Evaluations,
    int Simulations,
    ulong CheckSeed,
    int CheckReplicates,
    IReadOnlyList<DesignFrontPoint> Front,
    IReadOnlyList<DesignOutcome> Evaluated,
    ScenarioCallOutcome? ScenarioCall = null)
{
    /// <summary>How many points of the front the check confirms (every constraint met at its cautious bound with fresh seeds).</summary>
    public int FrontConfirmed => Front.Count(p => p.CheckMet);
}

/// <summary>
/// The scenario's own call (its levers as the scenario file sets them) on the check's seeds and replicates: each
/// objective, and each constraint on the output at its cautious bound — what the front's designs are measured against.
/// A constraint on a lever is not listed: the scenario's value need not lie in the lever's range.
/// </summary>
public sealed record ScenarioCallOutcome(KpiEstimate[] Objectives, ConstraintOutcome[] Constraints);

/// <summary>Designs already evaluated, kept so that an interrupted search resumes where it stopped (the search replays the same path).</summary>
public interface IDesignCache
{
    DesignOutcome? Find(string key);

    void Save(string key, DesignOutcome outcome);
}

/// <summary>
/// A call's design: NSGA-II over the levers (<see cref="Nsga2"/>), every design simulated with the same seed (common
/// random numbers, and the same parameter draws, H6) and scored by its objectives' means and its constraints at their
/// cautious bound; then every design of the Pareto front is run again with fresh seeds and twice the replicates (the
/// check), so that what is shown is not the luck of the seed the search used. <c>run</c> runs replicates wherever the
/// caller chooses (the Model alone, an embedded silo or a cluster).
/// </summary>
public static class DesignSearch
{
    /// <summary>The check's seed: fresh, and the same for every point of the front.</summary>
    public static ulong CheckSeedOf(ulong seed) => seed + 1000;

    public static async Task<DesignResult> RunAsync(DesignRequest request, Func<Scenario, ulong, int, Task<ReplicateResult[]>> run, IDesignCache cache,
        Action<int> evaluated, CancellationToken cancel = default)
    {
        DesignProblem problem = request.Problem;
        Scenario baseScenario = ScenarioFile.Parse(request.ScenarioJson, request.Label, request.Sets, request.Uncertainty);
        var outcomes = new Dictionary<string, DesignOutcome>(StringComparer.Ordinal);
        int simulations = 0, done = 0;

        async Task<DesignOutcome> EvaluateAsync(double[] genes, ulong seed, int replicates, string key, ScenarioCallRuns? reference = null)
        {
            if (cache.Find(key) is not DesignOutcome outcome)
            {
                string[] assignments = problem.Assignments(genes);
                ReplicateResult[]? runs = null;
                if (!problem.BreaksALever(genes))
                {
                    // Each design is validated like a user's --set: a value that breaks the scenario stops the search.
                    Scenario variant = ScenarioFile.Parse(request.ScenarioJson, request.Label, [.. request.Sets, .. problem.Sets(genes)], request.Uncertainty) with { Name = baseScenario.Name };
                    runs = await run(variant, seed, replicates);
                }

                outcome = Outcome(problem, genes, assignments, runs);
                if (runs is not null && reference is not null) outcome = outcome with { VersusScenario = reference.Versus(problem, runs, seed) };
                cache.Save(key, outcome);
            }

            if (outcome.Simulated) simulations += replicates;
            evaluated(++done);
            return outcome;
        }

        Nsga2Result search = await Nsga2.RunAsync(problem.Genes, async designs =>
        {
            var scores = new List<DesignEvaluation>(designs.Count);
            foreach (double[] genes in designs)
            {
                cancel.ThrowIfCancellationRequested();
                DesignOutcome outcome = await EvaluateAsync(genes, request.Seed, request.Replicates, Nsga2.Key(genes));
                outcomes[Nsga2.Key(genes)] = outcome;
                scores.Add(outcome.Score);
            }

            return scores;
        }, request.Search, cancel);

        ulong checkSeed = CheckSeedOf(request.Seed);
        var front = new List<DesignFrontPoint>(search.Front.Count);
        // The scenario's own call on the check's seeds: what each front design changes, paired replicate by replicate.
        ScenarioCallRuns? reference = null;
        if (search.Front.Count > 0)
        {
            reference = new ScenarioCallRuns(await run(baseScenario, checkSeed, 2 * request.Replicates), checkSeed);
            simulations += 2 * request.Replicates;
        }

        foreach (DesignPoint point in search.Front)
        {
            cancel.ThrowIfCancellationRequested();
            string key = Nsga2.Key(point.Genes);
            front.Add(new DesignFrontPoint(outcomes[key], await EvaluateAsync(point.Genes, checkSeed, 2 * request.Replicates, "check:" + key, reference)));
        }

        return new DesignResult(baseScenario.Name, [.. problem.Levers.Select(l => l.Text)], [.. problem.Objectives.Select(o => o.ToString())],
            [.. problem.Constraints.Select(c => c.Text)], request.Seed, request.Replicates, request.Search.PopulationSize, search.Generations,
            search.Evaluations, simulations, checkSeed, 2 * request.Replicates, front,
            [.. outcomes.Values.OrderBy(o => Nsga2.Key(o.Genes), StringComparer.Ordinal)],
            reference?.Outcome(problem));
    }

    /// <summary>A design's outcome from its replicates (null: not simulated, as it breaks a lever's constraint).</summary>
    public static DesignOutcome Outcome(DesignProblem problem, double[] genes, string[] assignments, IReadOnlyList<ReplicateResult>? runs)
    {
        DesignEvaluation score = problem.Score(genes, runs);
        KpiEstimate[] objectives = runs is null
            ? [.. problem.Objectives.Select(_ => new KpiEstimate(double.NaN, double.NaN, double.NaN, 0))]
            : [.. problem.Objectives.Select(o => Goal.Mean(runs, KpiIndex(runs, o.Kpi)))];
        ConstraintOutcome[] constraints = [.. problem.Constraints.Select(c => c.Outcome(genes, problem.Levers, runs))];
        return new DesignOutcome(assignments, genes, score, objectives, constraints, runs is not null);
    }

    internal static int KpiIndex(IReadOnlyList<ReplicateResult> runs, string kpi) => Array.IndexOf(runs[0].KpiNames, kpi);
}
