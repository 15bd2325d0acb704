using System.Globalization;
using System.Text;
using Soc.Simulation.Analysis.Summaries;
using Soc.Simulation.Analysis.Planning;

namespace Soc.Simulation.Client.Output;

/// <summary>sweep.csv: one row per point, the levers, then every KPI's mean and 95% CI.</summary>
public static class SweepCsv
{
    public static string Write(IReadOnlyList<SweepLever> levers, IReadOnlyList<SweepPointResult> results)
    {
        string[] kpis = [.. results[0].Summary.Kpis.Keys];
        var sb = new StringBuilder("point,");
        sb.Append(string.Join(',', levers.Select(l => Model.Register.Csv.Field(l.Path))));
        foreach (string k in kpis) sb.Append($",{k}_mean,{k}_ci95_low,{k}_ci95_high");
        sb.Append('\n');
        foreach (SweepPointResult r in results)
        {
            sb.Append(r.Index.ToString(CultureInfo.InvariantCulture));
            foreach (LeverSetting s in r.Settings) sb.Append(',').Append(Model.Register.Csv.Field(s.Value));
            foreach (string k in kpis)
            {
                KpiEstimate e = r.Summary.Kpis[k];
                sb.Append(',').Append(N(e.Mean)).Append(',').Append(N(e.Ci95Low)).Append(',').Append(N(e.Ci95High));
            }

            sb.Append('\n');
        }

        return sb.ToString();
    }

    private static string N(double v) => double.IsNaN(v) ? "" : v.ToString("R", CultureInfo.InvariantCulture);
}
