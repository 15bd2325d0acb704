using System.CommandLine;
using Soc.Simulation.Client.Experiments;
using Soc.Simulation.Client.Languages;

namespace Soc.Simulation.Client.Cli;

/// <summary>
/// How a command's replicates run: how many, with which seed, and where (<c>--backend</c>, <c>--cluster</c>; see
/// <see cref="Backend"/>). Every command that runs replicates takes these options.
/// </summary>
public sealed class ReplicateOptions(int defaultReplicates)
{
    public Option<int> Replicates { get; } = CommonOptions.Replicates(defaultReplicates);

    public Option<int> Seed { get; } = CommonOptions.Seed();

    public Option<string> BackendKind { get; } = CommonOptions.Choice("--backend", "orleans",
        "orleans: an experiment grain on a silo in this process (or on --cluster); direct: the Model alone, for checks.", "orleans", "direct");

    public Option<string> Uncertainty { get; } = CommonOptions.Choice("--uncertainty", "on",
        "on: each pair of replicates draws the assumptions from the scenario's priors and posterior (H6), and the intervals include them; off: every assumption at the value the file gives (the conditional view).", "on", "off");

    public Option<string?> Cluster { get; } = new("--cluster")
    {
        Description = "Run on a cluster of silos found through Redis: redis://host:port[?cluster=ID&service=ID] (scripts/cluster.sh).",
        HelpName = "redis://host:port",
    };

    public void AddTo(Command command)
    {
        command.Add(Replicates);
        command.Add(Seed);
        command.Add(BackendKind);
        command.Add(Cluster);
        command.Add(Uncertainty);
    }

    /// <summary>False with --uncertainty off: scenarios are read as point scenarios (their priors and posterior dropped).</summary>
    public bool UncertaintyOf(ParseResult parsed) => parsed.GetValue(Uncertainty) != "off";

    public int ReplicatesOf(ParseResult parsed) => parsed.GetValue(Replicates);

    public ulong SeedOf(ParseResult parsed) => (ulong)parsed.GetValue(Seed);

    public Backend BackendOf(ParseResult parsed) => Backend.From(parsed.GetValue(BackendKind)!, parsed.GetValue(Cluster));
}

/// <summary>
/// Where a projection's replicates run: in this process (the default: a projection's replicates need no silo), or on a
/// cluster of silos with <c>--cluster</c>.
/// </summary>
public sealed class ProjectionBackendOptions
{
    public Option<string?> Cluster { get; } = new("--cluster")
    {
        Description = "Run the replicates on a cluster of silos found through Redis: redis://host:port[?cluster=ID&service=ID] (scripts/cluster.sh).",
        HelpName = "redis://host:port",
    };

    public void AddTo(Command command) => command.Add(Cluster);

    public Backend BackendOf(ParseResult parsed) => parsed.GetValue(Cluster) is string cluster ? Backend.From("orleans", cluster) : Backend.Direct;
}

/// <summary>Where a command writes: the folder, and whether the table or the JSON goes to stdout and progress to stderr.</summary>
public sealed class OutputOptions(string defaultFolder = "out")
{
    public Option<string> Out { get; } = CommonOptions.Out(defaultFolder);

    public Option<bool> Quiet { get; } = CommonOptions.Quiet();

    public Option<bool> Json { get; } = CommonOptions.Json();

    public Option<string> Lang { get; } = CommonOptions.Choice("--lang", "en",
        "The language of the printed table, report.html and the charts (labels, numbers 1.234,56 € and dates dd/mm/aaaa in ca and es); JSON, CSV and spreadsheets are the same in every language.",
        "ca", "es", "en");

    public void AddTo(Command command)
    {
        command.Add(Out);
        command.Add(Quiet);
        command.Add(Json);
        command.Add(Lang);
    }

    /// <summary>Writes the human-facing outputs in the --lang language until disposed (see <see cref="Say"/>).</summary>
    public IDisposable LanguageOf(ParseResult parsed) => Say.In(Say.Parse(parsed.GetValue(Lang)!));

    public string FolderOf(ParseResult parsed) => parsed.GetValue(Out)!;

    public bool JsonOf(ParseResult parsed) => parsed.GetValue(Json);

    /// <summary>Progress is silent with --quiet, and with --json so that stdout and stderr stay machine-readable.</summary>
    public bool QuietOf(ParseResult parsed) => parsed.GetValue(Quiet) || parsed.GetValue(Json);
}

/// <summary>The register options: the file, the sheet of an .xlsx, and how a CSV writes numbers and dates.</summary>
public sealed class RegisterFileOptions(bool required)
{
    public Option<string> Registry { get; } = CommonOptions.Registry(required);

    public Option<string?> Sheet { get; } = CommonOptions.Sheet();

    public Option<string> CsvLocale { get; } = CommonOptions.CsvLocale();

    public void AddTo(Command command)
    {
        command.Add(Registry);
        command.Add(Sheet);
        command.Add(CsvLocale);
    }

    public string? PathOf(ParseResult parsed) => parsed.GetValue(Registry);

    public Model.Register.RegisterOptions ReadOptionsOf(ParseResult parsed) => OptionsOf(parsed.GetValue(Sheet), parsed.GetValue(CsvLocale));

    /// <summary>How to read a register: its sheet and CSV locale as the user gave them.</summary>
    public static Model.Register.RegisterOptions OptionsOf(string? sheet, string? csvLocale) => new(sheet, csvLocale switch
    {
        "es" => Model.Register.CsvLocale.Es,
        "invariant" => Model.Register.CsvLocale.Invariant,
        _ => Model.Register.CsvLocale.Auto,
    });

    /// <summary>
    /// <c>--history</c>: a previous edition's complete register (read with the same --sheet and --csv-locale), whose daily
    /// profile of contract starts, moved to this call's dates, is the prior shape of demand; null when not given.
    /// </summary>
    public static Option<string?> History() => new("--history")
    {
        Description = "A previous edition's complete register: its daily profile, moved to this call's dates, is the prior shape of demand.",
        HelpName = "previous-register",
    };

    /// <summary>The --history register, or null.</summary>
    public IReadOnlyList<Abstractions.GrantCall.Application>? ReadHistory(ParseResult parsed, Option<string?> history) =>
        parsed.GetValue(history) is string path ? Model.Register.RegisterReader.ReadFile(path, ReadOptionsOf(parsed)) : null;

    /// <summary>Reads the register the user named (see Model.Register.RegisterReader); bad rows are one clear error.</summary>
    public IReadOnlyList<Abstractions.GrantCall.Application> Read(ParseResult parsed) =>
        Model.Register.RegisterReader.ReadFile(PathOf(parsed)!, ReadOptionsOf(parsed));
}
