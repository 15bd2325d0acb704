using System.Text;
using Soc.Simulation.Analysis.Summaries;
using Soc.Simulation.Client.Languages;
using Soc.Simulation.Model.Kpis;

namespace Soc.Simulation.Client.Output;

/// <summary>
/// The console table of a Monte Carlo run: each KPI's mean and 95% confidence interval, in the language of
/// <see cref="Say"/> (in Catalan and Spanish a KPI is named by its catalogue label rather than its code name).
/// </summary>
public static class KpiTable
{
    public static string Render(ExperimentSummary summary)
    {
        var sb = new StringBuilder();
        bool uncertain = summary.Kpis.Values.Any(e => e.ParameterVarianceShare is not 0);
        sb.AppendLine($"{summary.Scenario}");
        sb.AppendLine(Say.F("{0} replicates, seed {1}", summary.Replicates, summary.Seed) + (uncertain
            ? Say.T("; the 95% intervals include the uncertainty of the assumptions (H6): \"of it\" is the share of a replicate's variance they explain")
            : Say.T("; the 95% intervals are the Monte Carlo error of the mean (no parameter uncertainty)")));
        sb.AppendLine();
        int width = Math.Max(44, summary.Kpis.Keys.Max(k => Name(k).Length) + 2);
        sb.AppendLine($"{Say.T("kpi").PadRight(width)}{Say.T("mean"),16}{Say.T("95% interval"),36}" + (uncertain ? $"{Say.T("of it"),10}" : ""));
        foreach ((string name, KpiEstimate e) in summary.Kpis)
        {
            string ci = double.IsNaN(e.Ci95Low) ? "" : $"[{Format(name, e.Ci95Low)}, {Format(name, e.Ci95High)}]";
            string share = !uncertain ? "" : double.IsNaN(e.ParameterVarianceShare) ? $"{"n/a",10}" : $"{(e.ParameterVarianceShare * 100).ToString("0", Say.Numbers),8} %";
            sb.AppendLine($"{Name(name).PadRight(width)}{Format(name, e.Mean),16}{ci,36}{share}");
        }

        ExhaustionDistribution x = summary.Exhaustion;
        sb.AppendLine();
        sb.AppendLine(Say.F("call ran out in {0} of replicates", x.Probability.ToString("P0", Say.Numbers)) +
            (x.Median is DateOnly m ? Say.F("; date P10 {0}, median {1}, P90 {2}", Say.Date(x.P10!.Value), Say.Date(m), Say.Date(x.P90!.Value)) : ""));
        return sb.ToString();
    }

    /// <summary>Rates as percentages, euros with thousands separators, counts as whole numbers.</summary>
    public static string Format(string kpi, double value) => KpiFormat.Value(kpi, value, Say.Current);

    /// <summary>The KPI's code name in English (what --set, compare and plan take); its catalogue label in Catalan and Spanish.</summary>
    public static string Name(string kpi) => Say.Current == Language.En ? kpi : KpiFormat.Label(kpi, Say.Current);
}
