using System.Globalization;
using System.Text.Json.Nodes;
using Soc.Simulation.Scenarios;

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
        JsonNode? node = System.Text.Json.JsonSerializer.SerializeToNode(scenario, ScenarioJson.Options);
        foreach (string segment in path.Replace("[", ".", StringComparison.Ordinal).Replace("]", "", StringComparison.Ordinal).Split('.'))
        {
            node = int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out int i) ? node?[i] : node?[segment];
        }

        if (node is not JsonValue value || !value.TryGetValue(out double current))
        {
            throw new InputException($"{path}: expected the path of a number in the scenario (e.g. call.budgetEur)");
        }

        // A field that refuses a fractional value is an integer field (months, counts, ages).
        bool integer = false;
        try
        {
            ScenarioFile.Parse(scenarioJson, file, [.. sets, string.Create(CultureInfo.InvariantCulture, $"{path}={current + 0.5}")]);
        }
        catch (InputException e) when (e.Message.Contains("could not be converted", StringComparison.Ordinal) || e.Message.Contains("Int32", StringComparison.Ordinal))
        {
            integer = true;
        }
        catch (InputException)
        {
            // Refused for another reason (a bound): not an integer field.
        }

        return new Lever(path, current, integer, path.EndsWith("Eur", StringComparison.Ordinal));
    }

    /// <summary>A value as --set writes it: rounded to a whole number or to cents where the field needs it.</summary>
    public string Format(double value) =>
        Integer ? Math.Round(value).ToString("0", CultureInfo.InvariantCulture)
        : Euros ? Math.Round((decimal)value, 2).ToString("0.##", CultureInfo.InvariantCulture)
        : Math.Round((decimal)value, 6).ToString("0.######", CultureInfo.InvariantCulture);

    public string Assignment(double value) => $"{Path}={Format(value)}";
}
