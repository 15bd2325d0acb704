namespace Soc.Simulation.Abstractions;

/// <summary>Grain keys of the things that live inside one run: "{run}/{local id}".</summary>
public static class GrainKeys
{
    public static string Child(string runId, string localId) => $"{runId}/{localId}";

    /// <summary>The key of a budget line of a fiscal year in a run.</summary>
    public static string LineYear(string runId, int year, string code) => Child(runId, LineYearId(year, code));

    /// <summary>How a line of a year is named in a turn's news: "{year}/{code}".</summary>
    public static string LineYearId(int year, string code) => $"{year}/{code}";

    /// <summary>The year and code of a line named as in a turn's news ("{year}/{code}"; codes may hold '/').</summary>
    public static (int Year, string Code) SplitLineYear(string lineYearId)
    {
        int slash = lineYearId.IndexOf('/', StringComparison.Ordinal);
        return slash > 0 && int.TryParse(lineYearId.AsSpan(0, slash), System.Globalization.CultureInfo.InvariantCulture, out int year)
            ? (year, lineYearId[(slash + 1)..])
            : throw new ArgumentException($"line '{lineYearId}' is not named as year/code");
    }

    /// <summary>Splits a child key at its first '/': run ids never contain one, local ids may.</summary>
    public static (string RunId, string LocalId) Split(string key)
    {
        int slash = key.IndexOf('/', StringComparison.Ordinal);
        return slash > 0 ? (key[..slash], key[(slash + 1)..]) : throw new ArgumentException($"grain key '{key}' has no run id");
    }
}
