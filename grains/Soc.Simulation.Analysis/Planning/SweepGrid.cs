using System.Globalization;
using Soc.Simulation.Analysis.Summaries;
using Soc.Simulation.Model;

namespace Soc.Simulation.Analysis.Planning;

/// <summary>One lever of a sweep: a scenario path and the values it takes, as they are written with --set.</summary>
public sealed record SweepLever(string Path, IReadOnlyList<string> Values)
{
    /// <summary>"a,b,c" — the values as given.</summary>
    public static SweepLever FromValues(string path, string values)
    {
        string[] list = [.. values.Split(',').Select(v => v.Trim()).Where(v => v.Length > 0)];
        return list.Length > 0 ? new SweepLever(path, list) : throw new InputException($"--values for {path}: expected a,b,c");
    }

    /// <summary>"from:to:steps" — steps evenly spaced values, both ends included.</summary>
    public static SweepLever FromRange(string path, string range)
    {
        string[] parts = range.Split(':');
        if (parts.Length != 3
            || !decimal.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out decimal from)
            || !decimal.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out decimal to)
            || !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out int steps) || steps < 2 || steps > 1000)
        {
            throw new InputException($"--range for {path}: expected from:to:steps with 2 to 1000 steps, e.g. 1000000:5000000:5, got '{range}'");
        }

        return new SweepLever(path, [.. Enumerable.Range(0, steps).Select(i =>
            Math.Round(from + (to - from) * i / (steps - 1), 4).ToString("0.####", CultureInfo.InvariantCulture))]);
    }
}

/// <summary>A lever's value at one point of the sweep.</summary>
public sealed record LeverSetting(string Path, string Value)
{
    public string Assignment => $"{Path}={Value}";
}

/// <summary>One point of a sweep: its index in the grid and the lever values there.</summary>
public sealed record SweepPoint(int Index, IReadOnlyList<LeverSetting> Settings);

/// <summary>A finished point: its settings and the KPIs over its replicates.</summary>
public sealed record SweepPointResult(int Index, IReadOnlyList<LeverSetting> Settings, ExperimentSummary Summary);

/// <summary>The grid of a sweep: every combination of the levers' values, the first lever varying slowest.</summary>
public static class SweepGrid
{
    public static IReadOnlyList<SweepPoint> Points(IReadOnlyList<SweepLever> levers)
    {
        IEnumerable<IReadOnlyList<LeverSetting>> combos = [[]];
        foreach (SweepLever lever in levers)
        {
            combos = [.. combos.SelectMany(c => lever.Values.Select(v => (IReadOnlyList<LeverSetting>)[.. c, new LeverSetting(lever.Path, v)]))];
        }

        return [.. combos.Select((settings, i) => new SweepPoint(i, settings))];
    }
}
