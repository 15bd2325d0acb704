using System.Text.Json;
using Soc.Simulation.Abstractions.Scenarios;
using Soc.Simulation.Analysis.Screening;
using Soc.Simulation.Client.Experiments;
using Soc.Simulation.Client.Output;
using Soc.Simulation.Model.Randomness;
using Soc.Simulation.Model.Scenarios;
using Soc.Simulation.Tests.Cli;

namespace Soc.Simulation.Tests.Sensitivity;

/// <summary>
/// socsim sensitivity --method sobol: the estimators against a function whose indices are known in closed form, the
/// Saltelli design on a scenario, the same indices whatever the backend or the order points finish in, and the CLI.
/// </summary>
public class SobolTests
{
    private static readonly string Barcelona = Path.Combine(TestPaths.Root, "scenarios", "barcelona-2023.json");

    /// <summary>
    /// The Ishigami function f = sin x1 + 7 sin² x2 + 0.1 x3⁴ sin x1 on [−π, π]³ (Ishigami and Homma 1990), whose
    /// indices are known exactly: S = (0.3139, 0.4424, 0), ST = (0.5576, 0.4424, 0.2437).
    /// </summary>
    [Fact]
    public void Estimators_recover_the_Ishigami_indices()
    {
        const int n = 20_000;
        static double F(double[] x) => Math.Sin(x[0]) + 7 * Math.Pow(Math.Sin(x[1]), 2) + 0.1 * Math.Pow(x[2], 4) * Math.Sin(x[0]);
        var rng = new RandomStream(5);
        double[][] A = [.. Enumerable.Range(0, n).Select(_ => new[] { X(rng), X(rng), X(rng) })];
        double[][] B = [.. Enumerable.Range(0, n).Select(_ => new[] { X(rng), X(rng), X(rng) })];
        double[][] ab = [.. Enumerable.Range(0, 3).Select(i => A.Select((a, j) => F([.. a.Select((v, c) => c == i ? B[j][c] : v)])).ToArray())];

        KpiIndices k = SobolIndices.Estimate("ishigami", ["x1", "x2", "x3"], [.. A.Select(F)], [.. B.Select(F)], ab, 1, 300);

        double[] s = [0.3139, 0.4424, 0], st = [0.5576, 0.4424, 0.2437];
        Assert.Null(k.Note);
        for (int i = 0; i < 3; i++)
        {
            FactorIndices f = k.Factors[i];
            Assert.True(Math.Abs(f.FirstOrder.Estimate - s[i]) < 0.03, $"S{i + 1} = {f.FirstOrder.Estimate}, expected {s[i]}");
            Assert.True(Math.Abs(f.Total.Estimate - st[i]) < 0.03, $"ST{i + 1} = {f.Total.Estimate}, expected {st[i]}");
            Assert.True(f.FirstOrder.Ci95Low <= s[i] + 0.01 && s[i] - 0.01 <= f.FirstOrder.Ci95High, $"S{i + 1}'s interval [{f.FirstOrder.Ci95Low}, {f.FirstOrder.Ci95High}] misses {s[i]}");
            Assert.True(f.Total.Ci95Low <= st[i] + 0.01 && st[i] - 0.01 <= f.Total.Ci95High, $"ST{i + 1}'s interval [{f.Total.Ci95Low}, {f.Total.Ci95High}] misses {st[i]}");
        }

        static double X(RandomStream r) => -Math.PI + 2 * Math.PI * r.NextDouble();
    }

    [Fact]
    public void A_constant_KPI_or_one_with_too_few_values_gets_a_note_not_a_number()
    {
        double[] same = [3, 3, 3, 3, 3];
        KpiIndices constant = SobolIndices.Estimate("k", ["x"], same, same, [same], 1, 10);
        Assert.Contains("same value", constant.Note);
        Assert.True(double.IsNaN(constant.Factors[0].Total.Estimate));

        double[] gaps = [1, double.NaN, double.NaN, 4, double.NaN];
        KpiIndices sparse = SobolIndices.Estimate("k", ["x"], gaps, [1, 2, 3, 4, 5], [[1, 2, 3, 4, 5]], 1, 10);
        Assert.Contains("only 2 rows", sparse.Note);
    }

    [Fact]
    public void The_design_moves_one_factor_per_column_and_gives_chance_the_B_seed()
    {
        SobolPlan plan = Sobol.Plan(Request(["behaviour.subsidyTakeUp", "behaviour.deadweight"], samples: 4));

        Assert.Equal(["behaviour.subsidyTakeUp", "behaviour.deadweight", Sobol.ChanceFactor], plan.Factors.Select(f => f.Name));
        Assert.Equal(4 * 5, plan.Evaluations);
        Assert.Equal(Sobol.SimulationsFor(4, 2, 1), plan.Simulations);
        Assert.Contains("posterior", plan.Fixed);
        Assert.Contains("behaviour.renunciationShare", plan.Fixed);
        for (int row = 0; row < plan.Samples; row++)
        {
            (double TakeUp, double Deadweight, double Renunciation, ulong Seed) At(int column)
            {
                (Scenario s, ulong seed) = Sobol.Point(plan, row, column);
                Assert.Null(s.Uncertainty);
                return (ScenarioPaths.NumberAt(s, "behaviour.subsidyTakeUp")!.Value, ScenarioPaths.NumberAt(s, "behaviour.deadweight")!.Value,
                    ScenarioPaths.NumberAt(s, "behaviour.renunciationShare")!.Value, seed);
            }

            var a = At(0);
            var b = At(1);
            var takeUp = At(2);
            var deadweight = At(3);
            var chance = At(4);
            Assert.NotEqual(a.Seed, b.Seed);
            Assert.NotEqual(a.TakeUp, b.TakeUp);
            Assert.Equal((b.TakeUp, a.Deadweight, a.Seed), (takeUp.TakeUp, takeUp.Deadweight, takeUp.Seed));
            Assert.Equal((a.TakeUp, b.Deadweight, a.Seed), (deadweight.TakeUp, deadweight.Deadweight, deadweight.Seed));
            Assert.Equal((a.TakeUp, a.Deadweight, b.Seed), (chance.TakeUp, chance.Deadweight, chance.Seed));
            // A prior left out is held at its median in every point: uniform(0.01, 0.06) → 0.035.
            Assert.Equal([0.035], new[] { a, b, takeUp, deadweight, chance }.Select(p => p.Renunciation).Distinct());
        }
    }

