using Soc.Simulation.Abstractions.Scenarios;
using Soc.Simulation.Abstractions.Simulation;
using Soc.Simulation.Model;
using Soc.Simulation.Model.Randomness;
using Soc.Simulation.Model.Scenarios;
using Soc.Simulation.Model.Uncertainty;

namespace Soc.Simulation.Analysis.Screening;

/// <summary>What a factor of a Sobol' analysis is: one prior, the calibration's posterior drawn jointly, or chance.</summary>
public enum SobolFactorKind
{
    /// <summary>A parameter with a prior in the scenario's <c>uncertainty</c>.</summary>
    Prior,

    /// <summary>The calibrated parameters, drawn jointly from the posterior's rows (one group, as their draws are correlated).</summary>
    Posterior,

    /// <summary>The replicates' random numbers: the Monte Carlo noise of a stochastic model.</summary>
    Chance,
}

/// <summary>A factor: its name (a JSON path, "posterior" or "chance"), kind, distribution and source as the scenario gives them.</summary>
public sealed record SobolFactor(string Name, SobolFactorKind Kind, string Distribution, string Source);

/// <summary>
/// What to analyse: the scenario file's text with its <c>--set</c> overrides, the priors to analyse (null or empty:
/// all; the others are held at their medians), the KPIs, the seed, N (rows of the design) and the replicates per point.
/// </summary>
public sealed record SobolRequest(
    string ScenarioJson,
    string File,
    IReadOnlyList<string> Overrides,
    IReadOnlyList<string>? Parameters,
    IReadOnlyList<string>? Kpis,
    ulong Seed,
    int Samples,
    int Replicates);

/// <summary>The design, validated before anything runs. <see cref="Factors"/> ends with chance.</summary>
public sealed record SobolPlan(
    Scenario Base,
    string File,
    IReadOnlyList<string> Kpis,
    ulong Seed,
    int Samples,
    int Replicates,
    IReadOnlyList<SobolFactor> Factors,
    IReadOnlyList<string> Fixed)
{
    /// <summary>The design's points per row: A, B, and one A_B per factor (chance included).</summary>
    public int Columns => 2 + Factors.Count;

    public int Evaluations => Samples * Columns;

    public int Simulations => Evaluations * Replicates;
}

/// <summary>
/// The result (sensitivity.json with method "sobol"): the design's size, the factors and the priors held at their
/// medians, and each KPI's indices.
/// </summary>
public sealed record SobolSummary(
    string Scenario,
    string Method,
    ulong Seed,
    int Samples,
    int Replicates,
    int Evaluations,
    int Simulations,
    int Resamples,
    IReadOnlyList<SobolFactor> Factors,
    IReadOnlyList<string> Fixed,
    IReadOnlyList<KpiIndices> Kpis);

/// <summary>
/// Global sensitivity of the KPIs to the scenario's assumptions (H6): Sobol' indices over its priors, estimated from a
/// Saltelli design (<see cref="SobolIndices"/>). Row j of A and of B draws each factor's uniform from its own stream and
/// maps it through the prior's inverse CDF, as a replicate's draw does. The model is stochastic, so chance is a factor
/// too: A's points run with row j's A seed and B's with its B seed; A_B^(i) keeps A's seed (only factor i moves) and the
/// chance column is A's parameters with B's seed. So S of a prior is its share of the KPI's variance alone, ST adds its
/// interactions with the other priors and with chance, and chance's ST is the share no assumption explains. Pure: the
/// caller says how a point's replicates are run; points run in any order give the same indices.
/// </summary>
public static class Sobol
{
    public const string Method = "sobol";
    public const int DefaultSamples = 32;
    public const string PosteriorFactor = "posterior";
    public const string ChanceFactor = "chance";

    /// <summary>The KPIs analysed when none are given (those the scenario reports).</summary>
    public static readonly string[] DefaultKpis = ["insertionsCausedByCall", "costPerCausedInsertionEur", "insertionRate", "subsidyCommittedEur", "applicationsRefusedBudget"];

    /// <summary>Simulations a design costs: N × (k + 3) points (A, B, one per uncertain factor, chance) × replicates.</summary>
    public static int SimulationsFor(int samples, int factors, int replicates) => samples * (factors + 3) * replicates;

