using System.Globalization;
using System.Text;
using Soc.Simulation.Simulation;

namespace Soc.Simulation.Client.Output;

/// <summary>replicates.csv: one row of KPIs per replicate, in replicate order; empty where a KPI has no value.</summary>
public static class ReplicatesCsv
{
    public static string Write(IReadOnlyList<ReplicateResult> replicates)
    {
        var sb = new StringBuilder("replicate,exhausted_on,");
        sb.Append(string.Join(',', replicates[0].KpiNames)).Append('\n');
        foreach (ReplicateResult r in replicates.OrderBy(r => r.Replicate))
        {
            sb.Append(r.Replicate.ToString(CultureInfo.InvariantCulture)).Append(',')
              .Append(r.ExhaustedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "").Append(',')
              .Append(string.Join(',', r.Kpis.Select(v => double.IsNaN(v) ? "" : v.ToString("R", CultureInfo.InvariantCulture))))
              .Append('\n');
        }

        return sb.ToString();
    }
}
