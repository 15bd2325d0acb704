using System.Globalization;
using System.Text;
using Soc.Simulation.Analysis.Comparisons;
using Soc.Simulation.Analysis.Design;
using Soc.Simulation.Analysis.Summaries;
using Soc.Simulation.Model.Register;

namespace Soc.Simulation.Client.Output;

/// <summary>
/// design.csv: one row per design of the Pareto front: its levers' values, then each objective's mean and 95% CI in the
/// search and in the check (fresh seed, twice the replicates), then each constraint's cautious value and whether it is
/// met, in the search and in the check (the constraints are numbered in design.json's order).
/// </summary>
public static class DesignCsv
{
    public static string Write(DesignResult r)
    {
        var sb = new StringBuilder("point");
        foreach (string path in DesignText.LeverPaths(r)) sb.Append(',').Append(Csv.Field(path));
        foreach (string o in r.Objectives.Select(DesignText.ObjectiveKpi))
        {
            sb.Append($",{o}_mean,{o}_ci95_low,{o}_ci95_high,check_{o}_mean,check_{o}_ci95_low,check_{o}_ci95_high");
        }

        for (int c = 1; c <= r.Constraints.Count; c++) sb.Append($",constraint{c}_cautious,constraint{c}_met,check_constraint{c}_cautious,check_constraint{c}_met");
        sb.Append(",check_met");
        // Added 7 December 2026 at the end: each objective's paired difference from the scenario's own call, on the check's seeds.
        foreach (string o in r.Objectives.Select(DesignText.ObjectiveKpi)) sb.Append($",vs_scenario_{o}_mean,vs_scenario_{o}_ci95_low,vs_scenario_{o}_ci95_high");
        sb.Append('\n');
        for (int p = 0; p < r.Front.Count; p++)
        {
            DesignFrontPoint point = r.Front[p];
            sb.Append((p + 1).ToString(CultureInfo.InvariantCulture));
            foreach (string value in DesignText.LeverValues(point.Search)) sb.Append(',').Append(Csv.Field(value));
            for (int o = 0; o < r.Objectives.Count; o++) sb.Append(',').Append(Estimate(point.Search.Objectives[o])).Append(',').Append(Estimate(point.Check.Objectives[o]));
            for (int c = 0; c < r.Constraints.Count; c++)
            {
                sb.Append(',').Append(N(point.Search.Constraints[c].Cautious)).Append(',').Append(Bool(point.Search.Constraints[c].Met));
                sb.Append(',').Append(N(point.Check.Constraints[c].Cautious)).Append(',').Append(Bool(point.Check.Constraints[c].Met));
            }

            sb.Append(',').Append(Bool(point.CheckMet));
            for (int o = 0; o < r.Objectives.Count; o++)
            {
                KpiDifference? d = point.Check.VersusScenario?[o];
                sb.Append(',').Append(d is null ? ",," : $"{N(d.MeanDifference)},{N(d.Ci95Low)},{N(d.Ci95High)}");
            }

            sb.Append('\n');
        }

        return sb.ToString();
    }

    private static string Estimate(KpiEstimate e) => $"{N(e.Mean)},{N(e.Ci95Low)},{N(e.Ci95High)}";

    private static string Bool(bool b) => b ? "true" : "false";

    private static string N(double v) => double.IsFinite(v) ? v.ToString("R", CultureInfo.InvariantCulture) : "";
}
