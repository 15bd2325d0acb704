using System.Globalization;
using System.Text.RegularExpressions;
using Soc.Simulation.Analysis.Summaries;
using Soc.Simulation.Abstractions.Simulation;
using Soc.Simulation.Model;
using Soc.Simulation.Model.Kpis;

namespace Soc.Simulation.Analysis.Planning;

/// <summary>
/// A planning goal on Monte Carlo output: either the probability of an event over replicates
/// (<c>prob(applicationsRefusedBudget&gt;0)&lt;=0.1</c>) or the mean of a KPI (<c>mean(grossSubsidisedInsertions)&gt;=400</c>).
/// Aliases: <c>refusal-risk&lt;=p</c>, <c>exhaustion-risk&lt;=p</c>, <c>exhaustion-before-filing-end&lt;=p</c>, <c>within-budget&gt;=q</c>, <c>subsidised-insertions&gt;=n</c>,
/// <c>caused-insertions&gt;=n</c> (insertions the call causes, H2).
/// </summary>
public sealed partial record Goal(string Text, string Kpi, bool IsProbability, string EventOp, double EventThreshold, string Op, double Target)
{
    /// <summary>The option that gave the goal, as its messages name it (<c>--goal</c>, or <c>--constraint</c> for a design).</summary>
    public string Option { get; init; } = "--goal";

    public static Goal Parse(string text, string option = "--goal") => ParseText(text, option) with { Option = option };

    private static Goal ParseText(string text, string option)
    {
        string t = text.Replace(" ", "", StringComparison.Ordinal);
        Match alias = Alias().Match(t);
        if (alias.Success)
        {
            double v = Number(alias.Groups[3].Value, text, option);
            string op = alias.Groups[2].Value;
            return alias.Groups[1].Value switch
            {
                "refusal-risk" => new(text, "applicationsRefusedBudget", true, ">", 0, op, v),
                "exhaustion-risk" => new(text, "callExhausted", true, ">", 0, op, v),
                "exhaustion-before-filing-end" => new(text, "callExhaustedBeforeFilingEnd", true, ">", 0, op, v),
                "within-budget" => new(text, "callExhausted", true, "<=", 0, op, v),
                "subsidised-insertions" => new(text, "grossSubsidisedInsertions", false, "", 0, op, v),
                "caused-insertions" => new(text, "insertionsCausedByCall", false, "", 0, op, v),
                _ => throw Bad(text, option),
            };
        }

        Match prob = Probability().Match(t);
        if (prob.Success)
        {
            return new(text, prob.Groups[1].Value, true, prob.Groups[2].Value, Number(prob.Groups[3].Value, text, option), prob.Groups[4].Value, Number(prob.Groups[5].Value, text, option));
        }

        Match mean = Mean().Match(t);
        return mean.Success
            ? new(text, mean.Groups[1].Value, false, "", 0, mean.Groups[2].Value, Number(mean.Groups[3].Value, text, option))
            : throw Bad(text, option);
    }

    /// <summary>
    /// The goal's statistic over replicates and its 95% interval (Wilson for a probability). With parameter
    /// uncertainty (H6) both sources count: a mean's interval is <see cref="ExperimentSummary.WithParameters"/>, and a
    /// probability's Wilson interval counts parameter draws, not replicates (the two of a pair share their draw).
    /// </summary>
    public KpiEstimate Measure(IReadOnlyList<ReplicateResult> runs)
    {
        int k = Array.IndexOf(runs[0].KpiNames, Kpi);
        if (k < 0) throw new InputException($"{Option} {Text}: unknown KPI '{Kpi}'; KPIs are {string.Join(", ", runs[0].KpiNames)}");
        if (!IsProbability) return Mean(runs, k);
        double[] values = [.. runs.Select(r => r.Kpis[k])];
        bool drawn = runs[0].ParameterDraw >= 0;

        double share = values.Count(v => Holds(v, EventOp, EventThreshold)) / (double)values.Length;
        return ExperimentSummary.Wilson(share, drawn ? runs.Select(r => r.ParameterDraw).Distinct().Count() : values.Length);
    }

    /// <summary>
    /// The mean of the replicates' <paramref name="kpi"/>-th KPI and its 95 % interval, over the parameter draws and the
    /// Monte Carlo error (H6), cut to what the KPI can be (no cost below 0 €) as in results.json.
    /// </summary>
    public static KpiEstimate Mean(IReadOnlyList<ReplicateResult> runs, int kpi)
    {
        double[] values = [.. runs.Select(r => r.Kpis[kpi])];
        KpiEstimate e = runs[0].ParameterDraw >= 0
            ? ExperimentSummary.WithParameters(values, [.. runs.Select(r => r.ParameterDraw)])
            : ExperimentSummary.TInterval([.. values.Where(v => !double.IsNaN(v))]);
        return ExperimentSummary.Within(e, KpiCatalogue.Find(runs[0].KpiNames[kpi])?.Unit);
    }

    public bool MetBy(double statistic) => Holds(statistic, Op, Target);

    /// <summary>The end of the interval least favourable to the goal: what a cautious planner plans with.</summary>
    public double Cautious(KpiEstimate e) => Op.StartsWith('<') ? e.Ci95High : e.Ci95Low;

    private static bool Holds(double v, string op, double x) => op switch
    {
        ">" => v > x,
        ">=" => v >= x,
        "<" => v < x,
        "<=" => v <= x,
        "==" => v == x,
        _ => false,
    };

    private static double Number(string s, string text, string option) =>
        double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out double v) ? v : throw Bad(text, option);

    private static InputException Bad(string text, string option) => new(
        $"{option} {text}: expected prob(kpi>x)<=p, prob(kpi>x)>=q, mean(kpi)>=n, mean(kpi)<=n, or refusal-risk<=p, exhaustion-risk<=p, exhaustion-before-filing-end<=p, within-budget>=q, subsidised-insertions>=n, caused-insertions>=n");

    [GeneratedRegex(@"^(refusal-risk|exhaustion-risk|exhaustion-before-filing-end|within-budget|subsidised-insertions|caused-insertions)(<=|>=)([-\d.eE]+)$")]
    private static partial Regex Alias();

    [GeneratedRegex(@"^prob\((\w+)(>=|<=|>|<|==)([-\d.eE]+)\)(<=|>=)([-\d.eE]+)$")]
    private static partial Regex Probability();

    [GeneratedRegex(@"^mean\((\w+)\)(<=|>=)([-\d.eE]+)$")]
    private static partial Regex Mean();
}
