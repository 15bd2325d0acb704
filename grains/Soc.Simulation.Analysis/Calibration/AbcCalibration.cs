using MathNet.Numerics.LinearAlgebra;
using Soc.Simulation.Analysis.Summaries;
using Soc.Simulation.Abstractions.Scenarios;
using Soc.Simulation.Model.Scenarios;
using Soc.Simulation.Abstractions.Simulation;
using Soc.Simulation.Model.Simulation;
using Soc.Simulation.Model;

namespace Soc.Simulation.Analysis.Calibration;

/// <summary>What to calibrate: the scenario with its priors, the targets, how many replicates to simulate, the share kept.</summary>
public sealed record AbcRequest(Scenario Scenario, IReadOnlyList<CalibrationTarget> Targets, int Replicates, double AcceptShare, ulong Seed);

/// <summary>A calibrated parameter: its prior's range and its posterior's mean and 95% interval.</summary>
public sealed record ParameterPosterior(string Path, double PriorLow, double PriorHigh, double Mean, double Low, double High);

/// <summary>
/// A target after the fit: what the accepted draws simulate for it (mean, 2.5–97.5 percentiles), what they predict when
/// this target is left out of the distance (an out-of-sample check), and whether it is met by construction.
/// </summary>
public sealed record TargetFit(CalibrationTarget Target, KpiEstimate Fitted, KpiEstimate? LeftOut, bool ByConstruction)
{
    public bool LeftOutCovers => LeftOut is { } p && p.Ci95Low <= Target.Value && Target.Value <= p.Ci95High;
}

/// <summary>The posterior and its checks.</summary>
public sealed record AbcResult(
    Posterior Posterior,
    IReadOnlyList<ParameterPosterior> Parameters,
    IReadOnlyList<TargetFit> Targets,
    int Replicates,
    int Draws,
    int Accepted,
    KpiEstimate LongTermHazard45Plus);

/// <summary>
/// Calibration by approximate Bayesian computation (H6): rejection ABC with local-linear regression adjustment
/// (Beaumont, Zhang &amp; Balding 2002). The scenario runs with every prior drawn — the calibrated ones and the others,
/// whose uncertainty so reaches the posterior — in pairs of replicates per draw (<see cref="ParameterDraws"/>); each
/// draw's mean KPIs are compared with the targets in units of their spread over the draws; the closest share is kept
/// and adjusted towards the targets. Leaving each target out of the distance in turn and predicting it from the draws
/// kept shows how well the model predicts what it was not fitted to. Pure: the caller runs the replicates.
/// </summary>
public static class AbcCalibration
{
    public delegate Task<ReplicateResult[]> RunReplicates(Scenario scenario, ulong seed, int replicates);

    private sealed record Particle(int Draw, double[] Parameters, double[] Targets);

