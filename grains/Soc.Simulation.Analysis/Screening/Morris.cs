using Soc.Simulation.Analysis.Summaries;
using Soc.Simulation.Model.Randomness;
using Soc.Simulation.Abstractions.Scenarios;
using Soc.Simulation.Model.Scenarios;
using Soc.Simulation.Abstractions.Simulation;
using Soc.Simulation.Model;

namespace Soc.Simulation.Analysis.Screening;

/// <summary>
/// One parameter's elementary effects (Morris): μ* = the mean of |EE| (the importance), μ = the mean of EE (its sign),
/// σ = their standard deviation (interactions or a non-linear effect). An EE is the KPI's change when the parameter
/// alone moves by a step on its grid, scaled to the whole range low → high, so μ* reads like a tornado's |swing|.
/// </summary>
public sealed record MorrisEffect(
    int? Rank,
    string Path,
    bool WholeNumber,
    decimal BaseValue,
    decimal LowValue,
    decimal HighValue,
    double MuStar,
    double Mu,
    double Sigma,
    int Effects);

/// <summary>The Morris screening: how many trajectories and grid levels, and the ranking by μ*.</summary>
public sealed record MorrisResult(int Trajectories, int Levels, IReadOnlyList<MorrisEffect> Ranking);

/// <summary>A point of a trajectory: its scenario, the values of the factors, and which factor moved to reach it (−1 at the start).</summary>
public sealed record MorrisPoint(Scenario Scenario, decimal[] Values, int Moved);

/// <summary>The trajectories to run, each with one point more than there are factors.</summary>
public sealed record MorrisPlan(SensitivityPlan Oat, IReadOnlyList<PlannedParameter> Factors, IReadOnlyList<MorrisPoint[]> Trajectories)
{
    /// <summary>The base, then every point of every trajectory.</summary>
    public int Evaluations => 1 + Trajectories.Sum(t => t.Length);
}

/// <summary>
/// Morris elementary-effects screening (Morris 1991, with μ* of Campolongo et al. 2007) over the parameters that the
/// one-at-a-time plan can run: each moves on a grid of <see cref="Levels"/> levels over [value × (1 − δ), value × (1 + δ)]
/// (whole numbers and cents rounded), every trajectory changes each parameter once, in a random order, by a step of
/// 2/3 of its range, with all the other parameters wherever the trajectory left them. So, unlike the tornado, an effect
/// is measured away from the base too and σ shows interactions. Each point runs with the same seed (common random
/// numbers), so a parameter that the KPI does not depend on has μ* = 0 exactly.
/// </summary>
public static class Morris
{
    public const string Method = "morris";
    public const int Levels = 4;
    private const int Step = Levels / 2;
    private const int Attempts = 50;

    /// <summary>Draws the trajectories (from the plan's seed) and builds and validates their scenarios.</summary>
    public static MorrisPlan Plan(SensitivityPlan oat, int trajectories)
    {
        PlannedParameter[] factors = [.. oat.Runnable];
        string baseJson = Sensitivity.ScenarioText(oat.Base);
        var rng = RandomStream.For(oat.Seed, 0, "sensitivity", "morris-trajectories");
        var paths = new List<MorrisPoint[]>();
        if (factors.Length == 0) return new MorrisPlan(oat, factors, paths);
        for (int t = 0; t < trajectories; t++)
        {
            string? lastError = null;
            MorrisPoint[]? accepted = null;
            for (int attempt = 0; attempt < Attempts && accepted is null; attempt++)
            {
                accepted = Draw(oat, factors, baseJson, rng, out lastError);
            }

            paths.Add(accepted ?? throw new InputException(
                $"--method morris: no valid trajectory in {Attempts} draws; parameters moved together make the scenario invalid ({lastError}). Use a smaller --delta or fewer --params."));
        }

        return new MorrisPlan(oat, factors, paths);
    }

