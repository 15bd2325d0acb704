using System.Globalization;
using System.Text;
using System.Text.Json;
using Soc.Simulation.Client.Cli;
using Soc.Simulation.Client.Output;
using Soc.Simulation.Experiments;
using Soc.Simulation.Projection;
using Soc.Simulation.Register;
using Soc.Simulation.Scenarios;

namespace Soc.Simulation.Client.Commands;

/// <summary><c>socsim project</c>: the books of a running call projected from its register on an as-of day.</summary>
public static class ProjectCommand
{
    public static int Run(Arguments args, TextWriter stdout)
    {
        string registry = args.Option("registry") ?? throw new InputException($"project: --registry <register.csv> is required\nusage: {Usage.Project}");
        DateOnly asOf = ParseDate(args.Option("as-of") ?? throw new InputException($"project: --as-of <YYYY-MM-DD> is required\nusage: {Usage.Project}"), "--as-of");
        string outDir = args.Option("out") ?? "out";
        IReadOnlyList<string> sets = args.Options("set");
        int replicates = args.IntOption("replicates", 100, 2, 100_000);
        int seed = args.IntOption("seed", 1, 0, int.MaxValue);
        bool json = args.Option("json") is "true";
        _ = args.Option("quiet");
        args.RejectUnknown(1, Usage.Project);

        Scenario scenario = ScenarioFile.Load(args.Positional[0], sets);
        IReadOnlyList<GrantCall.Application> register = RegisterReader.ReadFile(registry);
        ProjectionSummary summary = CallProjector.Project(scenario, register, asOf, (ulong)seed, replicates);

        var files = new OutputFiles();
        string jsonText = JsonSerializer.Serialize(summary, ScenarioJson.Options) + "\n";
        files.Add("projection.json", jsonText);
        files.Add("projection.csv", Csv(summary));
        foreach ((string name, byte[] content) in Report.ReportWriter.ForProjection(summary, scenario).Files()) files.Add(name, content);
        return files.CommitAndPrint(outDir, stdout, json, jsonText, () => Table(summary));
    }

    public static DateOnly ParseDate(string raw, string flag) =>
        DateOnly.TryParseExact(raw, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly d)
            ? d
            : throw new InputException($"{flag}: expected a date YYYY-MM-DD, got '{raw}'");

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
        sb.AppendLine();
        sb.AppendLine($"{"month",-9}{"committed (mean)",20}{"P10",16}{"P90",16}{"paid (mean)",18}{"P10",16}{"P90",16}");
        for (int i = 0; i < p.CommittedEur.Count; i++)
        {
            SeriesPoint c = p.CommittedEur[i], d = p.PaidEur[i];
            sb.AppendLine($"{c.Month,-9}{Eur(c.Mean),20}{Eur(c.P10),16}{Eur(c.P90),16}{Eur(d.Mean),18}{Eur(d.P10),16}{Eur(d.P90),16}");
        }

        return sb.ToString();
    }

    /// <summary>projection.csv: one row per month and budget line (and "call"), cumulative euros with their bands.</summary>
    private static string Csv(ProjectionSummary p)
    {
        var sb = new StringBuilder("month,line,committed_mean,committed_p10,committed_p90,paid_mean,paid_p10,paid_p90,refunded_mean,refunded_p10,refunded_p90\n");
        void Rows(string line, IReadOnlyList<SeriesPoint> c, IReadOnlyList<SeriesPoint> d, IReadOnlyList<SeriesPoint> r)
        {
            for (int i = 0; i < c.Count; i++)
            {
                sb.Append(Register.Csv.Line([c[i].Month, line, N(c[i].Mean), N(c[i].P10), N(c[i].P90), N(d[i].Mean), N(d[i].P10), N(d[i].P90), N(r[i].Mean), N(r[i].P10), N(r[i].P90)])).Append('\n');
            }
        }

        Rows("call", p.CommittedEur, p.PaidEur, p.RefundedEur);
        foreach (LineProjection l in p.Lines) Rows(l.Line, l.CommittedEur, l.PaidEur, l.RefundedEur);
        return sb.ToString();
    }

    private static string N(double v) => v.ToString("0.00", CultureInfo.InvariantCulture);

    private static string Eur(double v) => v.ToString("N0", CultureInfo.InvariantCulture) + " EUR";

    private static string Eur(decimal v) => v.ToString("N0", CultureInfo.InvariantCulture) + " EUR";
}
