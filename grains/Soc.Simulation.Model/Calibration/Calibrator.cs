using System.Globalization;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Optimization;
using Soc.Simulation.Experiments;
using Soc.Simulation.Scenarios;
using Soc.Simulation.Simulation;

namespace Soc.Simulation.Calibration;

/// <summary>
/// A fitted parameter: a JSON path of the scenario, bounds, and paths tied to it (set to the value times a
/// factor, to keep a ratio the scenario states, e.g. the 45+ hazard to the 30–44 one).
/// </summary>
public sealed record FittedParameter(string Path, double Min, double Max, IReadOnlyList<(string Path, double Factor)> Tied);

/// <summary>One row of the calibration table.</summary>
public sealed record CalibrationRow(CalibrationTarget Target, KpiEstimate Simulated)
{
    public double ErrorPoints => (Simulated.Mean - Target.Value) * 100;
}

/// <summary>The fitted values, the check at them, and the overrides that make the calibrated scenario.</summary>
public sealed record CalibrationResult(IReadOnlyList<string> Overrides, IReadOnlyList<CalibrationRow> Check, int Evaluations);

/// <summary>
/// Fits behaviour parameters to the targets of domain.md E: Nelder–Mead (MathNet.Numerics) on the squared
/// distance in percentage points between simulated KPI means and targets. Every evaluation runs the same
/// replicates with the same seed (common random numbers), so the objective moves with the parameters, not
/// with the noise. Replicates run with the Model alone: the Orleans path gives identical numbers.
/// </summary>
public sealed class Calibrator(string scenarioJson, string file, IReadOnlyList<string> baseOverrides, ulong seed, int replicates)
{
    private int _evaluations;

    public CalibrationResult Fit(IReadOnlyList<FittedParameter> parameters, IReadOnlyList<CalibrationTarget> targets, int maxIterations, Action<int, double>? progress = null)
    {
        Scenario start = Load([]);
        Vector<double> initial = Vector<double>.Build.Dense([.. parameters.Select(p => Current(start, p.Path))]);
        Vector<double> step = initial.Map(v => Math.Max(Math.Abs(v) * 0.15, 0.005));
        Vector<double> bestPoint = initial;
        double bestLoss = double.PositiveInfinity;
        var objective = ObjectiveFunction.Value(x =>
        {
            double[] clamped = Clamp(parameters, x);
            double penalty = x.Select((v, i) => Math.Pow(v - clamped[i], 2) * 1e4).Sum();
            double loss = Distance(Evaluate(Load(Overrides(parameters, clamped)), targets), targets) + penalty;
            if (loss < bestLoss) (bestLoss, bestPoint) = (loss, x.Clone());
            progress?.Invoke(_evaluations, bestLoss);
            return loss;
        });

        try
        {
            new NelderMeadSimplex(1e-3, maxIterations).FindMinimum(objective, initial, step);
        }
        catch (MaximumIterationsException)
        {
            // Out of iterations: the best point seen so far is the answer; the check below says how good it is.
        }

        IReadOnlyList<string> fitted = Overrides(parameters, Clamp(parameters, bestPoint));
        return new CalibrationResult(fitted, Check(Load(fitted), targets, seed + 1000, replicates * 2), _evaluations);
    }

    /// <summary>The table at given values, with fresh seeds: what the calibrated scenario reproduces.</summary>
    public static IReadOnlyList<CalibrationRow> Check(Scenario scenario, IReadOnlyList<CalibrationTarget> targets, ulong seed, int replicates)
    {
        ReplicateResult[] results = Run(scenario, seed, replicates);
        return [.. targets.Select(t => new CalibrationRow(t, ExperimentSummary.Estimate(Column(results, t.Kpi))))];
    }

    private double[] Evaluate(Scenario scenario, IReadOnlyList<CalibrationTarget> targets)
    {
        _evaluations++;
        ReplicateResult[] results = Run(scenario, seed, replicates);
        return [.. targets.Select(t => Column(results, t.Kpi).Where(v => !double.IsNaN(v)).DefaultIfEmpty(double.NaN).Average())];
    }

    private static double Distance(double[] simulated, IReadOnlyList<CalibrationTarget> targets) =>
        simulated.Select((s, i) => double.IsNaN(s) ? 1e4 : Math.Pow((s - targets[i].Value) * 100, 2)).Sum();

    private static ReplicateResult[] Run(Scenario scenario, ulong seed, int replicates)
    {
        var results = new ReplicateResult[replicates];
        Parallel.For(0, replicates, r => results[r] = DirectBackend.RunAsync(new SimulationSetup(scenario, seed, r)).GetAwaiter().GetResult());
        return results;
    }

    private static double[] Column(ReplicateResult[] results, string kpi)
    {
        int k = Array.IndexOf(results[0].KpiNames, kpi);
        if (k < 0) throw new InputException($"calibration target '{kpi}' is not a KPI of this scenario");
        return [.. results.Select(r => r.Kpis[k])];
    }

    private Scenario Load(IReadOnlyList<string> overrides) => ScenarioFile.Parse(scenarioJson, file, [.. baseOverrides, .. overrides]);

    private double Current(Scenario scenario, string path) =>
        ScenarioPaths.NumberAt(scenario, path) ?? throw new InputException($"calibration parameter {path}: no number at that path in {file}");

    private static double[] Clamp(IReadOnlyList<FittedParameter> parameters, Vector<double> x) =>
        [.. parameters.Select((p, i) => Math.Clamp(x[i], p.Min, p.Max))];

    private static List<string> Overrides(IReadOnlyList<FittedParameter> parameters, double[] values)
    {
        var sets = new List<string>();
        for (int i = 0; i < parameters.Count; i++)
        {
            decimal value = Math.Round((decimal)values[i], 4);
            sets.Add(string.Create(CultureInfo.InvariantCulture, $"{parameters[i].Path}={value}"));
            foreach ((string path, double factor) in parameters[i].Tied)
            {
                sets.Add(string.Create(CultureInfo.InvariantCulture, $"{path}={Math.Round(value * (decimal)factor, 4)}"));
            }
        }

        return sets;
    }
}
