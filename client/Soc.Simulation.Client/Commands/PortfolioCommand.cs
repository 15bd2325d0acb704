using System.CommandLine;
using Orleans.Concurrency;
using Soc.Simulation.Abstractions.Portfolio;
using Soc.Simulation.Client.Cli;
using Soc.Simulation.Client.Experiments;
using Soc.Simulation.Client.Output;
using Soc.Simulation.Model;
using Soc.Simulation.Model.Portfolio;
using Soc.Simulation.Model.Register;

namespace Soc.Simulation.Client.Commands;

/// <summary>
/// <c>socsim portfolio</c>: replays the registers of several calls over several fiscal years, which share the budget lines
/// of each year and their employers' de minimis aid (domain.md I3–I5).
/// </summary>
public sealed class PortfolioCommand : SocSimCommand
{
    private readonly Argument<string> _portfolio = new("portfolio") { Description = "The portfolio file (JSON): its calls, the budget lines of each year, the service programmes." };

    private readonly Option<string[]> _registry = new("--registry")
    {
        Description = "A call's register as CALL=FILE (CSV or XLSX), once per call; replaces the register the portfolio names for that call.",
        HelpName = "call=file",
    };

    private readonly Option<string?> _sheet = CommonOptions.Sheet();
    private readonly Option<string> _csvLocale = CommonOptions.CsvLocale();

    private readonly Option<string> _backend = CommonOptions.Choice("--backend", "orleans",
        "orleans: the portfolio grain moves the calls' grains, which ask the grains of the lines and employers (on a silo in this process, or on --cluster); direct: the Model alone, for checks.", "orleans", "direct");

    private readonly Option<string?> _cluster = new("--cluster")
    {
        Description = "Run on a cluster of silos found through Redis: redis://host:port[?cluster=ID&service=ID] (scripts/cluster.sh).",
        HelpName = "redis://host:port",
    };

    private readonly OutputOptions _output = new();

    public override string Name => "portfolio";

    public override string Summary => "Replay the registers of several calls over several years that share budget lines and employers' de minimis aid.";

    public override string? Details =>
        "Each call decides its own register in registry order (domain.md F); the budget lines belong to the SOC's budget of\n" +
        "a fiscal year and refuse what would take them below zero; an employer's de minimis aid counts across the calls over\n" +
        "the window of each call's rule (A6: three fiscal years; B9: rolling three years, 300,000 EUR, from 2024). Within a day\n" +
        "the programmes pay first, then the calls take their turn in the order the portfolio lists them.\n" +
        "Writes portfolio.json and portfolio.xlsx (calls, years, lines by funding source, de minimis), lines.csv (each line of\n" +
        "each year by month), de-minimis.csv (each employer's grants over the years), and per call awards-CALL.csv,\n" +
        "decision-trail-CALL.csv and results-CALL.json (as socsim run --registry writes them).";

    public override IReadOnlyList<string> Examples =>
    [
        "socsim portfolio scenarios/portfolios/soc-2024-2025.json --out out/portfolio",
        "socsim portfolio scenarios/portfolios/soc-2024-2025.json --registry 30plus-2024-25=registre-2025.csv --out out/portfolio",
        "socsim portfolio scenarios/portfolios/soc-2024-2025.json --backend direct --json",
    ];

    public override void Define(Command command)
    {
        command.Add(_portfolio);
        command.Add(_registry);
        command.Add(_sheet);
        command.Add(_csvLocale);
        command.Add(_backend);
        command.Add(_cluster);
        _output.AddTo(command);
    }

    public override async Task<int> RunAsync(ParseResult parsed, CommandIo io)
    {
        using IDisposable language = _output.LanguageOf(parsed);
        string file = parsed.GetValue(_portfolio)!;
        Backend backend = Backend.From(parsed.GetValue(_backend)!, parsed.GetValue(_cluster));
        // Everything the user gave is read and checked before the silo starts or a file is written.
        LoadedPortfolio loaded = PortfolioFile.Load(file);
        Portfolio portfolio = loaded.Portfolio;
        CallRegister[] registers = ReadRegisters(portfolio, loaded.Registers, parsed);

        PortfolioResult result;
        await using (ReplicateRunner runner = await ReplicateRunner.StartAsync(backend))
        {
            result = runner.Grains is null
                ? PortfolioEngine.Run(portfolio, registers)
                : (await runner.Grains.GetGrain<Abstractions.Portfolio.IPortfolioGrain>(ExperimentWatch.NewId()).RunAsync(portfolio, registers.AsImmutable())).Value;
        }

        PortfolioReport report = PortfolioReport.Build(portfolio, result);
        return OutputSets.Portfolio(report, portfolio, registers, result)
            .CommitAndPrint(_output.FolderOf(parsed), io.Out, _output.JsonOf(parsed), () => PortfolioTable.Render(report, registers));
    }

    /// <summary>Each call's register: the one --registry gives, else the one the portfolio names, else none (nothing to decide).</summary>
    private CallRegister[] ReadRegisters(Portfolio portfolio, IReadOnlyDictionary<string, string> named, ParseResult parsed)
    {
        var paths = new Dictionary<string, string>(named, StringComparer.Ordinal);
        string[] ids = [.. portfolio.Calls.Select(c => c.Id)];
        foreach (string given in parsed.GetValue(_registry) ?? [])
        {
            int eq = given.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0 || eq == given.Length - 1)
            {
                throw new InputException($"--registry {given}: expected CALL=FILE, with CALL one of {string.Join(", ", ids)}");
            }

            string callId = given[..eq];
            if (!ids.Contains(callId))
            {
                throw new InputException($"--registry {given}: the portfolio has no call '{callId}'; its calls are {string.Join(", ", ids)}");
            }

            paths[callId] = given[(eq + 1)..];
        }

        RegisterOptions options = RegisterFileOptions.OptionsOf(parsed.GetValue(_sheet), parsed.GetValue(_csvLocale));
        return [.. portfolio.Calls.Where(c => paths.ContainsKey(c.Id)).Select(c => new CallRegister(c.Id, [.. RegisterReader.ReadFile(paths[c.Id], options)]))];
    }
}