    public static async Task<AbcResult> RunAsync(AbcRequest request, RunReplicates run)
    {
        string[] calibrated = [.. (request.Scenario.Uncertainty ?? new Dictionary<string, ParameterPrior>()).Where(kv => kv.Value.Calibrated).Select(kv => ScenarioPaths.Canonical(kv.Key)).Order(StringComparer.Ordinal)];
        if (calibrated.Length == 0) throw new InputException($"calibrate: scenario '{request.Scenario.Name}' has no prior marked \"calibrated\": true in its uncertainty section");
        Scenario prior = request.Scenario with { Posterior = null };
        ReplicateResult[] results = await run(prior, request.Seed, request.Replicates);
        Particle[] particles = Particles(results, calibrated, request.Targets);
        CalibrationTarget[] fitted = [.. request.Targets.Where(t => t.SetBy is null)];
        int[] fit = [.. fitted.Select(t => IndexOf(request.Targets, t))];
        double[] scale = [.. request.Targets.Select((_, k) => Spread(particles.Select(p => p.Targets[k])))];
        int keep = Math.Max(calibrated.Length + 2, (int)Math.Ceiling(particles.Length * request.AcceptShare));

        Particle[] accepted = Closest(particles, fit, request.Targets, scale, keep);
        double[][] adjusted = Adjust(accepted, fit, request.Targets, calibrated, request.Scenario);
        IReadOnlyList<IReadOnlyList<decimal>> samples = [.. adjusted.Select(row => (IReadOnlyList<decimal>)[.. row.Select(v => Math.Round((decimal)v, 6))])];
        var posterior = new Posterior
        {
            Paths = calibrated,
            Samples = samples,
            Source = $"socsim calibrate: rejection ABC with regression adjustment, {particles.Length} parameter draws ({results.Length} replicates, seed {request.Seed}), "
                + $"the {accepted.Length} closest to {string.Join(", ", fitted.Select(t => t.Kpi))} kept",
        };

        ParameterPosterior[] parameters = [.. calibrated.Select((path, i) =>
        {
            (double low, double high) = Model.Uncertainty.PriorSampler.Support(request.Scenario.Uncertainty!.First(kv => ScenarioPaths.Canonical(kv.Key) == path).Value);
            double[] values = [.. adjusted.Select(row => row[i])];
            return new ParameterPosterior(path, low, high, values.Average(), ExperimentSummary.Percentile(values, 0.025), ExperimentSummary.Percentile(values, 0.975));
        })];

        TargetFit[] checks = [.. request.Targets.Select((t, k) => new TargetFit(t, Predict(accepted, k),
            t.SetBy is null ? Predict(Closest(particles, [.. fit.Where(f => f != k)], request.Targets, scale, keep), k) : null, t.SetBy is not null))];
        return new AbcResult(posterior, parameters, checks, results.Length, particles.Length, accepted.Length, LongTermHazard(calibrated, adjusted));
    }

    /// <summary>Each parameter draw: the calibrated values and the mean of each target KPI over its replicates.</summary>
    private static Particle[] Particles(ReplicateResult[] results, string[] calibrated, IReadOnlyList<CalibrationTarget> targets)
    {
        int[] kpi = [.. targets.Select(t => Array.IndexOf(results[0].KpiNames, t.Kpi))];
        int missing = Array.IndexOf(kpi, -1);
        if (missing >= 0) throw new InputException($"calibrate: the scenario has no KPI {targets[missing].Kpi} (a programme the targets need is missing)");
        return [.. results.GroupBy(r => r.ParameterDraw).OrderBy(g => g.Key).Select(g =>
        {
            ReplicateResult first = g.First();
            double[] parameters = [.. calibrated.Select(p => first.ParameterValues![Array.IndexOf(first.ParameterPaths!, p)])];
            double[] values = [.. kpi.Select(k => g.Select(r => r.Kpis[k]).Where(v => !double.IsNaN(v)).DefaultIfEmpty(double.NaN).Average())];
            return new Particle(g.Key, parameters, values);
        }).Where(p => p.Targets.All(v => !double.IsNaN(v)))];
    }

    /// <summary>A robust spread over the draws (1.4826 × the median absolute deviation), so one wild draw does not set the scale.</summary>
    private static double Spread(IEnumerable<double> values)
    {
        double[] v = [.. values];
        double median = ExperimentSummary.Percentile(v, 0.5);
        double mad = 1.4826 * ExperimentSummary.Percentile([.. v.Select(x => Math.Abs(x - median))], 0.5);
        return mad > 0 ? mad : 1e-9;
    }

    private static Particle[] Closest(Particle[] particles, int[] fit, IReadOnlyList<CalibrationTarget> targets, double[] scale, int keep) =>
        [.. particles.OrderBy(p => Distance(p, fit, targets, scale)).ThenBy(p => p.Draw).Take(keep)];

    private static double Distance(Particle p, int[] fit, IReadOnlyList<CalibrationTarget> targets, double[] scale) =>
        Math.Sqrt(fit.Sum(k => Math.Pow((p.Targets[k] - targets[k].Value) / scale[k], 2)));

