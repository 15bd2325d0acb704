using Soc.Simulation.Analysis.Design;

namespace Soc.Simulation.Tests.Design;

/// <summary>
/// The multi-objective search on problems whose Pareto front is known in closed form: it must find points on the
/// front, spread along it, meet the constraints, and give the same search for the same seed.
/// </summary>
public class Nsga2Tests
{
    private static Func<IReadOnlyList<double[]>, Task<IReadOnlyList<DesignEvaluation>>> Scored(Func<double[], DesignEvaluation> score, List<int>? batches = null) =>
        designs =>
        {
            batches?.Add(designs.Count);
            return Task.FromResult<IReadOnlyList<DesignEvaluation>>([.. designs.Select(score)]);
        };

    /// <summary>ZDT1 (Zitzler, Deb and Thiele 2000) with two levers: f1 = x1, f2 = g (1 − √(x1 / g)), g = 1 + 9 x2; the front is x2 = 0, f2 = 1 − √f1.</summary>
    private static DesignEvaluation Zdt1(double[] x)
    {
        double g = 1 + 9 * x[1];
        return new DesignEvaluation([x[0], g * (1 - Math.Sqrt(x[0] / g))], 0);
    }

    [Theory]
    [InlineData(1ul)]
    [InlineData(2ul)]
    [InlineData(3ul)]
    public async Task It_finds_the_front_of_ZDT1_and_spreads_along_it(ulong seed)
    {
        DesignGene[] genes = [DesignGene.Continuous("x1", 0, 1), DesignGene.Continuous("x2", 0, 1)];
        Nsga2Result result = await Nsga2.RunAsync(genes, Scored(Zdt1), new Nsga2Options(PopulationSize: 40, Generations: 200, Seed: seed));

        Assert.True(result.Front.Count >= 30, $"{result.Front.Count} points on the front");
        // Distance of each point from the true front in f2; an end of the front found later than its middle may keep a
        // point or two just short of it, so the test asks most points to be on it and all to be near it.
        double[] gap = [.. result.Front.Select(p => p.Score.Objectives[1] - (1 - Math.Sqrt(p.Score.Objectives[0])))];
        Assert.All(gap, d => Assert.InRange(d, -1e-9, 1.0));
        Assert.True(gap.Count(d => d < 0.02) >= 0.9 * gap.Length, $"{gap.Count(d => d < 0.02)} of {gap.Length} within 0.02 of the front");
        Assert.True(gap.Average() < 0.02, $"mean distance {gap.Average()}");
        // Spread: from near one end of the front to near the other, with no gap wider than a fifth of it.
        double[] f1 = [.. result.Front.Select(p => p.Score.Objectives[0]).Order()];
        Assert.True(f1[0] < 0.05 && f1[^1] > 0.95, $"f1 from {f1[0]} to {f1[^1]}");
        Assert.True(f1.Zip(f1.Skip(1), (a, b) => b - a).Max() < 0.2);
        Assert.True(result.Evaluations <= 40 * 201);
    }

    [Theory]
    [InlineData(1ul)]
    [InlineData(2ul)]
    [InlineData(3ul)]
    public async Task A_constraint_keeps_the_front_where_it_is_met(ulong seed)
    {
        // min x and min (x − 2)², subject to x ≥ 0.5: the front is x in [0.5, 2].
        DesignGene[] genes = [DesignGene.Continuous("x", -2, 4)];
        DesignEvaluation Score(double[] x) => new([x[0], (x[0] - 2) * (x[0] - 2)], Math.Max(0, 0.5 - x[0]));
        Nsga2Result result = await Nsga2.RunAsync(genes, Scored(Score), new Nsga2Options(PopulationSize: 20, Generations: 40, Seed: seed));

        Assert.NotEmpty(result.Front);
        // A point just past 2 stays on the front found unless a design lands on 2 exactly: a hundredth is allowed.
        Assert.All(result.Front, p => Assert.InRange(p.Genes[0], 0.5, 2.01));
        Assert.Contains(result.Front, p => p.Genes[0] < 0.55);
        Assert.Contains(result.Front, p => p.Genes[0] > 1.95);
    }

