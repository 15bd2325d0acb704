using System.Globalization;
using System.Text.Json;
using Soc.Simulation.Analysis.Screening;
using Soc.Simulation.Model.Register;
using Soc.Simulation.Model.Scenarios;

namespace Soc.Simulation.Client.Output;

/// <summary>
/// sensitivity.csv of <c>--method sobol</c>: one row per KPI and factor, in the plan's order, with S and ST and their
/// 95 % bootstrap intervals, the KPI's mean and variance over the design, and a note when no index could be estimated.
/// </summary>
public static class SobolCsv
{
    public static readonly string[] Columns =
    [
        "kpi", "factor", "kind", "distribution", "first_order", "first_order_ci95_low", "first_order_ci95_high",
        "total", "total_ci95_low", "total_ci95_high", "kpi_mean", "kpi_variance", "rows", "note",
    ];

    public static string Write(SobolSummary s)
    {
        var kinds = s.Factors.ToDictionary(f => f.Name, StringComparer.Ordinal);
        var sb = new System.Text.StringBuilder(string.Join(',', Columns)).Append('\n');
        foreach (KpiIndices k in s.Kpis)
        {
            foreach (FactorIndices f in k.Factors)
            {
                SobolFactor factor = kinds[f.Factor];
                sb.Append(Csv.Line(
                [
                    k.Kpi, f.Factor, JsonSerializer.Serialize(factor.Kind, ScenarioJson.Options).Trim('"'), factor.Distribution,
                    N(f.FirstOrder.Estimate), N(f.FirstOrder.Ci95Low), N(f.FirstOrder.Ci95High), N(f.Total.Estimate), N(f.Total.Ci95Low), N(f.Total.Ci95High),
                    N(k.Mean), N(k.Variance), k.Rows.ToString(CultureInfo.InvariantCulture), k.Note ?? "",
                ])).Append('\n');
            }
        }

        return sb.ToString();
    }

    private static string N(double v) => double.IsNaN(v) ? "" : v.ToString("R", CultureInfo.InvariantCulture);
}
