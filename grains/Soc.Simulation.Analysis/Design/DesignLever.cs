using System.Globalization;
using Soc.Simulation.Abstractions.Scenarios;
using Soc.Simulation.Analysis.Planning;
using Soc.Simulation.Model;
using Soc.Simulation.Model.Scenarios;

namespace Soc.Simulation.Analysis.Design;

/// <summary>
/// A lever of a call's design, as <c>--lever</c> gives it: <c>call.budgetEur=1000000:6000000</c> (a range),
/// <c>call.maxSubsidisedMonths=6:12:int</c> (whole numbers; a whole-number field is one anyway), or
/// <c>call.annualMinimumWageEur=14000|15120|15876</c> (one of some values: an edition's minimum wage sets both
/// amounts, H5), or <c>call.filingEnd=2025-03-01:2025-09-30</c> (a day: the call's windows are dates, searched as
/// whole days). Linked fields move together as one lever with values: <c>call.hiringEnd,call.filingEnd=2025-04-01,2025-06-01|2025-07-01,2025-09-01</c>
/// (a hiring window and its filing deadline). Every value the search can write is checked against the scenario before anything runs.
/// </summary>
public sealed class DesignLever
{
    private readonly Lever? _numeric;
    private readonly string[] _values;

    private readonly bool _date;

    private DesignLever(string text, string path, DesignGene gene, Lever? numeric, string[] values, bool date = false)
    {
        Text = text;
        Path = path;
        Gene = gene;
        _numeric = numeric;
        _values = values;
        _date = date;
    }

    /// <summary>Whether the lever is a day (<c>call.filingEnd=2025-03-01:2025-09-30</c>); its number is the day's <see cref="DateOnly.DayNumber"/>.</summary>
    public bool IsDate => _date;

    /// <summary>The lever as given: <c>path=low:high</c>, <c>path=low:high:int</c> or <c>path=a|b|c</c>.</summary>
    public string Text { get; }
    public string Path { get; }
    public DesignGene Gene { get; }

    /// <summary>The values of a categorical lever, in the order given; empty for a range.</summary>
    public IReadOnlyList<string> Values => _values;

    /// <summary>The scenario fields the lever sets: one, or several for a linked lever (<c>a,b=x,y|z,w</c>).</summary>
    public IReadOnlyList<string> Paths => Path.Split(',');

    public static DesignLever Parse(string text, string scenarioJson, string file, IReadOnlyList<string> sets)
    {
        int eq = text.IndexOf('=', StringComparison.Ordinal);
        if (eq <= 0 || eq == text.Length - 1) throw Bad(text, "expected path=low:high, path=low:high:int or path=a|b|c");
        string[] paths = [.. text[..eq].Split(',').Select(p => ScenarioPaths.Canonical(p.Trim()))];
        string path = string.Join(',', paths), spec = text[(eq + 1)..].Trim();
        if (paths.Any(p => p.Length == 0)) throw Bad(text, "expected path=… or path1,path2=…");
        if (paths.Distinct(StringComparer.Ordinal).Count() != paths.Length) throw Bad(text, "a path appears twice");
        if (spec.Contains('|', StringComparison.Ordinal) || paths.Length > 1)
        {
            string[] values = [.. spec.Split('|').Select(v => paths.Length > 1 ? string.Join(',', v.Split(',').Select(p => p.Trim())) : v.Trim())];
            if (values.Length < 2 || values.Any(v => v.Length == 0)) throw Bad(text, "expected two values or more between '|'");
            if (values.Distinct(StringComparer.Ordinal).Count() != values.Length) throw Bad(text, "a value appears twice");
            var lever = new DesignLever(text, path, DesignGene.Categorical(path, values.Length), null, values);
            for (int v = 0; v < values.Length; v++)
            {
                if (paths.Length > 1 && values[v].Split(',').Length != paths.Length)
                {
                    throw Bad(text, $"'{values[v]}' sets {values[v].Split(',').Length} fields; expected {paths.Length}, one per path, between ','");
                }

                // The scenario with the value must load: an unknown path, a value of the wrong type or one the rules
                // refuse is named here, not halfway through a search.
                try
                {
                    ScenarioFile.Parse(scenarioJson, file, [.. sets, .. lever.Sets(v)]);
                }
                catch (InputException e)
                {
                    throw Bad(text, $"the scenario with {string.Join(", ", lever.Sets(v))} is invalid: {e.Message}");
                }
            }

            return lever;
        }

        string[] parts = spec.Split(':');
        if (parts.Length == 2 && Day(parts[0]) is DateOnly first && Day(parts[1]) is DateOnly last) return DateRange(text, path, first, last, scenarioJson, file, sets);
        if (parts.Length is not (2 or 3) || (parts.Length == 3 && parts[2] != "int")) throw Bad(text, "expected low:high or low:high:int");
        double low = Number(parts[0], text), high = Number(parts[1], text);
        if (!(low < high)) throw Bad(text, "expected low < high");
        Lever numeric;
        try
        {
            numeric = Lever.Of(scenarioJson, file, sets, path);
        }
        catch (InputException e)
        {
            throw Bad(text, e.Message);
        }

        bool whole = parts.Length == 3 || numeric.Integer;
        if (whole && (low != Math.Round(low) || high != Math.Round(high))) throw Bad(text, "a whole-number lever needs whole ends");
        foreach (double end in new[] { low, high })
        {
            try
            {
                ScenarioFile.Parse(scenarioJson, file, [.. sets, numeric.Assignment(end)]);
            }
            catch (InputException e)
            {
                throw Bad(text, $"the scenario at {numeric.Assignment(end)} is invalid: {e.Message}");
            }
        }

        DesignGene gene = whole ? DesignGene.Integer(path, (int)low, (int)high) : DesignGene.Continuous(path, low, high);
        return new DesignLever(text, path, gene, numeric, []);
    }

