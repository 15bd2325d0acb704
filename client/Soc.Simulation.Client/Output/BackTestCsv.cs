using System.Globalization;
using Soc.Simulation.Analysis.Projection;
using Soc.Simulation.Model.Register;

namespace Soc.Simulation.Client.Output;

/// <summary>backtest.csv: users' scripts read these columns; add new ones at the end only.</summary>
public static class BackTestCsv
{
    public static string Write(IReadOnlyList<BackTestRow> rows, decimal budgetEur)
    {
        string header = "cut,known_applications,projected_committed_eur,p10_eur,p90_eur,actual_committed_eur,error_eur,error_pct_of_budget,actual_inside_p10_p90,projected_refused_budget,actual_refused_budget,path_error_eur,path_error_pct_of_budget,exhaustion_error_days,registry,pit,projected_exhaustion,actual_exhaustion";
        var lines = rows.Select(r => string.Join(',', r.Cut.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), r.KnownApplications,
            F(r.ProjectedCommittedEur), F(r.P10Eur), F(r.P90Eur), F(r.ActualCommittedEur), F(r.ErrorEur),
            F(100 * r.ErrorEur / (double)budgetEur), r.ActualInsideBand ? "true" : "false", F(r.ProjectedRefusedBudget), r.ActualRefusedBudget,
            F(r.PathErrorEur), F(100 * r.PathErrorEur / (double)budgetEur), r.ExhaustionErrorDays?.ToString(CultureInfo.InvariantCulture) ?? "",
            Csv.Field(r.Registry), r.Pit.ToString("0.000", CultureInfo.InvariantCulture), D(r.ProjectedExhaustion), D(r.ActualExhaustion)));
        return header + "\n" + string.Join("\n", lines) + "\n";
    }

    private static string D(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    private static string F(double v) => v.ToString("0.00", CultureInfo.InvariantCulture);
}
