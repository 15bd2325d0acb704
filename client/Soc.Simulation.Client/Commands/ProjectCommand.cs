using System.CommandLine;
using System.Text;
using Soc.Simulation.Client.Cli;
using Soc.Simulation.Client.Languages;
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
        using IDisposable language = _output.LanguageOf(parsed);
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
        sb.AppendLine(Say.F("{0}: projection as of {1}, {2} replicates, seed {3}", p.Scenario, Say.Date(p.AsOf), p.Replicates, p.Seed));
        sb.AppendLine(Say.F("known: {0} applications ({1} a day), committed {2}, paid {3} of {4}", p.KnownApplications.ToString("N0", Say.Numbers), p.ApplicationsPerDay.ToString("0.00", Say.Numbers), Eur(p.CommittedAsOfEur), Eur(p.PaidAsOfEur), Eur(p.BudgetEur)));
        SeriesPoint end = p.CommittedEur[^1];
        sb.AppendLine(Say.F("projected net committed at the end: {0} (P10 {1}, P90 {2})", Eur(end.Mean), Eur(end.P10), Eur(end.P90)));
        sb.AppendLine(Say.F("projected unspent: {0} (P10 {1}, P90 {2})", Eur(p.UnspentEur.Mean), Eur(p.UnspentP10Eur), Eur(p.UnspentP90Eur)));
        sb.AppendLine(Say.F("applications refused for budget: {0} [{1}, {2}]", p.ApplicationsRefusedBudget.Mean.ToString("0.0", Say.Numbers), p.ApplicationsRefusedBudget.Ci95Low.ToString("0.0", Say.Numbers), p.ApplicationsRefusedBudget.Ci95High.ToString("0.0", Say.Numbers)));
        ExhaustionDistribution x = p.Exhaustion;
        sb.AppendLine(Say.F("the call runs out in {0} of replicates", x.Probability.ToString("P0", Say.Numbers)) + (x.Median is DateOnly m ? Say.F(": P10 {0}, median {1}, P90 {2}", Say.Date(x.P10!.Value), Say.Date(m), Say.Date(x.P90!.Value)) : ""));
        if (p.Demand is DemandEstimate demand)
        {
            sb.AppendLine($"demand: {demand.StartsPerDay:0.0} contract starts a day, trend {demand.TrendPerWeek:+0.0%;-0.0%} a week; filing delay median {demand.FilingDelayMedianDays} days (P90 {demand.FilingDelayP90Days}), about {demand.ExpectedPendingFilings:N0} filings of contracts already started still to come");
        }

        sb.AppendLine();
        sb.AppendLine(p.Outlook);
        sb.AppendLine();
        sb.AppendLine($"{Say.T("month"),-9}{Say.T("committed (mean)"),20}{"P10",16}{"P90",16}{Say.T("paid (mean)"),18}{"P10",16}{"P90",16}");
        for (int i = 0; i < p.CommittedEur.Count; i++)
        {
            SeriesPoint c = p.CommittedEur[i], d = p.PaidEur[i];
            sb.AppendLine($"{Say.Month(c.Month),-9}{Eur(c.Mean),20}{Eur(c.P10),16}{Eur(c.P90),16}{Eur(d.Mean),18}{Eur(d.P10),16}{Eur(d.P90),16}");
        }

        return sb.ToString();
    }

    private static string Eur(double v) => v.ToString("N0", Say.Numbers) + " EUR";

    private static string Eur(decimal v) => v.ToString("N0", Say.Numbers) + " EUR";
}
