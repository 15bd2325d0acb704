using System.Globalization;
using System.Text;
using System.Text.Json;
using Soc.Simulation.Analysis.Screening;
using Soc.Simulation.Model.Scenarios;

namespace Soc.Simulation.Client.Output;

/// <summary>
/// sensitivity.csv: the ranked parameters in rank order, then the others with their reason. One at a time: the KPI
/// at low and high, the swing and its 95% CI, the elasticity; Morris: μ*, μ, σ and the number of effects.
/// </summary>
public static class SensitivityCsv
{
    public static string Write(SensitivitySummary s)
    {
        string Status(SensitivityStatus status) => JsonSerializer.Serialize(status, ScenarioJson.Options).Trim('"');
        var sb = new StringBuilder();
        if (s.Morris is MorrisResult m)
        {
            sb.Append("rank,path,base_value,low_value,high_value,mu_star,mu,sigma,effects,status,note\n");
            foreach (MorrisEffect e in m.Ranking)
            {
                sb.Append(Model.Register.Csv.Line(
                [
                    e.Rank?.ToString(CultureInfo.InvariantCulture) ?? "", e.Path, Sensitivity.Text(e.BaseValue), Sensitivity.Text(e.LowValue), Sensitivity.Text(e.HighValue),
                    N(e.MuStar), N(e.Mu), N(e.Sigma), e.Effects.ToString(CultureInfo.InvariantCulture), Status(SensitivityStatus.Ranked), "",
                ])).Append('\n');
            }

            foreach (ParameterSensitivity p in s.NotRanked)
            {
                sb.Append(Model.Register.Csv.Line(
                [
                    "", p.Path, Sensitivity.Text(p.BaseValue), Sensitivity.Text(p.LowValue), Sensitivity.Text(p.HighValue), "", "", "", "0", Status(p.Status), p.Note ?? "",
                ])).Append('\n');
            }

            return sb.ToString();
        }

        sb.Append("rank,path,base_value,low_value,high_value,kpi_low,kpi_high,swing,ci95_low,ci95_high,elasticity,status,note\n");
        foreach (ParameterSensitivity p in s.Ranking.Concat(s.NotRanked))
        {
            sb.Append(Model.Register.Csv.Line(
            [
                p.Rank?.ToString(CultureInfo.InvariantCulture) ?? "", p.Path, Sensitivity.Text(p.BaseValue), Sensitivity.Text(p.LowValue), Sensitivity.Text(p.HighValue),
                N(p.KpiLow), N(p.KpiHigh), N(p.Swing), N(p.Ci95Low), N(p.Ci95High), N(p.Elasticity), Status(p.Status), p.Note ?? "",
            ])).Append('\n');
        }

        return sb.ToString();
    }

    private static string N(double v) => double.IsNaN(v) ? "" : v.ToString("R", CultureInfo.InvariantCulture);
}