    public static SobolPlan Plan(SobolRequest request)
    {
        Scenario scenario = ScenarioFile.Parse(request.ScenarioJson, request.File, request.Overrides);
        if (!scenario.IsSimulation) throw new InputException($"{request.File}: scenario '{scenario.Name}' has no population, services… to simulate");
        SobolFactor[] all = [.. Candidates(scenario)];
        if (all.Length == 0)
        {
            throw new InputException($"{request.File}: --method sobol apportions the KPIs' variance among the scenario's priors, and '{scenario.Name}' has none "
                + "(add an \"uncertainty\" section, or use --method oat or morris)");
        }

        SobolFactor[] chosen = request.Parameters is { Count: > 0 } given ? [.. given.Select(p => Choose(p, all)).Distinct()] : all;
        IReadOnlyList<string> names = Sensitivity.KpiNames(scenario);
        IReadOnlyList<string> kpis = request.Kpis is { Count: > 0 } asked
            ? [.. asked.Distinct(StringComparer.Ordinal).Select(k => names.Contains(k, StringComparer.Ordinal) ? k
                : throw new InputException($"--kpis {k}: unknown KPI; this scenario's KPIs are {string.Join(", ", names)}"))]
            : [.. DefaultKpis.Where(k => names.Contains(k, StringComparer.Ordinal))];
        if (request.Samples < 4) throw new InputException($"--samples: expected at least 4 rows (the bootstrap needs them), got {request.Samples}");
        return new SobolPlan(scenario, request.File, kpis, request.Seed, request.Samples, request.Replicates,
            [.. chosen, new SobolFactor(ChanceFactor, SobolFactorKind.Chance, "the replicates' random numbers", "the model's Monte Carlo noise")],
            [.. all.Except(chosen).Select(f => f.Name)]);
    }

    /// <summary>
    /// Runs every point of the design, at most <paramref name="inFlight"/> at a time (each result is kept by its place
    /// in the design, so the order they finish in does not matter), and estimates the indices of every KPI.
    /// </summary>
    public static async Task<SobolSummary> RunAsync(SobolPlan plan, Func<SensitivityRun, Task<ReplicateResult[]>> run, int inFlight,
        int resamples = SobolIndices.DefaultResamples, CancellationToken cancel = default)
    {
        int n = plan.Samples, columns = plan.Columns;
        var values = new double[columns][][];
        for (int c = 0; c < columns; c++) values[c] = new double[n][];
        using var gate = new SemaphoreSlim(Math.Max(1, inFlight));
        Task[] tasks = [.. Enumerable.Range(0, n * columns).Select(async index =>
        {
            await gate.WaitAsync(cancel);
            try
            {
                (int row, int column) = (index / columns, index % columns);
                (Scenario scenario, ulong seed) = Point(plan, row, column);
                ReplicateResult[] results = await run(new SensitivityRun(index, plan.Evaluations, Label(plan, row, column), scenario, seed, plan.Replicates));
                values[column][row] = [.. plan.Kpis.Select(k => Sensitivity.Mean(Sensitivity.KpiValues(results, k, plan.Replicates)).Mean)];
            }
            finally
            {
                gate.Release();
            }
        })];
        await Task.WhenAll(tasks);

        string[] factorNames = [.. plan.Factors.Select(f => f.Name)];
        KpiIndices[] indices = [.. plan.Kpis.Select((k, kpi) =>
        {
            double[] Column(int c) => [.. values[c].Select(row => row[kpi])];
            return SobolIndices.Estimate(k, factorNames, Column(0), Column(1), [.. Enumerable.Range(0, plan.Factors.Count).Select(i => Column(2 + i))], plan.Seed, resamples);
        })];
        return new SobolSummary(plan.Base.Name, Method, plan.Seed, n, plan.Replicates, plan.Evaluations, plan.Simulations, resamples, plan.Factors, plan.Fixed, indices);
    }

    /// <summary>The scenario and seed of the design's point at (row, column): 0 = A, 1 = B, 2 + i = A_B^(i).</summary>
    public static (Scenario Scenario, ulong Seed) Point(SobolPlan plan, int row, int column)
    {
        int k = plan.Factors.Count;
        double[] a = Uniforms(plan, row, "A"), b = Uniforms(plan, row, "B");
        double[] u = column == 1 ? b : (double[])a.Clone();
        int moved = column - 2;
        if (moved >= 0 && plan.Factors[moved].Kind != SobolFactorKind.Chance) u[moved] = b[moved];
        bool bSeed = column == 1 || (moved >= 0 && plan.Factors[moved].Kind == SobolFactorKind.Chance);
        ulong seed = RandomStream.For(plan.Seed, row, "sobol", bSeed ? "seed-B" : "seed-A").NextUInt64();
        return (UncertainParameters.PointScenario(plan.Base, Values(plan, u[..(k - 1)])), seed);
    }

    /// <summary>Row j's uniforms of matrix A or B, one per factor, each from its own stream keyed by the factor's name.</summary>
    private static double[] Uniforms(SobolPlan plan, int row, string matrix) =>
        [.. plan.Factors.Select(f => RandomStream.For(plan.Seed, row, f.Name, "sobol-" + matrix).NextDouble())];

