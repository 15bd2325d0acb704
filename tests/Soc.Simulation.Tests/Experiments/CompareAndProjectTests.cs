using System.Text.Json;
using Soc.Simulation.Client.Commands;
using Soc.Simulation.Client.Experiments;
using Soc.Simulation.Tests.Cli;
using Soc.Simulation.Analysis.Projection;
using Soc.Simulation.Model.Register;
using Soc.Simulation.Abstractions.Scenarios;
using Soc.Simulation.Model.Scenarios;
using Soc.Simulation.Abstractions.Simulation;

namespace Soc.Simulation.Tests.Experiments;

public class CompareAndProjectTests
{
    private static readonly string Barcelona = Path.Combine(TestPaths.Root, "scenarios", "barcelona-2023.json");

    [Fact]
    public async Task Comparing_a_scenario_with_itself_gives_exactly_zero_differences()
    {
        string dir = TestPaths.TempDir();
        var (exit, _, stderr) = await SocSimRunner.RunAsync("compare", Barcelona, Barcelona, "--replicates", "4", "--seed", "3", "--out", dir, "--backend", "direct");

        Assert.True(exit == 0, stderr);
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "compare.json")));
        JsonElement alt = doc.RootElement.GetProperty("differences")[0];
        Assert.Empty(alt.GetProperty("parameters").EnumerateArray());
        foreach (JsonElement kpi in alt.GetProperty("kpis").EnumerateArray())
        {
            JsonElement diff = kpi.GetProperty("meanDifference");
            Assert.True(diff.ValueKind == JsonValueKind.Null || diff.GetDouble() == 0, $"{kpi.GetProperty("kpi")}: {diff}");
        }

        Assert.Equal(File.ReadLines(Path.Combine(dir, "compare.csv")).Count() - 1, alt.GetProperty("kpis").GetArrayLength());
    }

    [Fact]
    public async Task A_doubled_budget_never_refuses_more_for_budget_replicate_by_replicate()
    {
        // At 1.5 M€ the call runs out under every parameter draw, so the baseline surely refuses for budget.
        Scenario baseline = ScenarioFile.Load(Barcelona, ["call.budgetEur=1500000"]);
        Scenario doubled = ScenarioFile.Load(Barcelona, ["call.budgetEur=3000000"]);
        var quiet = new Progress(TextWriter.Null, false);
        ReplicateResult[] b = await MonteCarloRunner.DirectAsync(baseline, 5, 8, quiet);
        ReplicateResult[] d = await MonteCarloRunner.DirectAsync(doubled, 5, 8, quiet);

        double Refused(ReplicateResult r) => r.Kpis[Array.IndexOf(r.KpiNames, "applicationsRefusedBudget")];
        Assert.Contains(b, r => Refused(r) > 0);
        for (int i = 0; i < b.Length; i++) Assert.True(Refused(d[i]) <= Refused(b[i]), $"replicate {i}: {Refused(d[i])} > {Refused(b[i])}");
    }

    [Fact]
    public async Task Alt_overrides_name_the_parameters_that_differ_and_move_the_kpis()
    {
        string dir = TestPaths.TempDir();
        var (exit, stdout, stderr) = await SocSimRunner.RunAsync("compare", Barcelona, "--alt", "low:call.budgetEur=800000,call.partialGrants=true",
            "--replicates", "4", "--out", dir, "--backend", "direct");

        Assert.True(exit == 0, stderr);
        Assert.Contains("call.budgetEur: 2653866.13 -> 800000", stdout);
        Assert.Contains("call.partialGrants: false -> true", stdout);
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "compare.json")));
        JsonElement committed = doc.RootElement.GetProperty("differences")[0].GetProperty("kpis").EnumerateArray()
            .First(k => k.GetProperty("kpi").GetString() == "subsidyCommittedEur");
        Assert.True(committed.GetProperty("ci95High").GetDouble() < 0);
    }

    [Fact]
    public void Alt_parsing_keeps_commas_inside_a_value() =>
        Assert.Equal(["call.budgetChanges=[{\"on\":\"2023-01-01\",\"kind\":\"top_up\",\"amountEur\":5,\"line\":null}]", "call.partialGrants=true"],
            CompareCommand.ParseAlt("x:call.budgetChanges=[{\"on\":\"2023-01-01\",\"kind\":\"top_up\",\"amountEur\":5,\"line\":null}],call.partialGrants=true").Overrides);

    [Fact]
    public async Task Bad_alt_exits_2() =>
        Assert.Equal(2, (await SocSimRunner.RunAsync("compare", Barcelona, "--alt", "no-colon", "--backend", "direct")).Exit);

    [Fact]
    public async Task Back_test_error_shrinks_as_the_cut_moves_later()
    {
        Scenario call = ScenarioFile.Load(TestPaths.Baseline);
        IReadOnlyList<Abstractions.GrantCall.Application> full = SampleRegisterGenerator.Generate(3000, 7);
        DateOnly[] cuts = [new(2022, 11, 15), new(2023, 1, 15), new(2023, 3, 15), new(2023, 5, 15)];

        IReadOnlyList<BackTestRow> rows = await BackTest.RunAsync(call, full, cuts, 1, 20);

        // A projection with honest rate uncertainty need not improve at every cut; the later cuts beat the earlier ones.
        double early = Math.Max(rows[0].PathErrorEur, rows[1].PathErrorEur);
        for (int i = 2; i < rows.Count; i++)
        {
            Assert.True(rows[i].PathErrorEur < early, $"cut {rows[i].Cut}: path error {rows[i].PathErrorEur:N0} not below {early:N0}");
        }

        Assert.All(rows, r => Assert.True(r.PathErrorEur <= 0.1 * (double)call.Call.BudgetEur, $"cut {r.Cut}: path error {r.PathErrorEur:N0}"));

        Assert.True(rows[^1].PathErrorEur < 0.001 * (double)call.Call.BudgetEur);
    }

    [Fact]
    public async Task Project_writes_its_files_and_knows_only_the_past()
    {
        string dir = TestPaths.TempDir();
        var (exit, stdout, stderr) = await SocSimRunner.RunAsync("project", TestPaths.Baseline, "--registry", TestPaths.SampleRegister,
            "--as-of", "2023-02-01", "--replicates", "10", "--out", dir);

        Assert.True(exit == 0, stderr);
        Assert.Contains("projection as of 2023-02-01", stdout);
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "projection.json")));
        int known = doc.RootElement.GetProperty("knownApplications").GetInt32();
        Assert.Equal(RegisterReader.ReadFile(TestPaths.SampleRegister).Count(a => a.RegisteredOn <= new DateOnly(2023, 2, 1)), known);
        // Months before the cut are history: every replicate agrees on them.
        JsonElement first = doc.RootElement.GetProperty("committedEur")[0];
        Assert.Equal(first.GetProperty("p10").GetDouble(), first.GetProperty("p90").GetDouble());
        Assert.True(File.Exists(Path.Combine(dir, "projection.csv")));
    }

    [Theory]
    [InlineData("2023-13-01", "--as-of: expected a date YYYY-MM-DD")]
    [InlineData("2021-01-01", "--as-of 2021-01-01: expected a date from the filing start 2022-10-01")]
    public async Task Project_with_a_bad_date_exits_2(string asOf, string message)
    {
        var (exit, _, stderr) = await SocSimRunner.RunAsync("project", TestPaths.Baseline, "--registry", TestPaths.SampleRegister, "--as-of", asOf, "--out", TestPaths.TempDir());
        Assert.Equal(2, exit);
        Assert.Contains(message, stderr);
    }

    [Fact]
    public async Task Json_flag_prints_the_results_file_on_stdout_and_nothing_else()
    {
        string dir = TestPaths.TempDir();
        var (exit, stdout, _) = await SocSimRunner.RunAsync("run", Barcelona, "--replicates", "2", "--out", dir, "--backend", "direct", "--json", "true");

        Assert.Equal(0, exit);
        Assert.Equal(File.ReadAllText(Path.Combine(dir, "results.json")), stdout);
    }

    [Fact]
    public async Task Compare_and_project_write_their_reports()
    {
        string cmp = TestPaths.TempDir(), proj = TestPaths.TempDir();
        Assert.Equal(0, (await SocSimRunner.RunAsync("compare", Barcelona, "--alt", "b:call.budgetEur=2000000", "--replicates", "2", "--out", cmp, "--backend", "direct", "--quiet", "true")).Exit);
        Assert.Equal(0, (await SocSimRunner.RunAsync("project", TestPaths.Baseline, "--registry", TestPaths.SampleRegister, "--as-of", "2023-03-01", "--replicates", "4", "--out", proj)).Exit);

        Assert.Contains("call.budgetEur", File.ReadAllText(Path.Combine(cmp, "report.html")));
        Assert.Contains("2023-03-01", File.ReadAllText(Path.Combine(proj, "report.html")));
        Assert.True(File.Exists(Path.Combine(proj, "budget.png")));
    }
}