    /// <summary>The <c>--set</c> assignment for a gene's value: the category's text, the day, or the number as the field takes it.</summary>
    public string Assignment(double gene) =>
        Gene.Kind == GeneKind.Categorical ? $"{Path}={_values[(int)gene]}"
        : _date ? $"{Path}={DateOnly.FromDayNumber((int)gene).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}"
        : Gene.Kind == GeneKind.Integer ? $"{Path}={((long)gene).ToString(CultureInfo.InvariantCulture)}"
        : _numeric!.Assignment(gene);

    /// <summary>The <c>--set</c> assignments for a gene's value: <see cref="Assignment"/>, or one per field of a linked lever.</summary>
    public string[] Sets(double gene) =>
        Paths.Count == 1 ? [Assignment(gene)] : [.. Paths.Zip(_values[(int)gene].Split(','), (p, v) => $"{p}={v}")];

    /// <summary>The value the lever takes for a gene, as a number (a day's number for a date; null for a categorical value that is not one).</summary>
    public double? Number(double gene) =>
        _date ? gene
        : Gene.Kind != GeneKind.Categorical ? double.Parse(Assignment(gene)[(Path.Length + 1)..], CultureInfo.InvariantCulture)
        : double.TryParse(_values[(int)gene], NumberStyles.Float, CultureInfo.InvariantCulture, out double v) ? v : null;

    /// <summary>A day as the scenario writes it (yyyy-MM-dd), or null.</summary>
    public static DateOnly? Day(string s) =>
        DateOnly.TryParseExact(s.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly d) ? d : null;

    private static DesignLever DateRange(string text, string path, DateOnly first, DateOnly last, string scenarioJson, string file, IReadOnlyList<string> sets)
    {
        if (!(first < last)) throw Bad(text, "expected the first day before the last");
        foreach (DateOnly end in new[] { first, last })
        {
            // The field must be a date, and the scenario must hold at both ends (a filing end before the filing start is named here).
            string assignment = $"{path}={end.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";
            try
            {
                Scenario scenario = ScenarioFile.Parse(scenarioJson, file, [.. sets, assignment]);
                if (ScenarioPaths.NumberAt(scenario, path) is not null) throw Bad(text, $"{path} is a number, not a day; expected low:high");
            }
            catch (InputException e) when (!e.Message.StartsWith("--lever", StringComparison.Ordinal))
            {
                throw Bad(text, $"the scenario at {assignment} is invalid: {e.Message}");
            }
        }

        return new DesignLever(text, path, DesignGene.Integer(path, first.DayNumber, last.DayNumber), null, [], date: true);
    }

    private static double Number(string s, string text) =>
        double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out double v) && double.IsFinite(v) ? v : throw Bad(text, $"'{s}' is not a number");

    private static InputException Bad(string text, string why) => new($"--lever {text}: {why}");
}
