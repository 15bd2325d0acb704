using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace Soc.Simulation.Client.Cli;

/// <summary>
/// The options several commands share, spelled, described and checked in one place. Each call makes a new option
/// (a System.CommandLine symbol belongs to one command). Typed values are parsed here with messages in the user's
/// words: "expected a whole number from 2 to 100000", never a .NET type name.
/// </summary>
public static class CommonOptions
{
    public static Argument<string> Scenario() => new("scenario")
    {
        Description = "The scenario file: JSON with // comments (scenarios/*.json; fields in docs/scenario-reference.md).",
    };

    public static Option<string[]> Set() => new("--set")
    {
        Description = "Override a scenario field by its JSON path, e.g. --set call.budgetEur=3000000 (repeatable).",
        HelpName = "path=value",
        Arity = ArgumentArity.ZeroOrMore,
        DefaultValueFactory = _ => [],
    };

    public static Option<string> Out(string fallback = "out") => new("--out")
    {
        Description = "The output folder; it is replaced as a whole only once every file is ready.",
        HelpName = "dir",
        DefaultValueFactory = _ => fallback,
    };

    public static Option<int> Replicates(int fallback, int min = 2) =>
        WholeNumber("--replicates", fallback, min, 100_000, "Monte Carlo replicates per scenario.", "n");

    public static Option<int> Seed(int fallback = 1) =>
        WholeNumber("--seed", fallback, 0, int.MaxValue, "The experiment's seed: the same seed gives byte-identical results.", "s");

    public static Option<bool> Quiet() => new("--quiet") { Description = "No progress on stderr." };

    public static Option<bool> Json() => new("--json") { Description = "Print the results JSON on stdout instead of the table (the files are written either way)." };

    public static Option<string> Registry(bool required) => new("--registry")
    {
        Description = "The register of applications: CSV (comma or ; with decimal comma) or .xlsx.",
        HelpName = "file",
        Required = required,
    };

    public static Option<string?> Sheet() => new("--sheet")
    {
        Description = "With an .xlsx register: the sheet to read (default: the first).",
        HelpName = "name",
    };

    public static Option<string> CsvLocale() => Choice("--csv-locale", "auto", "How a CSV register writes numbers and dates: auto (from its header line), es (; and decimal comma) or invariant (, and decimal point).", "auto", "es", "invariant");

    public static Option<string> Choice(string name, string fallback, string description, params string[] allowed)
    {
        var option = new Option<string>(name) { Description = description, DefaultValueFactory = _ => fallback, HelpName = string.Join("|", allowed) };
        option.Validators.Add(r =>
        {
            string? value = r.Tokens.Count > 0 ? r.Tokens[^1].Value : null;
            if (value is not null && !allowed.Contains(value)) r.AddError($"{name}: expected {(allowed.Length > 2 ? string.Join(", ", allowed[..^1]) + " or " + allowed[^1] : string.Join(" or ", allowed))}, got '{value}'");
        });
        return option;
    }

    public static Option<int> WholeNumber(string name, int fallback, int min, int max, string description, string helpName) => new(name)
    {
        Description = description,
        HelpName = helpName,
        DefaultValueFactory = _ => fallback,
        CustomParser = r => ParseWhole(r, name, min, max),
    };

    /// <summary>A date option (YYYY-MM-DD).</summary>
    public static Option<DateOnly?> Date(string name, string description, bool required) => new(name)
    {
        Description = description,
        HelpName = "yyyy-mm-dd",
        Required = required,
        CustomParser = r =>
        {
            string raw = r.Tokens[^1].Value;
            if (DateOnly.TryParseExact(raw, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly d)) return d;
            r.AddError($"{name}: expected a date YYYY-MM-DD, got '{raw}'");
            return null;
        },
    };

    private static int ParseWhole(ArgumentResult r, string name, int min, int max)
    {
        string raw = r.Tokens[^1].Value;
        if (int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out int v) && v >= min && v <= max) return v;
        r.AddError($"{name}: expected a whole number from {min.ToString("N0", CultureInfo.InvariantCulture)} to {max.ToString("N0", CultureInfo.InvariantCulture)}, got '{raw}'");
        return 0;
    }
}
