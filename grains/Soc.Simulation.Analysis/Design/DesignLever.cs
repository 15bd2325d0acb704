using System.Globalization;
using Soc.Simulation.Analysis.Planning;
using Soc.Simulation.Model;
using Soc.Simulation.Model.Scenarios;

namespace Soc.Simulation.Analysis.Design;

/// <summary>
/// A lever of a call's design, as <c>--lever</c> gives it: <c>call.budgetEur=1000000:6000000</c> (a range),
/// <c>call.maxSubsidisedMonths=6:12:int</c> (whole numbers; a whole-number field is one anyway), or
/// <c>call.annualMinimumWageEur=14000|15120|15876</c> (one of some values: an edition's minimum wage sets both
/// amounts, H5). Every value the search can write is checked against the scenario before anything runs.
/// </summary>
public sealed class DesignLever
{
    private readonly Lever? _numeric;
    private readonly string[] _values;

    private DesignLever(string text, string path, DesignGene gene, Lever? numeric, string[] values)
    {
        Text = text;
        Path = path;
        Gene = gene;
        _numeric = numeric;
        _values = values;
    }

    /// <summary>The lever as given: <c>path=low:high</c>, <c>path=low:high:int</c> or <c>path=a|b|c</c>.</summary>
    public string Text { get; }
    public string Path { get; }
    public DesignGene Gene { get; }

    /// <summary>The values of a categorical lever, in the order given; empty for a range.</summary>
    public IReadOnlyList<string> Values => _values;

    public static DesignLever Parse(string text, string scenarioJson, string file, IReadOnlyList<string> sets)
    {
        int eq = text.IndexOf('=', StringComparison.Ordinal);
        if (eq <= 0 || eq == text.Length - 1) throw Bad(text, "expected path=low:high, path=low:high:int or path=a|b|c");
        string path = ScenarioPaths.Canonical(text[..eq].Trim()), spec = text[(eq + 1)..].Trim();
        if (spec.Contains('|', StringComparison.Ordinal))
        {
            string[] values = [.. spec.Split('|').Select(v => v.Trim())];
            if (values.Length < 2 || values.Any(v => v.Length == 0)) throw Bad(text, "expected two values or more between '|'");
            if (values.Distinct(StringComparer.Ordinal).Count() != values.Length) throw Bad(text, "a value appears twice");
            foreach (string value in values)
            {
                // The scenario with the value must load: an unknown path, a value of the wrong type or one the rules
                // refuse is named here, not halfway through a search.
                try
                {
                    ScenarioFile.Parse(scenarioJson, file, [.. sets, $"{path}={value}"]);
                }
                catch (InputException e)
                {
                    throw Bad(text, $"the scenario with {path}={value} is invalid: {e.Message}");
                }
            }

            return new DesignLever(text, path, DesignGene.Categorical(path, values.Length), null, values);
        }

        string[] parts = spec.Split(':');
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

    /// <summary>The <c>--set</c> assignment for a gene's value: the category's text, or the number as the field takes it.</summary>
    public string Assignment(double gene) =>
        Gene.Kind == GeneKind.Categorical ? $"{Path}={_values[(int)gene]}"
        : Gene.Kind == GeneKind.Integer ? $"{Path}={((long)gene).ToString(CultureInfo.InvariantCulture)}"
        : _numeric!.Assignment(gene);

    /// <summary>The value the lever takes for a gene, as a number (null for a categorical value that is not one).</summary>
    public double? Number(double gene) =>
        Gene.Kind != GeneKind.Categorical ? double.Parse(Assignment(gene)[(Path.Length + 1)..], CultureInfo.InvariantCulture)
        : double.TryParse(_values[(int)gene], NumberStyles.Float, CultureInfo.InvariantCulture, out double v) ? v : null;

    private static double Number(string s, string text) =>
        double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out double v) && double.IsFinite(v) ? v : throw Bad(text, $"'{s}' is not a number");

    private static InputException Bad(string text, string why) => new($"--lever {text}: {why}");
}