    /// <summary>Every prior's value: the analysed ones at their uniforms (chance excluded), the others at their medians.</summary>
    private static SortedDictionary<string, double> Values(SobolPlan plan, double[] u)
    {
        Scenario s = plan.Base;
        var values = new SortedDictionary<string, double>(StringComparer.Ordinal);
        var at = new Dictionary<string, double>(StringComparer.Ordinal);
        for (int i = 0; i < u.Length; i++) at[plan.Factors[i].Name] = u[i];
        if (s.Posterior is { Samples.Count: > 0 } posterior)
        {
            if (at.TryGetValue(PosteriorFactor, out double pu))
            {
                IReadOnlyList<decimal> draw = posterior.Samples[Math.Min(posterior.Samples.Count - 1, (int)(pu * posterior.Samples.Count))];
                for (int i = 0; i < posterior.Paths.Count; i++) values[ScenarioPaths.Canonical(posterior.Paths[i])] = (double)draw[i];
            }
            else
            {
                // Held fixed: each calibrated parameter at its posterior median.
                for (int i = 0; i < posterior.Paths.Count; i++)
                {
                    double[] column = [.. posterior.Samples.Select(r => (double)r[i]).Order()];
                    values[ScenarioPaths.Canonical(posterior.Paths[i])] = column[column.Length / 2];
                }
            }
        }

        foreach ((string path, ParameterPrior prior) in s.Uncertainty ?? new Dictionary<string, ParameterPrior>())
        {
            string canonical = ScenarioPaths.Canonical(path);
            if (values.ContainsKey(canonical)) continue;
            values[canonical] = at.TryGetValue(canonical, out double v) ? PriorSampler.Quantile(prior, v) : PriorSampler.Median(prior);
        }

        return values;
    }

    private static string Label(SobolPlan plan, int row, int column) =>
        $"row {row + 1} " + (column switch { 0 => "A", 1 => "B", _ => "A_B " + plan.Factors[column - 2].Name });

    /// <summary>The factors a scenario offers: the posterior as one (when it has one), then each prior it does not cover, in file order.</summary>
    private static IEnumerable<SobolFactor> Candidates(Scenario s)
    {
        var covered = new HashSet<string>(StringComparer.Ordinal);
        if (s.Posterior is { Samples.Count: > 0 } posterior)
        {
            foreach (string p in posterior.Paths) covered.Add(ScenarioPaths.Canonical(p));
            yield return new SobolFactor(PosteriorFactor, SobolFactorKind.Posterior, $"{posterior.Samples.Count} joint draws of {string.Join(", ", posterior.Paths)}", "the calibration's posterior");
        }

        foreach ((string path, ParameterPrior prior) in s.Uncertainty ?? new Dictionary<string, ParameterPrior>())
        {
            string canonical = ScenarioPaths.Canonical(path);
            if (covered.Add(canonical)) yield return new SobolFactor(canonical, SobolFactorKind.Prior, Describe(prior), prior.Source);
        }
    }

    private static SobolFactor Choose(string given, SobolFactor[] all)
    {
        string name = given == PosteriorFactor ? given : ScenarioPaths.Canonical(given);
        return all.FirstOrDefault(f => f.Name == name)
            ?? throw new InputException($"--params {given}: not one of the scenario's uncertain parameters; --method sobol analyses {string.Join(", ", all.Select(f => f.Name))}");
    }

    /// <summary>"uniform(0.01, 0.05)", "triangular(0.6, 0.75, 0.9)": the prior in one phrase.</summary>
    public static string Describe(ParameterPrior p)
    {
        static string T(decimal? v) => v?.ToString("0.######", System.Globalization.CultureInfo.InvariantCulture) ?? "?";
        return p.Distribution switch
        {
            DistributionKind.Uniform => $"uniform({T(p.Min)}, {T(p.Max)})",
            DistributionKind.Triangular => $"triangular({T(p.Min)}, {T(p.Mode)}, {T(p.Max)})",
            DistributionKind.TruncatedNormal => $"truncated normal(mean {T(p.Mean)}, sd {T(p.Sd)}" + (p.Min is null ? "" : $", {T(p.Min)}…{T(p.Max)}") + ")",
            DistributionKind.Beta => $"beta({T(p.Alpha)}, {T(p.Beta)})" + (p.Min is null ? "" : $" on {T(p.Min)}…{T(p.Max)}"),
            DistributionKind.Lognormal => $"lognormal(median {T(p.Median)}, sigma {T(p.Sigma)})",
            _ => p.Distribution.ToString(),
        };
    }
}
