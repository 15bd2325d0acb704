using System.Globalization;
using System.Text;
using Soc.Simulation.Analysis.Comparisons;
using Soc.Simulation.Model.Kpis;
using Soc.Simulation.Model.Scenarios;

namespace Soc.Simulation.Client.Output;

/// <summary>The console table of a comparison: base, alternative, paired difference with its 95% CI, P(better).</summary>
public static class ComparisonTable
{
    public static string Render(ComparisonSummary summary)
    {
        var sb = new StringBuilder();
        sb.AppendLine($"base: {summary.Base.Scenario}; {summary.Replicates} paired replicates, seed {summary.Seed}");
        foreach (AlternativeComparison alt in summary.Differences)
        {
            sb.AppendLine();
            sb.AppendLine($"alternative: {alt.Name}");
            foreach (ParameterDifference p in alt.Parameters) sb.AppendLine($"  {p.Path}: {p.Base} -> {p.Alternative}");
            sb.AppendLine($"{"kpi",-44}{"base",16}{"alternative",16}{"difference",16}{"95% CI of difference",34}{"P(better)",11}");
            foreach (KpiDifference d in alt.Kpis)
            {
                string ci = d.OnlyIn is string side ? $"(only in the {side})" : double.IsNaN(d.Ci95Low) ? "" : $"[{Delta(d.Kpi, d.Ci95Low)}, {Delta(d.Kpi, d.Ci95High)}]";
                string p = d.ProbabilityBetter is double pb ? pb.ToString("0.00", CultureInfo.InvariantCulture) : "";
                sb.AppendLine($"{d.Kpi,-44}{KpiTable.Format(d.Kpi, d.Base.Mean),16}{KpiTable.Format(d.Kpi, d.Alternative.Mean),16}{Delta(d.Kpi, d.MeanDifference),16}{ci,34}{p,11}");
            }
        }

        return sb.ToString();
    }

    /// <summary>Differences of rates in percentage points; the rest in the KPI's own unit.</summary>
    public static string Delta(string kpi, double value) => KpiFormat.Difference(kpi, value);
}
