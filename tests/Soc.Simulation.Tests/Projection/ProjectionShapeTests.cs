using System.Text.Json;
using Soc.Simulation.Analysis.Projection;
using Soc.Simulation.Client.Output;
using Soc.Simulation.Tests.Cli;
using Soc.Simulation.Abstractions.GrantCall;
using Soc.Simulation.Model.Register;
using Soc.Simulation.Abstractions.Scenarios;
using Soc.Simulation.Model.Scenarios;

namespace Soc.Simulation.Tests.Projection;

/// <summary>The projection of H7 on registers of every shape, on generator seeds not used while building it.</summary>
public class ProjectionShapeTests
{
    private static readonly DateOnly[] Cuts = [new(2023, 1, 15), new(2023, 3, 15)];

    /// <summary>A shape the projection was not built for: two waves of hiring with a trough between them.</summary>
    private static readonly DemandProfile TwoWaves = new("two-waves",
        t => 0.3 + 1.4 * Math.Exp(-Math.Pow((t - 0.2) / 0.1, 2)) + 1.4 * Math.Exp(-Math.Pow((t - 0.7) / 0.1, 2)), false);

    [Fact]
    public async Task Bands_hold_the_actual_on_fresh_seeds_of_every_profile()
    {
        Scenario call = ScenarioFile.Load(TestPaths.Baseline);
        var rows = new List<BackTestRow>();
        foreach (DemandProfile profile in DemandProfile.Shipped.Append(TwoWaves))
        {
            rows.AddRange(await BackTest.RunAsync(call, SampleRegisterGenerator.Generate(3000, 301, profile), Cuts, 5, 10, registry: profile.Name));
        }

        BackTestPooled pooled = BackTestPooled.Of(rows, call.Call.BudgetEur);
        string table = string.Join("; ", rows.Select(r => $"{r.Registry} {r.Cut}: {100 * r.ErrorEur / (double)call.Call.BudgetEur:0.0} %, inside {r.ActualInsideBand}"));
        Assert.True(pooled.Coverage >= 0.6, $"coverage {pooled.Coverage:P0}: {table}");
        Assert.True(pooled.MedianErrorPctOfBudget <= 10, $"median error {pooled.MedianErrorPctOfBudget:0.0} %: {table}");
    }

    [Fact]
    public async Task Same_seed_gives_the_same_projection()
    {
        Scenario call = ScenarioFile.Load(TestPaths.Baseline);
        IReadOnlyList<Application> register = SampleRegisterGenerator.Generate(1500, 302, DemandProfile.Ramp);
        async Task<string> Once() => OutputSets.Json(await CallProjector.ProjectAsync(call, register, new DateOnly(2023, 1, 15), 9, 6));
        string first = await Once();
        Assert.Equal(first, await Once());
        Assert.NotEqual(first, OutputSets.Json(await CallProjector.ProjectAsync(call, register, new DateOnly(2023, 1, 15), 10, 6)));
    }

    [Fact]
    public void Profiles_give_their_shapes_and_flat_is_the_original_generator()
    {
        static double LateShare(DemandProfile p) =>
            SampleRegisterGenerator.Generate(2000, 303, p).Count(a => a.ContractStart >= new DateOnly(2023, 1, 1)) / 2000.0;
        Assert.Equal(RegisterWriter.Write(SampleRegisterGenerator.Generate(300, 7)), RegisterWriter.Write(SampleRegisterGenerator.Generate(300, 7, DemandProfile.Flat)));
        Assert.True(LateShare(DemandProfile.Ramp) > LateShare(DemandProfile.Flat) + 0.1);
        Assert.True(LateShare(DemandProfile.Frontload) < LateShare(DemandProfile.Flat) - 0.1);
        double MeanDelay(DemandProfile p) => SampleRegisterGenerator.Generate(2000, 303, p).Average(a => a.RegisteredOn.DayNumber - a.ContractStart.DayNumber);
        Assert.True(MeanDelay(DemandProfile.Surge) > MeanDelay(DemandProfile.Flat) + 10);
    }