    /// <summary>Runs the base and every point in order and ranks the parameters by μ*.</summary>
    public static async Task<SensitivitySummary> RunAsync(MorrisPlan plan, Func<SensitivityRun, Task<ReplicateResult[]>> run)
    {
        SensitivityPlan oat = plan.Oat;
        int total = plan.Evaluations, index = 0;
        async Task<double> Evaluate(Scenario s, string label) =>
            Sensitivity.Mean(Sensitivity.KpiValues(await run(new SensitivityRun(index++, total, label, s, oat.Seed, oat.Replicates)), oat.Kpi, oat.Replicates)).Mean;

        KpiEstimate baseKpi = Sensitivity.Mean(Sensitivity.KpiValues(await run(new SensitivityRun(index++, total, "base", oat.Base, oat.Seed, oat.Replicates)), oat.Kpi, oat.Replicates));
        var effects = plan.Factors.Select(_ => new List<double>()).ToArray();
        for (int t = 0; t < plan.Trajectories.Count; t++)
        {
            MorrisPoint[] points = plan.Trajectories[t];
            double previous = await Evaluate(points[0].Scenario, $"trajectory {t + 1} start");
            for (int j = 1; j < points.Length; j++)
            {
                int f = points[j].Moved;
                PlannedParameter p = plan.Factors[f];
                double y = await Evaluate(points[j].Scenario, $"trajectory {t + 1}: {p.Path}");
                // The step as a share of the range low → high (rounding can make it other than 2/3).
                double step = (double)((points[j].Values[f] - points[j - 1].Values[f]) / (p.HighValue - p.LowValue));
                double ee = (y - previous) / step;
                if (!double.IsNaN(ee) && !double.IsInfinity(ee)) effects[f].Add(ee);
                previous = y;
            }
        }

        MorrisEffect[] measured = [.. plan.Factors.Select((p, f) => Effect(p, effects[f]))];
        MorrisEffect[] ranked = [.. measured.OrderByDescending(m => double.IsNaN(m.MuStar) ? -1 : m.MuStar).ThenBy(m => m.Path, StringComparer.Ordinal)
            .Select((m, i) => m with { Rank = i + 1 })];
        return new SensitivitySummary(oat.Base.Name, Method, oat.Kpi, oat.Delta, oat.Seed, oat.Replicates, total, baseKpi, [],
            [.. oat.Parameters.Where(p => p.Status != SensitivityStatus.Ranked).Select(Sensitivity.NotRun)],
            new MorrisResult(plan.Trajectories.Count, Levels, ranked));
    }

    public static MorrisEffect Effect(PlannedParameter p, IReadOnlyList<double> effects)
    {
        double muStar = effects.Count == 0 ? double.NaN : effects.Average(Math.Abs);
        double mu = effects.Count == 0 ? double.NaN : effects.Average();
        double sigma = effects.Count < 2 ? double.NaN : Math.Sqrt(effects.Sum(e => (e - mu) * (e - mu)) / (effects.Count - 1));
        return new MorrisEffect(null, p.Path, p.WholeNumber, p.BaseValue, p.LowValue, p.HighValue, muStar, mu, sigma, effects.Count);
    }

    /// <summary>The value at a grid level: low + level/(levels − 1) × (high − low), rounded like the tornado's ends.</summary>
    public static decimal ValueAt(PlannedParameter p, int level) =>
        level == 0 ? p.LowValue
        : level == Levels - 1 ? p.HighValue
        : Sensitivity.Perturb(p.LowValue + (p.HighValue - p.LowValue) * level / (Levels - 1), 1, Sensitivity.Decimals(p.Path));

    /// <summary>One trajectory: a random start on the grid, then each factor in a random order moved by 2 levels (up from the lower half, down from the upper).</summary>
    private static MorrisPoint[]? Draw(SensitivityPlan oat, PlannedParameter[] factors, string baseJson, RandomStream rng, out string? error)
    {
        int k = factors.Length;
        int[] level = [.. factors.Select(_ => rng.Next(0, Levels))];
        int[] order = [.. Enumerable.Range(0, k)];
        for (int i = k - 1; i > 0; i--)
        {
            int j = rng.Next(0, i + 1);
            (order[i], order[j]) = (order[j], order[i]);
        }

        var points = new MorrisPoint[k + 1];
        for (int j = 0; j <= k; j++)
        {
            int moved = j == 0 ? -1 : order[j - 1];
            if (moved >= 0) level[moved] += level[moved] < Step ? Step : -Step;
            decimal[] values = [.. factors.Select((p, f) => ValueAt(p, level[f]))];
            try
            {
                Scenario scenario = ScenarioFile.Parse(baseJson, oat.File, [.. factors.Select((p, f) => $"{p.Path}={Sensitivity.Text(values[f])}")]);
                points[j] = new MorrisPoint(scenario, values, moved);
            }
            catch (InputException e)
            {
                error = Sensitivity.Oneline(e.Message);
                return null;
            }
        }

        error = null;
        return points;
    }
}
