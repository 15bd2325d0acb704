using System.Globalization;
using Soc.Simulation.Model.Randomness;

namespace Soc.Simulation.Analysis.Design;

/// <summary>The search's settings: population (even), generations, crossover probability, the SBX and mutation distribution indexes, the seed.</summary>
public sealed record Nsga2Options(int PopulationSize = 40, int Generations = 30, double CrossoverProbability = 0.9,
    double CrossoverIndex = 15, double MutationIndex = 20, ulong Seed = 1);

/// <summary>A design of the final population: its genes, its score, its front (0: nobody dominates it) and its crowding distance.</summary>
public sealed record DesignPoint(double[] Genes, DesignEvaluation Score, int Rank, double Crowding);

/// <summary>
/// The last population, its feasible first front (the Pareto front found), how many distinct designs were evaluated
/// and how many generations ran.
/// </summary>
public sealed record Nsga2Result(IReadOnlyList<DesignPoint> Population, IReadOnlyList<DesignPoint> Front, int Evaluations, int Generations);

/// <summary>
/// NSGA-II (Deb et al. 2002) with Deb's constraint handling: binary tournaments on (front, crowding), simulated binary
/// crossover and polynomial mutation for numeric genes (Deb and Agrawal 1995), a uniform swap and a random reset for
/// categorical ones, and elitist selection from parents and children together. A generation's designs are evaluated
/// in one call, so the caller can run them at once (on a cluster); a design already evaluated is not evaluated
/// again. Every random number comes from one stream of the seed: the same seed and the same scores give the same
/// search, whatever order the caller evaluates a batch in.
/// </summary>
public static class Nsga2
{
    public static async Task<Nsga2Result> RunAsync(IReadOnlyList<DesignGene> genes,
        Func<IReadOnlyList<double[]>, Task<IReadOnlyList<DesignEvaluation>>> evaluate, Nsga2Options options, CancellationToken cancel = default)
    {
        if (genes.Count == 0) throw new ArgumentException("a design needs at least one lever");
        if (options.PopulationSize < 4 || options.PopulationSize % 2 != 0) throw new ArgumentException("the population size must be even and at least 4");
        var rng = new RandomStream(options.Seed);
        var known = new Dictionary<string, DesignEvaluation>(StringComparer.Ordinal);

        async Task<DesignEvaluation[]> ScoreAsync(IReadOnlyList<double[]> designs)
        {
            double[][] fresh = [.. designs.Where(d => !known.ContainsKey(Key(d))).DistinctBy(Key)];
            if (fresh.Length > 0)
            {
                IReadOnlyList<DesignEvaluation> scored = await evaluate(fresh);
                if (scored.Count != fresh.Length) throw new InvalidOperationException($"expected {fresh.Length} scores, got {scored.Count}");
                for (int i = 0; i < fresh.Length; i++) known[Key(fresh[i])] = scored[i];
            }

            return [.. designs.Select(d => known[Key(d)])];
        }

        double[][] population = [.. Enumerable.Range(0, options.PopulationSize).Select(_ => Random(genes, rng))];
        DesignEvaluation[] scores = await ScoreAsync(population);
        for (int generation = 0; generation < options.Generations; generation++)
        {
            cancel.ThrowIfCancellationRequested();
            (int[] rank, double[] crowding) = Order(scores);
            var children = new List<double[]>(options.PopulationSize);
            while (children.Count < options.PopulationSize)
            {
                double[] mother = population[Tournament(rank, crowding, rng)], father = population[Tournament(rank, crowding, rng)];
                (double[] first, double[] second) = Crossover(genes, mother, father, options, rng);
                children.Add(Mutate(genes, first, options, rng));
                children.Add(Mutate(genes, second, options, rng));
            }

            DesignEvaluation[] childScores = await ScoreAsync(children);
            (population, scores) = Survivors([.. population, .. children], [.. scores, .. childScores], options.PopulationSize);
        }

        (int[] finalRank, double[] finalCrowding) = Order(scores);
        DesignPoint[] points = [.. population.Select((g, i) => new DesignPoint(g, scores[i], finalRank[i], finalCrowding[i]))];
        DesignPoint[] front = [.. points.Where(p => p.Rank == 0 && p.Score.Feasible).DistinctBy(p => Key(p.Genes)).OrderBy(p => p.Score.Objectives[0]).ThenBy(p => Key(p.Genes), StringComparer.Ordinal)];
        return new Nsga2Result(points, front, known.Count, options.Generations);
    }

    /// <summary>A design's identity: its genes written exactly.</summary>
    public static string Key(double[] genes) => string.Join(";", genes.Select(g => g.ToString("R", CultureInfo.InvariantCulture)));

    private static double[] Random(IReadOnlyList<DesignGene> genes, RandomStream rng) =>
        [.. genes.Select(g => g.Kind == GeneKind.Continuous
            ? g.Min + rng.NextDouble() * (g.Max - g.Min)
            : g.Min + Math.Min(g.Max - g.Min, Math.Floor(rng.NextDouble() * (g.Max - g.Min + 1))))];

