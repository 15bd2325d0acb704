using System.Text;
using Soc.Simulation.Experiments;
using Soc.Simulation.Kpis;

namespace Soc.Simulation.Client.Output;

/// <summary>The console table of a Monte Carlo run: each KPI's mean and 95% confidence interval.</summary>
public static class KpiTable
{
    public static string Render(ExperimentSummary summary)
    {
        var sb = new StringBuilder();
        sb.AppendLine($"{summary.Scenario}");
        sb.AppendLine($"{summary.Replicates} replicates, seed {summary.Seed}");
        sb.AppendLine();
        sb.AppendLine($"{"kpi",-44}{"mean",16}{"95% CI",34}");
        foreach ((string name, KpiEstimate e) in summary.Kpis)
        {
            string ci = double.IsNaN(e.Ci95Low) ? "" : $"[{Format(name, e.Ci95Low)}, {Format(name, e.Ci95High)}]";
            sb.AppendLine($"{name,-44}{Format(name, e.Mean),16}{ci,34}");
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
