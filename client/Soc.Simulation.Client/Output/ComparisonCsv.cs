using System.Globalization;
using System.Text;
using Soc.Simulation.Analysis.Comparisons;
using Soc.Simulation.Model.Register;

namespace Soc.Simulation.Client.Output;

/// <summary>compare.csv: one row per alternative and KPI, with the same figures as compare.json; only_in names the one side that has a KPI.</summary>
public static class ComparisonCsv
{
    public static string Write(ComparisonSummary summary)
    {
        var sb = new StringBuilder("alternative,kpi,base_mean,base_ci95_low,base_ci95_high,alternative_mean,alternative_ci95_low,alternative_ci95_high,difference,difference_ci95_low,difference_ci95_high,better,probability_better,only_in\n");
        foreach (AlternativeComparison alt in summary.Differences)
        {
            foreach (KpiDifference d in alt.Kpis)
            {
                sb.Append(Csv.Line(
                [
                    alt.Name, d.Kpi, N(d.Base.Mean), N(d.Base.Ci95Low), N(d.Base.Ci95High), N(d.Alternative.Mean), N(d.Alternative.Ci95Low),
                    N(d.Alternative.Ci95High), N(d.MeanDifference), N(d.Ci95Low), N(d.Ci95High), d.Better.ToString().ToLowerInvariant(),
                    d.ProbabilityBetter is double p ? N(p) : "", d.OnlyIn ?? "",
                ])).Append('\n');
            }
        }

        return sb.ToString();
    }

    private static string N(double v) => double.IsNaN(v) ? "" : v.ToString("R", CultureInfo.InvariantCulture);
}
