using System.Globalization;
using Soc.Simulation.Abstractions.Scenarios;
using Soc.Simulation.Model.Scenarios;
using Soc.Simulation.Model;

namespace Soc.Simulation.Client.Planning;

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
}
