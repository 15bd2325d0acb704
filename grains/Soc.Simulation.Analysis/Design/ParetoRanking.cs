namespace Soc.Simulation.Analysis.Design;

/// <summary>
/// NSGA-II's two orders on a population (Deb, Pratap, Agarwal and Meyarivan 2002): the fronts of its fast
/// non-dominated sort (front 0 is dominated by nobody), and within a front the crowding distance, the size of the
/// box its neighbours leave around a design in objective space (the ends of a front get infinity, so they are kept).
/// </summary>
public static class ParetoRanking
{
    /// <summary>The fronts, each a list of indexes into <paramref name="scores"/> in increasing order.</summary>
    public static List<List<int>> Fronts(IReadOnlyList<DesignEvaluation> scores)
    {
        int n = scores.Count;
        var dominated = new List<int>[n];
        var dominatedBy = new int[n];
        var fronts = new List<List<int>> { new() };
        for (int p = 0; p < n; p++)
        {
            dominated[p] = [];
            for (int q = 0; q < n; q++)
            {
                if (p == q) continue;
                if (scores[p].Dominates(scores[q])) dominated[p].Add(q);
                else if (scores[q].Dominates(scores[p])) dominatedBy[p]++;
            }

            if (dominatedBy[p] == 0) fronts[0].Add(p);
        }

        while (true)
        {
            var next = new List<int>();
            foreach (int p in fronts[^1])
            {
                foreach (int q in dominated[p])
                {
                    if (--dominatedBy[q] == 0) next.Add(q);
                }
            }

            if (next.Count == 0) break;
            next.Sort();
            fronts.Add(next);
        }

        return fronts;
    }

    /// <summary>The crowding distance of each member of a front, in the front's order.</summary>
    public static double[] Crowding(IReadOnlyList<DesignEvaluation> scores, IReadOnlyList<int> front)
    {
        var distance = new double[front.Count];
        if (front.Count == 0) return distance;
        int objectives = scores[front[0]].Objectives.Length;
        int[] order = [.. Enumerable.Range(0, front.Count)];
        for (int m = 0; m < objectives; m++)
        {
            // Ties broken by position, so the order (and the distances) never depend on the sort's stability.
            Array.Sort(order, (a, b) =>
            {
                int byValue = scores[front[a]].Objectives[m].CompareTo(scores[front[b]].Objectives[m]);
                return byValue != 0 ? byValue : a.CompareTo(b);
            });
            double low = scores[front[order[0]]].Objectives[m], high = scores[front[order[^1]]].Objectives[m];
            distance[order[0]] = distance[order[^1]] = double.PositiveInfinity;
            if (high <= low) continue;
            for (int k = 1; k < order.Length - 1; k++)
            {
                distance[order[k]] += (scores[front[order[k + 1]]].Objectives[m] - scores[front[order[k - 1]]].Objectives[m]) / (high - low);
            }
        }

        return distance;
    }
}
