using System.Globalization;
using Soc.Simulation.Abstractions.Scenarios;
using Soc.Simulation.Model.Scenarios;
using Soc.Simulation.Model;

namespace Soc.Simulation.Analysis.Planning;

/// <summary>
/// A scenario field moved by sweep or plan: its current value, and how a value is written so the scenario stays
/// valid (whole numbers for integer fields, whole cents for euro amounts).
/// </summary>
public sealed class Lever
{
    private Lever(string path, double current, bool integer, bool euros)
    {
        Path = path;
        Current = current;
        Integer = integer;
        Euros = euros;
    }

    public string Path { get; }
    public double Current { get; }
    public bool Integer { get; }
    public bool Euros { get; }

    public static Lever Of(string scenarioJson, string file, IReadOnlyList<string> sets, string path)
    {
        Scenario scenario = ScenarioFile.Parse(scenarioJson, file, sets);
        double current = ScenarioPaths.NumberAt(scenario, path)
            ?? throw new InputException($"{path}: expected the path of a number in the scenario (e.g. call.budgetEur)");

        bool integer = ScenarioPaths.IsWholeNumber(path);
        return new Lever(path, current, integer, path.EndsWith("Eur", StringComparison.Ordinal));
    }

    /// <summary>A value as --set writes it: rounded to a whole number or to cents where the field needs it.</summary>
    public string Format(double value) =>
        Integer ? Math.Round(value).ToString("0", CultureInfo.InvariantCulture)
        : Euros ? Math.Round((decimal)value, 2).ToString("0.##", CultureInfo.InvariantCulture)
        : Math.Round((decimal)value, 6).ToString("0.######", CultureInfo.InvariantCulture);

    public string Assignment(double value) => $"{Path}={Format(value)}";

    /// <summary>
    /// Where plan searches: <c>low:high</c>, or by default a quarter to four times the current value. The messages are
    /// <c>socsim plan</c>'s, whoever asks (the command line or the web app's form).
    /// </summary>
    public (double Low, double High) Range(string? range)
    {
        if (range is null)
        {
            if (Current <= 0) throw new InputException($"--vary {Path}: its value is {Current}; give --range low:high");
            return (Integer ? Math.Max(1, Math.Floor(Current / 4)) : Current / 4, Integer ? Math.Ceiling(Current * 4) : Current * 4);
        }

        string[] parts = range.Split(':');
        double lo = parts.Length == 2 ? Number(parts[0], "--range") : throw new InputException($"--range: expected low:high, got '{range}'");
        double hi = Number(parts[1], "--range");
        return lo < hi ? (lo, hi) : throw new InputException($"--range: expected low < high, got '{range}'");
    }

    /// <summary>How close plan gets to the edge: the given <c>--accuracy</c>, or the range ÷ 256 (at least a cent for euros).</summary>
    public double Accuracy(string? accuracy, double low, double high) =>
        accuracy is null ? Math.Max((high - low) / 256, Euros ? 0.01 : 1e-6) : Number(accuracy, "--accuracy");

    private static double Number(string raw, string flag) =>
        double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out double v) ? v : throw new InputException($"{flag}: expected a number, got '{raw}'");
}