    /// <summary>Each design's front and crowding distance.</summary>
    private static (int[] Rank, double[] Crowding) Order(IReadOnlyList<DesignEvaluation> scores)
    {
        var rank = new int[scores.Count];
        var crowding = new double[scores.Count];
        List<List<int>> fronts = ParetoRanking.Fronts(scores);
        for (int f = 0; f < fronts.Count; f++)
        {
            double[] distance = ParetoRanking.Crowding(scores, fronts[f]);
            for (int k = 0; k < fronts[f].Count; k++) (rank[fronts[f][k]], crowding[fronts[f][k]]) = (f, distance[k]);
        }

        return (rank, crowding);
    }

    /// <summary>The better of two designs drawn at random: the lower front, then the less crowded; a tie keeps the first drawn.</summary>
    private static int Tournament(int[] rank, double[] crowding, RandomStream rng)
    {
        int a = rng.Next(0, rank.Length), b = rng.Next(0, rank.Length);
        return rank[b] < rank[a] || (rank[b] == rank[a] && crowding[b] > crowding[a]) ? b : a;
    }

    /// <summary>The next population: whole fronts while they fit, then the least crowded of the front that does not.</summary>
    private static (double[][] Population, DesignEvaluation[] Scores) Survivors(double[][] all, DesignEvaluation[] scores, int size)
    {
        var kept = new List<int>(size);
        foreach (List<int> front in ParetoRanking.Fronts(scores))
        {
            if (kept.Count + front.Count <= size)
            {
                kept.AddRange(front);
                continue;
            }

            double[] distance = ParetoRanking.Crowding(scores, front);
            kept.AddRange(Enumerable.Range(0, front.Count).OrderByDescending(k => distance[k]).ThenBy(k => k).Take(size - kept.Count).Select(k => front[k]));
            break;
        }

        return ([.. kept.Select(i => all[i])], [.. kept.Select(i => scores[i])]);
    }

    private static (double[], double[]) Crossover(IReadOnlyList<DesignGene> genes, double[] mother, double[] father, Nsga2Options options, RandomStream rng)
    {
        double[] first = [.. mother], second = [.. father];
        if (rng.NextDouble() >= options.CrossoverProbability) return (first, second);
        for (int i = 0; i < genes.Count; i++)
        {
            if (rng.NextDouble() >= 0.5) continue;
            DesignGene g = genes[i];
            if (g.Kind == GeneKind.Categorical || Math.Abs(first[i] - second[i]) < 1e-14)
            {
                (first[i], second[i]) = (second[i], first[i]);
                continue;
            }

            (first[i], second[i]) = Sbx(g, first[i], second[i], options.CrossoverIndex, rng);
        }

        return (first, second);
    }

    /// <summary>Simulated binary crossover of one numeric gene, bounded by its range (Deb and Agrawal 1995).</summary>
    private static (double, double) Sbx(DesignGene g, double x1, double x2, double eta, RandomStream rng)
    {
        double y1 = Math.Min(x1, x2), y2 = Math.Max(x1, x2), u = rng.NextDouble();
        double Spread(double beta)
        {
            double alpha = 2 - Math.Pow(beta, -(eta + 1));
            return u <= 1 / alpha ? Math.Pow(u * alpha, 1 / (eta + 1)) : Math.Pow(1 / (2 - u * alpha), 1 / (eta + 1));
        }

        double c1 = 0.5 * (y1 + y2 - Spread(1 + 2 * (y1 - g.Min) / (y2 - y1)) * (y2 - y1));
        double c2 = 0.5 * (y1 + y2 + Spread(1 + 2 * (g.Max - y2) / (y2 - y1)) * (y2 - y1));
        (c1, c2) = (g.Clamp(c1), g.Clamp(c2));
        return rng.NextDouble() < 0.5 ? (c2, c1) : (c1, c2);
    }

    /// <summary>Polynomial mutation of each numeric gene (Deb and Goyal 1996), and a random other value for a categorical one, each with probability 1 / genes.</summary>
    private static double[] Mutate(IReadOnlyList<DesignGene> genes, double[] design, Nsga2Options options, RandomStream rng)
    {
        double probability = 1.0 / genes.Count, eta = options.MutationIndex;
        for (int i = 0; i < genes.Count; i++)
        {
            if (rng.NextDouble() >= probability) continue;
            DesignGene g = genes[i];
            if (g.Kind == GeneKind.Categorical)
            {
                int other = rng.Next(0, g.Categories - 1);
                design[i] = other >= design[i] ? other + 1 : other;
                continue;
            }

            double y = design[i], range = g.Max - g.Min, u = rng.NextDouble(), power = 1 / (eta + 1);
            double delta = u < 0.5
                ? Math.Pow(2 * u + (1 - 2 * u) * Math.Pow(1 - (y - g.Min) / range, eta + 1), power) - 1
                : 1 - Math.Pow(2 * (1 - u) + 2 * (u - 0.5) * Math.Pow(1 - (g.Max - y) / range, eta + 1), power);
            double moved = g.Clamp(y + delta * range);
            // A small step of a whole-number gene rounds back to where it was: step to the neighbour it leaned towards.
            if (g.Kind == GeneKind.Integer && moved == y) moved = g.Clamp(y + (delta < 0 ? -1 : 1));
            design[i] = moved;
        }

        return design;
    }
}
