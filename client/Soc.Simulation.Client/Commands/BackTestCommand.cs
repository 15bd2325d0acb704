using System.CommandLine;
using System.Globalization;
using Soc.Simulation.Client.Cli;
using Soc.Simulation.Client.Output;
using Soc.Simulation.Analysis.Projection;
using Soc.Simulation.Abstractions.Scenarios;
using Soc.Simulation.Model.Scenarios;

namespace Soc.Simulation.Client.Commands;

/// <summary><c>socsim backtest</c>: projections from several cuts of a complete register against its known outcome.</summary>
public sealed class BackTestCommand : SocSimCommand
{
    private readonly Argument<string> _scenario = CommonOptions.Scenario();
    private readonly Option<string[]> _set = CommonOptions.Set();
    private readonly RegisterFileOptions _register = new(required: true);

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
    private readonly Option<string?> _out = new("--out") { Description = "A folder for backtest.csv and backtest.xlsx (the table is printed either way).", HelpName = "dir" };

    public override string Name => "backtest";

    public override string Summary => "Check project on a call whose outcome is known: project from several cuts and compare with what happened.";

    public override IReadOnlyList<string> Examples =>
    [
        "socsim backtest scenarios/30plus-2023.json --registry full.csv --cuts 2022-12-15,2023-02-15,2023-04-15 --replicates 40 --out out/backtest",
    ];

    public override void Define(Command command)
    {
        command.Add(_scenario);
        command.Add(_set);
        _register.AddTo(command);
        command.Add(_cuts);
        command.Add(_replicates);
        command.Add(_seed);
        command.Add(_out);
    }

    public override Task<int> RunAsync(ParseResult parsed, CommandIo io)
    {
        Scenario scenario = ScenarioFile.Load(parsed.GetValue(_scenario)!, parsed.GetValue(_set));
        IReadOnlyList<BackTestRow> rows = BackTest.Run(scenario, _register.Read(parsed), parsed.GetValue(_cuts)!, (ulong)parsed.GetValue(_seed), parsed.GetValue(_replicates));
        if (parsed.GetValue(_out) is string outDir) OutputSets.BackTest(rows, scenario.Call.BudgetEur).Commit(outDir);
        io.Out.Write(BackTestCsv.Write(rows, scenario.Call.BudgetEur));
        return Task.FromResult(ExitCodes.Done);
    }
}
