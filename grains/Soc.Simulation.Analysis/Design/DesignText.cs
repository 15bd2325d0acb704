namespace Soc.Simulation.Analysis.Design;

/// <summary>A design search's levers and objectives as its files and charts name them.</summary>
public static class DesignText
{
    /// <summary>The levers' JSON paths, in the order given.</summary>
    public static IEnumerable<string> LeverPaths(DesignResult r) => r.Levers.Select(l => l[..l.IndexOf('=', StringComparison.Ordinal)]);

    /// <summary>A design's lever values, as its <c>--set</c> assignments write them.</summary>
    public static IEnumerable<string> LeverValues(DesignOutcome d) => d.Assignments.Select(a => a[(a.IndexOf('=', StringComparison.Ordinal) + 1)..]);

    /// <summary>The KPI of an objective as given (<c>max:kpi</c>).</summary>
    public static string ObjectiveKpi(string objective) => objective[(objective.IndexOf(':', StringComparison.Ordinal) + 1)..];
}
