using System.Globalization;
using System.Text;
using Soc.Simulation.Abstractions.Simulation;

namespace Soc.Simulation.Client.Output;

/// <summary>
/// replicates.csv: one row of KPIs per replicate, in replicate order; empty where a KPI has no value. With parameter
/// uncertainty (H6) the row ends with the replicate's parameter draw and each drawn value, by JSON path.
/// </summary>
public static class ReplicatesCsv
{
    public static string Write(IReadOnlyList<ReplicateResult> replicates)
    {
        ReplicateResult first = replicates[0];
        string[] parameters = first.ParameterPaths ?? [];
        var sb = new StringBuilder("replicate,exhausted_on,");
        sb.Append(string.Join(',', first.KpiNames));
        if (first.ParameterDraw >= 0) sb.Append(",parameter_draw").Append(string.Concat(parameters.Select(p => "," + Model.Register.Csv.Field(p))));
        sb.Append('\n');
        foreach (ReplicateResult r in replicates.OrderBy(r => r.Replicate))
        {
            sb.Append(r.Replicate.ToString(CultureInfo.InvariantCulture)).Append(',')
              .Append(r.ExhaustedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "").Append(',')
              .Append(string.Join(',', r.Kpis.Select(N)));
            if (first.ParameterDraw >= 0)
            {
                sb.Append(',').Append(r.ParameterDraw.ToString(CultureInfo.InvariantCulture)).Append(string.Concat((r.ParameterValues ?? []).Select(v => "," + N(v))));
            }

            sb.Append('\n');
        }

        return sb.ToString();
    }

    private static string N(double v) => double.IsNaN(v) ? "" : v.ToString("R", CultureInfo.InvariantCulture);
}