    [Fact]
    public async Task Backtest_keeps_its_columns_and_pools_several_registers()
    {
        string dir = TestPaths.TempDir(), a = Path.Combine(dir, "a.csv"), b = Path.Combine(dir, "b.csv"), outDir = Path.Combine(dir, "out");
        Assert.Equal(0, (await SocSimRunner.RunAsync("generate-register", "--profile", "ramp", "--rows", "800", "--seed", "304", "--out", a)).Exit);
        Assert.Equal(0, (await SocSimRunner.RunAsync("generate-register", "--profile", "surge", "--rows", "800", "--seed", "304", "--out", b)).Exit);
        var (exit, stdout, stderr) = await SocSimRunner.RunAsync("backtest", TestPaths.Baseline, "--registry", a, "--registry", b, "--cuts", "2023-02-15", "--replicates", "4", "--out", outDir);

        Assert.True(exit == 0, stderr);
        string[] header = stdout.Split('\n')[0].Split(',');
        string[] kept = ["cut", "known_applications", "projected_committed_eur", "p10_eur", "p90_eur", "actual_committed_eur"];
        Assert.Equal(kept, header[..6]);
        Assert.True(Array.IndexOf(header, "error_pct_of_budget") < Array.IndexOf(header, "actual_inside_p10_p90"));
        Assert.Equal(["registry", "pit", "projected_exhaustion", "actual_exhaustion"], header[^4..]);
        Assert.Equal(3, stdout.Trim().Split('\n').Length);
        Assert.Contains("pooled over 2 cuts", stderr);
        Assert.True(File.Exists(Path.Combine(outDir, "pit.png")));
        using var summary = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "backtest-summary.json")));
        Assert.Equal(2, summary.RootElement.GetProperty("cases").GetInt32());
    }

    [Fact]
    public async Task History_sets_the_prior_shape_and_a_bad_one_is_a_one_line_error()
    {
        Scenario call = ScenarioFile.Load(TestPaths.Baseline);
        IReadOnlyList<Application> register = SampleRegisterGenerator.Generate(1500, 305, DemandProfile.Surge);
        // The previous edition: the same shape a year earlier.
        IReadOnlyList<Application> previous = [.. SampleRegisterGenerator.Generate(1500, 306, DemandProfile.Surge)
            .Select(a => a with { ContractStart = a.ContractStart.AddYears(-1), RegisteredAt = a.RegisteredAt.AddYears(-1) })];
        DateOnly asOf = new(2023, 1, 15);
        ProjectionSummary without = await CallProjector.ProjectAsync(call, register, asOf, 3, 6);
        ProjectionSummary with = await CallProjector.ProjectAsync(call, register, asOf, 3, 6, previous);
        Assert.NotEqual(without.CommittedEur[^1].Mean, with.CommittedEur[^1].Mean);

        string bad = Path.Combine(TestPaths.TempDir(), "previous.csv");
        File.WriteAllText(bad, "application_id,registered_at\nA,not-a-date\n");
        var (exit, _, stderr) = await SocSimRunner.RunAsync("project", TestPaths.Baseline, "--registry", TestPaths.SampleRegister, "--history", bad, "--as-of", "2023-02-01", "--replicates", "2", "--out", TestPaths.TempDir());
        Assert.Equal(2, exit);
        Assert.Contains("previous.csv", stderr);
        Assert.Single(stderr.Trim().Split('\n'));
    }

    [Fact]
    public async Task Project_says_when_the_call_runs_out_and_what_is_left()
    {
        var (exit, stdout, stderr) = await SocSimRunner.RunAsync("project", TestPaths.Baseline, "--registry", TestPaths.SampleRegister, "--as-of", "2023-01-15", "--replicates", "8", "--out", TestPaths.TempDir());
        Assert.True(exit == 0, stderr);
        Assert.Contains("likely to run out around", stdout);
        Assert.Contains("is likely to be left unspent at the end (P10", stdout);
    }
}
