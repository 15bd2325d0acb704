using Soc.Simulation.Analysis.Summaries;
using Soc.Simulation.Abstractions.Simulation;

namespace Soc.Simulation.Analysis.Planning;

/// <summary>One evaluation of the lever: the goal's statistic there with its 95% interval.</summary>
public sealed record GoalEvaluation(double Value, KpiEstimate Statistic, bool Met, bool MetCautiously);

/// <summary>What <c>socsim plan</c> found: the answer, a cautious answer, the search path and the check at the answer.</summary>
public sealed record PlanResult(
    string Path,
    string Goal,
    double Low,
    double High,
    string Outcome,
    double? Answer,
    double? CautiousAnswer,
    IReadOnlyList<GoalEvaluation> Evaluations,
    GoalEvaluation? Check,
    ulong Seed,
    int Replicates,
    ulong CheckSeed,
    int CheckReplicates);

/// <summary>
/// Goal-seeking on noisy Monte Carlo for one lever. Every evaluation uses the same seed (common random numbers),
/// so the statistic moves with the lever and not with the noise. It is a step function of the lever (a share of
/// replicates), which MathNet's root finders refuse as a root (their Bisection treats a jump as no root), so the
/// search bisects on the goal itself, assumed monotone in the lever: the smallest value that meets it when it is
/// met at the top of the range, the largest when met at the bottom. It is run twice: on the estimate (the
/// answer) and on the 95% bound least favourable to the goal (the cautious answer); the gap between the two
/// is the answer's uncertainty. The cautious answer is then checked with fresh seeds and twice the replicates.
/// </summary>
public sealed class GoalSeeker(Goal goal, Func<double, ulong, int, Task<ReplicateResult[]>> run, ulong seed, int replicates)
{
    private readonly Dictionary<double, GoalEvaluation> _cache = [];

    public async Task<PlanResult> SeekAsync(string path, double low, double high, bool integer, double accuracy)
    {
        GoalEvaluation lo = await EvaluateAsync(low), hi = await EvaluateAsync(high);
        string outcome;
        double? answer = null, cautious = null;
        if (lo.Met == hi.Met)
        {
            outcome = lo.Met ? "met across the whole range: widen it downwards or upwards to find the edge" : "not met anywhere in the range";
        }
        else
        {
            bool rising = hi.Met; // met at the top: look for the smallest value that meets it
            answer = await BisectAsync(low, high, rising, integer, accuracy, e => e.Met);
            bool cautiousEnd = rising ? hi.MetCautiously : lo.MetCautiously;
            cautious = cautiousEnd ? await BisectAsync(low, high, rising, integer, accuracy, e => e.MetCautiously) : null;
            outcome = rising ? "smallest value that meets the goal" : "largest value that meets the goal";
        }

        GoalEvaluation? check = null;
        ulong checkSeed = seed + 1000;
        if ((cautious ?? answer) is double x)
        {
            KpiEstimate s = goal.Measure(await run(x, checkSeed, replicates * 2));
            check = new GoalEvaluation(x, s, goal.MetBy(s.Mean), goal.MetBy(goal.Cautious(s)));
        }

        return new PlanResult(path, goal.Text, low, high, outcome, answer, cautious,
            [.. _cache.Values.OrderBy(e => e.Value)], check, seed, replicates, checkSeed, replicates * 2);
    }

    private async Task<double> BisectAsync(double low, double high, bool rising, bool integer, double accuracy, Func<GoalEvaluation, bool> met)
    {
        // Invariant: 'good' meets the goal, 'bad' does not.
        double good = rising ? high : low, bad = rising ? low : high;
        while (Math.Abs(good - bad) > (integer ? 1 : accuracy))
        {
            double mid = (good + bad) / 2;
            if (integer) mid = rising ? Math.Floor(mid) : Math.Ceiling(mid);
            if (mid == good || mid == bad) break;
            if (met(await EvaluateAsync(mid))) good = mid;
            else bad = mid;
        }

        return good;
    }

    private async Task<GoalEvaluation> EvaluateAsync(double value)
    {
        if (_cache.TryGetValue(value, out GoalEvaluation? cached)) return cached;
        KpiEstimate s = goal.Measure(await run(value, seed, replicates));
        var e = new GoalEvaluation(value, s, goal.MetBy(s.Mean), goal.MetBy(goal.Cautious(s)));
        _cache[value] = e;
        return e;
    }
}
