using System.Globalization;
using System.Text;
using Soc.Simulation.Analysis.Screening;
using Soc.Simulation.Client.Languages;
using Soc.Simulation.Model.Kpis;

namespace Soc.Simulation.Client.Output;

/// <summary>The console table of a Sobol' analysis: per KPI, the factors by total index, with S and ST and their intervals.</summary>
public static class SobolTable
{
    public static string Write(SobolSummary s)
    {
        var sb = new StringBuilder();
        sb.AppendLine(s.Scenario);
        sb.AppendLine($"Sobol' indices over {s.Factors.Count - 1} uncertain factors and chance: N = {s.Samples} rows, {s.Evaluations} points × {s.Replicates} replicate(s) = {s.Simulations} simulations (seed {s.Seed})");
        int width = Math.Max(24, s.Factors.Max(f => f.Name.Length) + 2);
        foreach (KpiIndices k in s.Kpis)
        {
            sb.AppendLine();
            sb.AppendLine($"{k.Kpi} ({KpiFormat.Label(k.Kpi, Say.Current)}): mean {KpiTable.Format(k.Kpi, k.Mean)}, sd {KpiTable.Format(k.Kpi, Math.Sqrt(k.Variance))}");
            if (k.Note is not null)
            {
                sb.AppendLine($"  no indices: {k.Note}");
                continue;
            }

            sb.AppendLine($"  {"factor".PadRight(width)}{"S",8}{"95% CI",20}{"ST",8}{"95% CI",20}");
            foreach (FactorIndices f in k.Factors.OrderByDescending(f => double.IsNaN(f.Total.Estimate) ? -1 : f.Total.Estimate).ThenBy(f => f.Factor, StringComparer.Ordinal))
            {
                sb.AppendLine($"  {f.Factor.PadRight(width)}{P(f.FirstOrder.Estimate),8}{Ci(f.FirstOrder),20}{P(f.Total.Estimate),8}{Ci(f.Total),20}");
            }
        }

        return sb.ToString();
    }

    private static string P(double v) => double.IsNaN(v) ? "n/a" : (v * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    private static string Ci(SobolIndex i) => double.IsNaN(i.Ci95Low) ? "" : $"[{P(i.Ci95Low)}, {P(i.Ci95High)}]";
}
