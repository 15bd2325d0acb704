using System.CommandLine;
using System.Globalization;
using Soc.Simulation.Client.Cli;
using Soc.Simulation.Client.Experiments;
using Soc.Simulation.Client.Output;
using Soc.Simulation.Analysis.Projection;
using Soc.Simulation.Abstractions.Scenarios;
using Soc.Simulation.Model.Scenarios;

namespace Soc.Simulation.Client.Commands;

/// <summary><c>socsim backtest</c>: projections from several cuts of one or more complete registers against their known outcome.</summary>
public sealed class BackTestCommand : SocSimCommand
{
    private readonly Argument<string> _scenario = CommonOptions.Scenario();
    private readonly Option<string[]> _set = CommonOptions.Set();

    private readonly Option<string[]> _registries = new("--registry")
    {
        Description = "A complete register of the call (CSV or .xlsx); repeat it to back-test on several and pool the coverage.",
        HelpName = "file",
        Required = true,
        Arity = ArgumentArity.OneOrMore,
        AllowMultipleArgumentsPerToken = false,
    };

    private readonly Option<string?> _sheet = CommonOptions.Sheet();
    private readonly Option<string> _csvLocale = CommonOptions.CsvLocale();
    private readonly Option<string?> _history = RegisterFileOptions.History();

    private readonly Option<DateOnly[]> _cuts = new("--cuts")
    {
        Description = "The days to cut the register at and project from, comma-separated.",
        HelpName = "yyyy-mm-dd,…",
        DefaultValueFactory = _ => [new(2022, 11, 15), new(2023, 1, 1), new(2023, 2, 15), new(2023, 4, 1), new(2023, 5, 15)],
        CustomParser = r =>
        {
            var days = new List<DateOnly>();
            foreach (string raw in r.Tokens[^1].Value.Split(',', StringSplitOptions.TrimEntries))
            {
                if (DateOnly.TryParseExact(raw, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly d)) days.Add(d);
                else r.AddError($"--cuts: expected dates YYYY-MM-DD separated by commas, got '{raw}'");
            }

            return [.. days];
        },
    };

    private readonly Option<int> _replicates = CommonOptions.Replicates(40);
    private readonly Option<int> _seed = CommonOptions.Seed();
    private readonly ProjectionBackendOptions _backend = new();
    private readonly Option<string?> _out = new("--out") { Description = "A folder for backtest.csv, backtest.xlsx, backtest-summary.json and the PIT chart (the table is printed either way).", HelpName = "dir" };

    public override string Name => "backtest";

    public override string Summary => "Check project on a call whose outcome is known: project from several cuts and compare with what happened.";

    public override string? Details =>
        "Prints backtest.csv (one row per register and cut), then on stderr the pooled P10–P90 coverage, the median errors\n" +
        "and the PIT histogram over all cuts of all registers.";

    public override IReadOnlyList<string> Examples =>
    [
        "socsim backtest scenarios/30plus-2023.json --registry full.csv --cuts 2022-12-15,2023-02-15,2023-04-15 --replicates 40 --out out/backtest",
        "socsim backtest scenarios/30plus-2023.json --registry ramp.csv --registry surge.csv --cuts 2022-12-15,2023-01-15 --replicates 20",
    ];

    public override void Define(Command command)
    {
        command.Add(_scenario);
        command.Add(_set);
        command.Add(_registries);
        command.Add(_sheet);
        command.Add(_csvLocale);
        command.Add(_history);
        command.Add(_cuts);
        command.Add(_replicates);
        command.Add(_seed);
        _backend.AddTo(command);
        command.Add(_out);
    }

    public override async Task<int> RunAsync(ParseResult parsed, CommandIo io)
    {
        Scenario scenario = ScenarioFile.Load(parsed.GetValue(_scenario)!, parsed.GetValue(_set));
        Model.Register.RegisterOptions options = RegisterFileOptions.OptionsOf(parsed.GetValue(_sheet), parsed.GetValue(_csvLocale));
        IReadOnlyList<Abstractions.GrantCall.Application>? history = parsed.GetValue(_history) is string h ? Model.Register.RegisterReader.ReadFile(h, options) : null;
        var rows = new List<BackTestRow>();
        await using ReplicateRunner runner = await ReplicateRunner.StartAsync(_backend.BackendOf(parsed));
        foreach (string path in parsed.GetValue(_registries)!)
        {
            rows.AddRange(await BackTest.RunAsync(scenario, Model.Register.RegisterReader.ReadFile(path, options), parsed.GetValue(_cuts)!, (ulong)parsed.GetValue(_seed),
                parsed.GetValue(_replicates), history, Path.GetFileName(path), runner.ProjectAsync));
        }

        if (parsed.GetValue(_out) is string outDir) OutputSets.BackTest(rows, scenario.Call.BudgetEur).Commit(outDir);
        io.Out.Write(BackTestCsv.Write(rows, scenario.Call.BudgetEur));
        BackTestPooled pooled = BackTestPooled.Of(rows, scenario.Call.BudgetEur);
        io.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"pooled over {pooled.Cases} cuts: actual inside P10–P90 in {pooled.Coverage:P0} (nominal 80 %); median error {pooled.MedianErrorPctOfBudget:0.00} % of the budget; median path error {pooled.MedianPathErrorPctOfBudget:0.00} %; PIT by tenths {string.Join(' ', pooled.PitHistogram)}"));
        return ExitCodes.Done;
    }
}
