using System.Text;
using Soc.Simulation.Analysis.Summaries;
using Soc.Simulation.Model.Kpis;

namespace Soc.Simulation.Client.Output;

/// <summary>The console table of a Monte Carlo run: each KPI's mean and 95% confidence interval.</summary>
public static class KpiTable
{
    public static string Render(ExperimentSummary summary)
    {
        var sb = new StringBuilder();
        bool uncertain = summary.Kpis.Values.Any(e => e.ParameterVarianceShare is not 0);
        sb.AppendLine($"{summary.Scenario}");
        sb.AppendLine($"{summary.Replicates} replicates, seed {summary.Seed}" + (uncertain
            ? "; the 95% intervals include the uncertainty of the assumptions (H6): \"of it\" is the share of a replicate's variance they explain"
            : "; the 95% intervals are the Monte Carlo error of the mean (no parameter uncertainty)"));
        sb.AppendLine();
        int width = Math.Max(44, summary.Kpis.Keys.Max(k => k.Length) + 2);
        sb.AppendLine($"{"kpi".PadRight(width)}{"mean",16}{"95% interval",36}" + (uncertain ? $"{"of it",10}" : ""));
        foreach ((string name, KpiEstimate e) in summary.Kpis)
        {
            string ci = double.IsNaN(e.Ci95Low) ? "" : $"[{Format(name, e.Ci95Low)}, {Format(name, e.Ci95High)}]";
            string share = !uncertain ? "" : double.IsNaN(e.ParameterVarianceShare) ? $"{"n/a",10}" : $"{e.ParameterVarianceShare * 100,8:0} %";
            sb.AppendLine($"{name.PadRight(width)}{Format(name, e.Mean),16}{ci,36}{share}");
        }

        ExhaustionDistribution x = summary.Exhaustion;
        sb.AppendLine();
        sb.AppendLine($"call ran out in {x.Probability:P0} of replicates" +
            (x.Median is DateOnly m ? $"; date P10 {x.P10:yyyy-MM-dd}, median {m:yyyy-MM-dd}, P90 {x.P90:yyyy-MM-dd}" : ""));
        return sb.ToString();
    }

    /// <summary>Rates as percentages, euros with thousands separators, counts as whole numbers.</summary>
    public static string Format(string kpi, double value) => KpiFormat.Value(kpi, value);
}