    [Theory]
    [InlineData(1ul)]
    [InlineData(2ul)]
    [InlineData(3ul)]
    public async Task Whole_numbers_and_categories_give_the_exact_front(ulong seed)
    {
        // n in 1..10, edition a or b: min n and min 10 / n + (b ? 0 : 1). Every n with b is on the front; nothing with a is.
        DesignGene[] genes = [DesignGene.Integer("n", 1, 10), DesignGene.Categorical("edition", 2)];
        DesignEvaluation Score(double[] x) => new([x[0], 10 / x[0] + (x[1] == 1 ? 0 : 1)], 0);
        Nsga2Result result = await Nsga2.RunAsync(genes, Scored(Score), new Nsga2Options(PopulationSize: 24, Generations: 30, Seed: seed));

        Assert.Equal(Enumerable.Range(1, 10).Select(n => (double)n), result.Front.Select(p => p.Genes[0]));
        Assert.All(result.Front, p => Assert.Equal(1, p.Genes[1]));
        Assert.All(result.Population, p => Assert.True(p.Genes[0] == Math.Round(p.Genes[0]) && p.Genes[0] is >= 1 and <= 10));
        // 20 distinct designs exist: none is evaluated twice.
        Assert.True(result.Evaluations <= 20, $"{result.Evaluations} evaluations");
    }

    [Fact]
    public async Task The_same_seed_gives_the_same_search_and_another_seed_another()
    {
        DesignGene[] genes = [DesignGene.Continuous("x1", 0, 1), DesignGene.Continuous("x2", 0, 1)];
        var options = new Nsga2Options(PopulationSize: 12, Generations: 10, Seed: 9);
        var batches = new List<int>();
        Nsga2Result first = await Nsga2.RunAsync(genes, Scored(Zdt1, batches), options);
        Nsga2Result again = await Nsga2.RunAsync(genes, Scored(Zdt1), options);
        Nsga2Result other = await Nsga2.RunAsync(genes, Scored(Zdt1), options with { Seed = 10 });

        Assert.Equal(first.Population.Select(p => Nsga2.Key(p.Genes)), again.Population.Select(p => Nsga2.Key(p.Genes)));
        Assert.NotEqual(first.Population.Select(p => Nsga2.Key(p.Genes)), other.Population.Select(p => Nsga2.Key(p.Genes)));
        // One batch for the first population and one per generation, so a caller can run each at once.
        Assert.Equal(11, batches.Count);
        Assert.All(batches, b => Assert.InRange(b, 1, 12));
    }

    [Fact]
    public void Fronts_and_crowding_follow_their_definitions()
    {
        DesignEvaluation[] scores =
        [
            new([1, 5], 0), new([2, 3], 0), new([4, 1], 0), // the first front
            new([3, 4], 0), new([5, 2], 0),                 // dominated by (2, 3) and (4, 1)
            new([0, 0], 0.5),                               // infeasible: behind every feasible design
        ];
        List<List<int>> fronts = ParetoRanking.Fronts(scores);
        Assert.Equal([[0, 1, 2], [3, 4], [5]], fronts);
        double[] crowding = ParetoRanking.Crowding(scores, fronts[0]);
        Assert.Equal(double.PositiveInfinity, crowding[0]);
        Assert.Equal(double.PositiveInfinity, crowding[2]);
        Assert.Equal((4 - 1) / 3.0 + (5 - 1) / 4.0, crowding[1], 12);
    }

    [Fact]
    public async Task Bad_settings_are_refused()
    {
        DesignGene[] genes = [DesignGene.Continuous("x", 0, 1)];
        await Assert.ThrowsAsync<ArgumentException>(() => Nsga2.RunAsync(genes, Scored(x => new([x[0]], 0)), new Nsga2Options(PopulationSize: 5)));
        await Assert.ThrowsAsync<ArgumentException>(() => Nsga2.RunAsync([], Scored(x => new([0], 0)), new Nsga2Options()));
        Assert.Throws<ArgumentException>(() => DesignGene.Continuous("x", 1, 1));
        Assert.Throws<ArgumentException>(() => DesignGene.Categorical("c", 1));
    }
}
