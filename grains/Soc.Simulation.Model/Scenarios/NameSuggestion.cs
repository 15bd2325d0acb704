namespace Soc.Simulation.Model.Scenarios;

/// <summary>The known name a mistyped one was most likely meant to be ("budgetEu" → "budgetEur"), for "did you mean …?".</summary>
internal static class NameSuggestion
{
    /// <summary>The closest candidate, or null when none is close: at most one edit in four letters, and case,
    /// '_' and '-' do not count (budget_eur, BudgetEur → budgetEur).</summary>
    public static string? Closest(string name, IEnumerable<string> candidates)
    {
        string typed = Plain(name);
        int allowed = Math.Max(1, typed.Length / 4);
        string? best = null;
        int bestDistance = int.MaxValue;
        foreach (string candidate in candidates)
        {
            int d = Distance(typed, Plain(candidate));
            if (d <= allowed && d < bestDistance)
            {
                (best, bestDistance) = (candidate, d);
            }
        }

        return best;
    }

    private static string Plain(string name) => name.Replace("_", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal).ToLowerInvariant();

    /// <summary>Edits (insert, delete, replace, swap two neighbours) that turn a into b: the optimal string alignment distance.</summary>
    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (int i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (int j = 0; j <= b.Length; j++) d[0, j] = j;
        for (int i = 1; i <= a.Length; i++)
        {
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
