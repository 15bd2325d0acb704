using System.Text;
using Soc.Simulation.Analysis.Comparisons;
using Soc.Simulation.Client.Languages;
using Soc.Simulation.Model.Kpis;
using Soc.Simulation.Model.Scenarios;

namespace Soc.Simulation.Client.Output;

/// <summary>The console table of a comparison: base, alternative, paired difference with its 95% CI, P(better).</summary>
public static class ComparisonTable
{
    public static string Render(ComparisonSummary summary)
    {
        var sb = new StringBuilder();
        sb.AppendLine(Say.F("base: {0}; {1} paired replicates, seed {2}", summary.Base.Scenario, summary.Replicates, summary.Seed));
        // English keeps its fixed column; a catalogue label may be longer than 44.
        int width = Say.Current == Language.En ? 44 : Math.Max(44, summary.Differences.SelectMany(a => a.Kpis).Select(d => KpiTable.Name(d.Kpi).Length + 2).DefaultIfEmpty(0).Max());
        foreach (AlternativeComparison alt in summary.Differences)
        {
            sb.AppendLine();
            sb.AppendLine(Say.F("alternative: {0}", alt.Name));
            foreach (ParameterDifference p in alt.Parameters) sb.AppendLine($"  {p.Path}: {p.Base} -> {p.Alternative}");
            sb.AppendLine($"{Say.T("kpi").PadRight(width)}{Say.T("base"),16}{Say.T("alternative"),16}{Say.T("difference"),16}{Say.T("95% CI of difference"),34}{Say.T("P(better)"),11}");
            foreach (KpiDifference d in alt.Kpis)
            {
                string ci = d.OnlyIn is string side ? Say.F("(only in the {0})", Say.T(side)) : double.IsNaN(d.Ci95Low) ? "" : $"[{Delta(d.Kpi, d.Ci95Low)}, {Delta(d.Kpi, d.Ci95High)}]";
                string p = d.ProbabilityBetter is double pb ? pb.ToString("0.00", Say.Numbers) : "";
                sb.AppendLine($"{KpiTable.Name(d.Kpi).PadRight(width)}{KpiTable.Format(d.Kpi, d.Base.Mean),16}{KpiTable.Format(d.Kpi, d.Alternative.Mean),16}{Delta(d.Kpi, d.MeanDifference),16}{ci,34}{p,11}");
            }
        }

        return sb.ToString();
    }

    /// <summary>Differences of rates in percentage points; the rest in the KPI's own unit.</summary>
    public static string Delta(string kpi, double value) => KpiFormat.Difference(kpi, value, Say.Current);
}
