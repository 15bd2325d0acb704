using System.Globalization;
using System.Text.RegularExpressions;
using Soc.Simulation.Analysis.Planning;
using Soc.Simulation.Abstractions.Simulation;
using Soc.Simulation.Model;

namespace Soc.Simulation.Analysis.Design;

/// <summary>
/// A constraint as <c>--constraint</c> gives it: on a lever (<c>call.budgetEur&lt;=4000000</c>), checked on the design
/// itself; or on the Monte Carlo output, in the goals' syntax of <c>socsim plan</c> (<c>exhaustion-risk&lt;=0.1</c>,
/// <c>mean(insertionsCausedByCall)&gt;=60</c>), met only at its cautious 95 % bound (the end of the interval least
/// favourable to it).
/// </summary>
public sealed partial class DesignConstraint
{
    private DesignConstraint(string text, int lever, string op, double limit, Goal? goal)
    {
        Text = text;
        Lever = lever;
        Op = op;
        Limit = limit;
        Goal = goal;
    }

    public string Text { get; }

    /// <summary>The index of the lever constrained, or −1 for a constraint on the output.</summary>
    public int Lever { get; }
    public string Op { get; }
    public double Limit { get; }
    public Goal? Goal { get; }

    public static DesignConstraint Parse(string text, IReadOnlyList<DesignLever> levers)
    {
        Match m = OnLever().Match(text.Replace(" ", "", StringComparison.Ordinal));
        if (m.Success && levers.FirstOrDefault(l => l.Path == m.Groups[1].Value) is { } lever)
        {
            // A day lever's range is its only bound: a limit in days would be a narrower range, and its files would show day numbers.
            if (lever.IsDate) throw new InputException($"--constraint {text}: {lever.Path} is a day; narrow its --lever range instead");
            if (!double.TryParse(m.Groups[3].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out double limit))
            {
                throw new InputException($"--constraint {text}: '{m.Groups[3].Value}' is not a number");
            }

            int index = levers.ToList().IndexOf(lever);
            return lever.Gene.Kind == GeneKind.Categorical && lever.Values.Any(v => !double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
                ? throw new InputException($"--constraint {text}: the lever {lever.Path} takes values that are not numbers")
                : new DesignConstraint(text, index, m.Groups[2].Value, limit, null);
        }

        return new DesignConstraint(text, -1, "", 0, Goal.Parse(text, "--constraint"));
    }

    /// <summary>By how much a design misses the constraint, relative to its limit (0: met).</summary>
    public double Violation(double[] genes, IReadOnlyList<DesignLever> levers, IReadOnlyList<ReplicateResult>? runs)
    {
        if (Goal is null)
        {
            double value = levers[Lever].Number(genes[Lever])!.Value;
            return Miss(value, Op, Limit);
        }

        if (runs is null) throw new ArgumentException("a constraint on the output needs the design's replicates");
        double cautious = Goal.Cautious(Goal.Measure(runs));
        return Miss(cautious, Goal.Op, Goal.Target);
    }

    /// <summary>How the design stands against the constraint: a lever's value, or the statistic and its cautious bound (NaN when it did not run).</summary>
    public ConstraintOutcome Outcome(double[] genes, IReadOnlyList<DesignLever> levers, IReadOnlyList<ReplicateResult>? runs)
    {
        if (Goal is null)
        {
            double value = levers[Lever].Number(genes[Lever])!.Value;
            return new ConstraintOutcome(Text, value, value, Miss(value, Op, Limit) == 0);
        }

        if (runs is null) return new ConstraintOutcome(Text, double.NaN, double.NaN, false);
        var measured = Goal.Measure(runs);
        double cautious = Goal.Cautious(measured);
        return new ConstraintOutcome(Text, measured.Mean, cautious, Miss(cautious, Goal.Op, Goal.Target) == 0);
    }

    /// <summary>The shortfall scaled by the limit (by 1 when the limit is 0), so constraints in euros and in shares weigh alike.</summary>
    private static double Miss(double value, string op, double limit)
    {
        double scale = limit == 0 ? 1 : Math.Abs(limit);
        double over = op.StartsWith('<') ? value - limit : limit - value;
        bool strict = op is "<" or ">";
        return over > 0 || (strict && over == 0) ? Math.Max(over, 1e-12) / scale : 0;
    }

    [GeneratedRegex(@"^([A-Za-z][\w.\[\]]*)(<=|>=|<|>)([-\d.eE]+)$")]
    private static partial Regex OnLever();
}
