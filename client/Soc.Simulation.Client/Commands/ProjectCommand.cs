using System.CommandLine;
using System.Globalization;
using System.Text;
using Soc.Simulation.Client.Cli;
using Soc.Simulation.Client.Experiments;
using Soc.Simulation.Client.Output;
using Soc.Simulation.Analysis.Summaries;
using Soc.Simulation.Analysis.Projection;
using Soc.Simulation.Abstractions.Scenarios;
using Soc.Simulation.Model.Scenarios;

namespace Soc.Simulation.Client.Commands;

/// <summary><c>socsim project</c>: the books of a running call projected from its register on an as-of day.</summary>
public sealed class ProjectCommand : SocSimCommand
{
    private readonly Argument<string> _scenario = CommonOptions.Scenario();
    private readonly Option<string[]> _set = CommonOptions.Set();
    private readonly RegisterFileOptions _register = new(required: true);
    private readonly Option<string?> _history = RegisterFileOptions.History();
    private readonly Option<DateOnly?> _asOf = CommonOptions.Date("--as-of", "The day the register runs to: applications registered after it are not known yet.", required: true);
    private readonly Option<int> _replicates = CommonOptions.Replicates(100);
    private readonly Option<int> _seed = CommonOptions.Seed();
    private readonly ProjectionBackendOptions _backend = new();
    private readonly OutputOptions _output = new();

    public override string Name => "project";

    public override string Summary => "Project a running call from its register so far: committed, paid, refunded by month and line, exhaustion, unspent.";

    public override string? Details =>
        "Decides the applications registered up to --as-of as the call did, then simulates the rest of the call;\n" +
        "writes projection.json, projection.csv, projection.xlsx (cumulative euros by month and budget line with P10–P90),\n" +
        "the charts and report.html.";

    public override IReadOnlyList<string> Examples =>
    [
        "socsim project scenarios/30plus-2023.json --registry scenarios/registers/sample-2023.csv --as-of 2023-02-01 --out out/projection",
        "socsim project scenarios/30plus-2023.json --registry registre-fins-febrer.xlsx --as-of 2023-02-28 --replicates 200",
        "socsim project scenarios/30plus-2023.json --registry registre-2024.csv --history registre-2023.csv --as-of 2024-01-15",
    ];

    public override void Define(Command command)
    {
        command.Add(_scenario);
        command.Add(_set);
        _register.AddTo(command);
        command.Add(_history);
        command.Add(_asOf);
        command.Add(_replicates);
        command.Add(_seed);
        _backend.AddTo(command);
        _output.AddTo(command);
    }

    public override async Task<int> RunAsync(ParseResult parsed, CommandIo io)
    {
        Scenario scenario = ScenarioFile.Load(parsed.GetValue(_scenario)!, parsed.GetValue(_set));
        IReadOnlyList<Abstractions.GrantCall.Application> register = _register.Read(parsed);
        IReadOnlyList<Abstractions.GrantCall.Application>? history = _register.ReadHistory(parsed, _history);
        await using ReplicateRunner runner = await ReplicateRunner.StartAsync(_backend.BackendOf(parsed));
        ProjectionSummary summary = await CallProjector.ProjectAsync(scenario, register, parsed.GetValue(_asOf)!.Value, (ulong)parsed.GetValue(_seed), parsed.GetValue(_replicates), history, runner.ProjectAsync);

        return OutputSets.Projection(summary, scenario).CommitAndPrint(_output.FolderOf(parsed), io.Out, _output.JsonOf(parsed), () => Table(summary));
    }

    private static string Table(ProjectionSummary p)
    {
        var sb = new StringBuilder();
        sb.AppendLine($"{p.Scenario}: projection as of {p.AsOf:yyyy-MM-dd}, {p.Replicates} replicates, seed {p.Seed}");
        sb.AppendLine($"known: {p.KnownApplications:N0} applications ({p.ApplicationsPerDay:0.00} a day), committed {Eur(p.CommittedAsOfEur)}, paid {Eur(p.PaidAsOfEur)} of {Eur(p.BudgetEur)}");
        SeriesPoint end = p.CommittedEur[^1];
        sb.AppendLine($"projected net committed at the end: {Eur(end.Mean)} (P10 {Eur(end.P10)}, P90 {Eur(end.P90)})");
        sb.AppendLine($"projected unspent: {Eur(p.UnspentEur.Mean)} (P10 {Eur(p.UnspentP10Eur)}, P90 {Eur(p.UnspentP90Eur)})");
        sb.AppendLine($"applications refused for budget: {p.ApplicationsRefusedBudget.Mean:0.0} [{p.ApplicationsRefusedBudget.Ci95Low:0.0}, {p.ApplicationsRefusedBudget.Ci95High:0.0}]");
        ExhaustionDistribution x = p.Exhaustion;
        sb.AppendLine($"the call runs out in {x.Probability:P0} of replicates" + (x.Median is DateOnly m ? $": P10 {x.P10:yyyy-MM-dd}, median {m:yyyy-MM-dd}, P90 {x.P90:yyyy-MM-dd}" : ""));
        if (p.Demand is DemandEstimate demand)
        {
            sb.AppendLine($"demand: {demand.StartsPerDay:0.0} contract starts a day, trend {demand.TrendPerWeek:+0.0%;-0.0%} a week; filing delay median {demand.FilingDelayMedianDays} days (P90 {demand.FilingDelayP90Days}), about {demand.ExpectedPendingFilings:N0} filings of contracts already started still to come");
        }

        sb.AppendLine();
        sb.AppendLine(p.Outlook);
        sb.AppendLine();
        sb.AppendLine($"{"month",-9}{"committed (mean)",20}{"P10",16}{"P90",16}{"paid (mean)",18}{"P10",16}{"P90",16}");
        for (int i = 0; i < p.CommittedEur.Count; i++)
        {
            SeriesPoint c = p.CommittedEur[i], d = p.PaidEur[i];
            sb.AppendLine($"{c.Month,-9}{Eur(c.Mean),20}{Eur(c.P10),16}{Eur(c.P90),16}{Eur(d.Mean),18}{Eur(d.P10),16}{Eur(d.P90),16}");
        }

        return sb.ToString();
    }

    private static string Eur(double v) => v.ToString("N0", CultureInfo.InvariantCulture) + " EUR";

    private static string Eur(decimal v) => v.ToString("N0", CultureInfo.InvariantCulture) + " EUR";
}