    /// <summary>
    /// Local-linear regression adjustment: within the draws kept, each parameter is regressed (Epanechnikov weights on
    /// the distance) on how far the draw's KPIs fell from the targets, and moved by the fitted slope to where the KPIs
    /// would have hit them; adjusted values stay inside the prior's range.
    /// </summary>
    private static double[][] Adjust(Particle[] accepted, int[] fit, IReadOnlyList<CalibrationTarget> targets, string[] calibrated, Scenario scenario)
    {
        double[] scale = [.. targets.Select((_, k) => Spread(accepted.Select(p => p.Targets[k])))];
        double[] distance = [.. accepted.Select(p => Distance(p, fit, targets, scale))];
        double widest = distance.Max() * 1.0001;
        double[] weight = [.. distance.Select(d => 1 - Math.Pow(d / widest, 2))];
        Matrix<double> x = Matrix<double>.Build.Dense(accepted.Length, fit.Length + 1, (i, j) => j == 0 ? 1 : accepted[i].Targets[fit[j - 1]] - targets[fit[j - 1]].Value);
        Matrix<double> w = Matrix<double>.Build.DiagonalOfDiagonalArray(weight);
        Matrix<double> xtw = x.TransposeThisAndMultiply(w);
        Matrix<double> normal = xtw * x + Matrix<double>.Build.DenseIdentity(fit.Length + 1) * 1e-9;
        var result = accepted.Select(_ => new double[calibrated.Length]).ToArray();
        for (int c = 0; c < calibrated.Length; c++)
        {
            Vector<double> theta = Vector<double>.Build.Dense([.. accepted.Select(p => p.Parameters[c])]);
            Vector<double> beta = normal.Solve(xtw * theta);
            (double low, double high) = Model.Uncertainty.PriorSampler.Support(scenario.Uncertainty!.First(kv => ScenarioPaths.Canonical(kv.Key) == calibrated[c]).Value);
            for (int i = 0; i < accepted.Length; i++)
            {
                double shift = 0;
                for (int j = 1; j <= fit.Length; j++) shift += beta[j] * x[i, j];
                result[i][c] = Math.Clamp(theta[i] - shift, low, high);
            }
        }

        return result;
    }

    /// <summary>What the draws predict for a target: the mean and the 2.5–97.5 percentiles of their simulated values.</summary>
    private static KpiEstimate Predict(Particle[] draws, int k)
    {
        double[] values = [.. draws.Select(p => p.Targets[k])];
        return new KpiEstimate(values.Average(), ExperimentSummary.Percentile(values, 0.025), ExperimentSummary.Percentile(values, 0.975), values.Length);
    }

    /// <summary>
    /// The monthly job hazard the posterior implies for a long-term unemployed person aged 45+ (before education and
    /// programmes), to hold against Fedea's ~2% a month (domain.md C).
    /// </summary>
    private static KpiEstimate LongTermHazard(string[] calibrated, double[][] samples)
    {
        int from45 = Array.IndexOf(calibrated, "behaviour.monthlyJobHazard.from45"), multiplier = Array.IndexOf(calibrated, "behaviour.longTermUnemployedMultiplier");
        if (from45 < 0 || multiplier < 0) return new KpiEstimate(double.NaN, double.NaN, double.NaN, 0);
        double[] hazard = [.. samples.Select(row => row[from45] * row[multiplier])];
        return new KpiEstimate(hazard.Average(), ExperimentSummary.Percentile(hazard, 0.025), ExperimentSummary.Percentile(hazard, 0.975), hazard.Length);
    }

    private static int IndexOf(IReadOnlyList<CalibrationTarget> targets, CalibrationTarget t)
    {
        for (int i = 0; i < targets.Count; i++)
        {
            if (ReferenceEquals(targets[i], t)) return i;
        }

        return -1;
    }
}