    /// <summary>
    /// On the Barcelona scenario: the budget news lag matters to no KPI when the call does not run dry before the filing
    /// deadline, so its indices are exactly 0 (its column's points equal A's); take-up moves the money committed. The
    /// CLI through the embedded silo writes the same sensitivity.json as the Model alone with one point at a time.
    /// </summary>
    [Fact]
    public async Task Cli_through_the_silo_writes_the_same_indices_as_the_model_alone_one_point_at_a_time()
    {
        string dir = TestPaths.TempDir();
        string[] priors = ["behaviour.subsidyTakeUp", "behaviour.exhaustionNewsLagDays"];
        var (exit, stdout, stderr) = await SocSimRunner.RunAsync("sensitivity", Barcelona, "--method", "sobol", "--params", string.Join(',', priors),
            "--samples", "6", "--kpis", "subsidyCommittedEur,insertionRate", "--seed", "4", "--out", dir);

        Assert.True(exit == 0, stderr);
        Assert.Contains("N = 6 rows × 5 points = 30 points × 1 replicate(s) = 30 simulations", stderr);
        Assert.Contains("subsidyCommittedEur", stdout);
        foreach (string file in new[] { "sensitivity.json", "sensitivity.csv", "sensitivity.xlsx", "report.html", "sobol-subsidyCommittedEur.png", "sobol-insertionRate.svg" })
        {
            Assert.True(File.Exists(Path.Combine(dir, file)), $"{file} not written");
        }

        var quiet = new Progress(TextWriter.Null, false);
        SobolPlan plan = Sobol.Plan(Request(priors, samples: 6, kpis: ["subsidyCommittedEur", "insertionRate"], seed: 4));
        var order = new List<int>();
        SobolSummary here = await Sobol.RunAsync(plan, r =>
        {
            lock (order) order.Add(r.Index);
            return MonteCarloRunner.DirectAsync(r.Scenario, r.Seed, r.Replicates, quiet);
        }, inFlight: 1);
        Assert.Equal(Enumerable.Range(0, 30), order);
        Assert.Equal(OutputSets.Json(here), File.ReadAllText(Path.Combine(dir, "sensitivity.json")));

        KpiIndices committed = here.Kpis.Single(k => k.Kpi == "subsidyCommittedEur");
        FactorIndices lag = committed.Factors.Single(f => f.Factor == "behaviour.exhaustionNewsLagDays");
        Assert.Equal((0.0, 0.0), (lag.FirstOrder.Estimate, lag.Total.Estimate));
        Assert.True(committed.Factors.Single(f => f.Factor == "behaviour.subsidyTakeUp").Total.Estimate > 0.1, SobolTable.Write(here));

        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "sensitivity.json")));
        Assert.Equal("sobol", json.RootElement.GetProperty("method").GetString());
        string[] csv = File.ReadAllLines(Path.Combine(dir, "sensitivity.csv"));
        Assert.Equal(string.Join(',', SobolCsv.Columns), csv[0]);
        Assert.Equal(1 + 2 * 3, csv.Length);
        Assert.StartsWith("subsidyCommittedEur,behaviour.exhaustionNewsLagDays,prior,\"uniform(14, 28)\",0,0,0,0,0,0,", csv[2]);
        string html = File.ReadAllText(Path.Combine(dir, "report.html"));
        Assert.Contains("How to read it", html);
        Assert.Contains("id=\"chart-sobol-insertionRate\"", html);
    }

    [Theory]
    [InlineData("--samples", "1", "--samples")]
    [InlineData("--params", "call.budgetEur", "not one of the scenario's uncertain parameters")]
    [InlineData("--kpis", "subsidySpent", "--kpis subsidySpent")]
    [InlineData("--delta", "10%", "--delta: not with --method sobol")]
    [InlineData("--uncertainty", "off", "--uncertainty off")]
    public async Task Bad_input_exits_2_and_names_it(string option, string value, string expected)
    {
        string dir = TestPaths.TempDir();
        var (exit, _, stderr) = await SocSimRunner.RunAsync("sensitivity", Barcelona, "--method", "sobol", option, value, "--backend", "direct", "--out", dir, "--quiet", "true");

        Assert.Equal(2, exit);
        Assert.Contains(expected, stderr);
        Assert.Empty(Directory.Exists(dir) ? Directory.GetFiles(dir) : []);
    }

    private static SobolRequest Request(IReadOnlyList<string>? priors, int samples, IReadOnlyList<string>? kpis = null, ulong seed = 3) =>
        new(File.ReadAllText(Barcelona), Barcelona, [], priors, kpis, seed, samples, 1);
}
