using SkiaSharp;
using Soc.Simulation.Model.Register;

namespace Soc.Simulation.Tests.Cli;

public class RunCommandTests
{
    private static Task<(int Exit, string Out, string Err)> Run(string outDir, params string[] extra) =>
        SocSimRunner.RunAsync(["run", TestPaths.Baseline, "--registry", TestPaths.SampleRegister, "--out", outDir, .. extra]);

    [Fact]
    public async Task Run_prints_the_summary_and_writes_awards_results_and_chart()
    {
        string dir = TestPaths.TempDir();
        var (exit, stdout, stderr) = await Run(dir);

        Assert.True(exit == 0, stderr);
        Assert.Contains("refused for budget (waiting list)", stdout);
        Assert.Contains("budget exhausted on", stdout);
        string[] awards = File.ReadAllLines(Path.Combine(dir, "awards.csv"));
        Assert.Equal(AwardsCsv.Header, awards[0]);
        int registerRows = File.ReadAllLines(TestPaths.SampleRegister).Length - 1;
        Assert.Equal(registerRows, awards.Length - 1);
        using var results = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "results.json")));
        System.Text.Json.JsonElement kpis = results.RootElement.GetProperty("kpis");
        Assert.Equal(registerRows, kpis.GetProperty("applications").GetInt32());
        Assert.Equal(awards.Count(l => l.Contains(",refused_budget,", StringComparison.Ordinal)), kpis.GetProperty("refusedBudget").GetInt32());
        Assert.Equal(awards.Count(l => l.Contains(",refused_ineligible,A1 ", StringComparison.Ordinal)),
            results.RootElement.GetProperty("refusedByReason").GetProperty("A1").GetInt32());
        Assert.Equal(4, results.RootElement.GetProperty("budgetLines").GetArrayLength());
        Assert.Equal(["awards.csv", "awards.xlsx", "budget.png", "budget.svg", "decision-trail.csv", "report.html", "results.json", "results.xlsx", "spending-by-line.png", "spending-by-line.svg"],
            Directory.GetFileSystemEntries(dir).Select(Path.GetFileName).Order());
    }

    [Fact]
    public async Task Same_scenario_and_register_give_byte_identical_files()
    {
        string a = TestPaths.TempDir(), b = TestPaths.TempDir();
        Assert.Equal(0, (await Run(a)).Exit);
        Assert.Equal(0, (await Run(b)).Exit);

        foreach (string file in Directory.GetFiles(a).Select(f => Path.GetFileName(f)))
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(a, file)), File.ReadAllBytes(Path.Combine(b, file)));
        }
    }

    [Fact]
    public async Task Budget_chart_is_not_blank_and_has_text()
    {
        string dir = TestPaths.TempDir();
        Assert.Equal(0, (await Run(dir)).Exit);

        using SKBitmap png = SKBitmap.Decode(Path.Combine(dir, "budget.png"));
        Assert.Equal(1000, png.Width);
        var colours = new HashSet<SKColor>();
        for (int y = 0; y < png.Height; y += 2)
        {
            for (int x = 0; x < png.Width; x += 2)
            {
                colours.Add(png.GetPixel(x, y));
            }
        }

        Assert.True(colours.Count > 20, $"only {colours.Count} colours: blank chart");
        // Only the title is drawn in the top band: without a usable font ScottPlot draws no text at all.
        int titleInk = 0;
        for (int y = 0; y < 32; y++)
        {
            for (int x = 0; x < png.Width; x++)
            {
                SKColor c = png.GetPixel(x, y);
                if (c.Red < 100 && c.Green < 100 && c.Blue < 100) titleInk++;
            }
        }

        Assert.True(titleInk > 300, $"only {titleInk} dark pixels in the title band: text missing");
    }

    [Fact]
    public async Task Set_changes_the_outcome_a_smaller_budget_refuses_more_for_budget()
    {
        string full = TestPaths.TempDir(), small = TestPaths.TempDir();
        Assert.Equal(0, (await Run(full)).Exit);
        Assert.Equal(0, (await Run(small, "--set", "call.budgetEur=5000000")).Exit);

        static int RefusedBudget(string dir) => File.ReadLines(Path.Combine(dir, "awards.csv")).Count(l => l.Contains(",refused_budget,"));
        Assert.True(RefusedBudget(small) > RefusedBudget(full) + 100);
    }

    [Theory]
    [InlineData("--set", "call.budgetEru=1", "$.call has no field 'budgetEru'")]
    [InlineData("--set", "call.budgetEur=-1", "$.call.budgetEur: expected a non-negative amount")]
    [InlineData("--registry2", "x.csv", "unknown option '--registry2'; did you mean '--registry'?")]
    public async Task Bad_input_exits_2_with_a_message_and_writes_nothing(string flag, string value, string expected)
    {
        string dir = Path.Combine(TestPaths.TempDir(), "out");
        var (exit, stdout, stderr) = await Run(dir, flag, value);

        Assert.Equal(2, exit);
        Assert.Contains(expected, stderr);
        Assert.DoesNotContain("   at ", stderr);
        Assert.Equal("", stdout);
        Assert.False(Directory.Exists(dir));
    }

    [Fact]
    public async Task Malformed_register_exits_2_naming_line_and_column_and_writes_nothing()
    {
        string tmp = TestPaths.TempDir();
        string[] lines = File.ReadAllLines(TestPaths.SampleRegister);
        int i = Array.FindIndex(lines, 1, l => l.Contains(",company,", StringComparison.Ordinal));
        lines[i] = lines[i].Replace(",company,", ",corporation,", StringComparison.Ordinal);
        string register = Path.Combine(tmp, "bad.csv");
        File.WriteAllLines(register, lines);
        string dir = Path.Combine(tmp, "out");

        var (exit, _, stderr) = await SocSimRunner.RunAsync("run", TestPaths.Baseline, "--registry", register, "--out", dir);

        Assert.Equal(2, exit);
        Assert.Contains($"bad.csv:{i + 1}: column 'employer_type': expected company | self_employed | civil_society | non_profit, got 'corporation'", stderr);
        Assert.False(Directory.Exists(dir));
    }

    [Fact]
    public async Task Missing_scenario_file_exits_2() =>
        Assert.Equal((2, "error: nope.json: scenario file not found"),
            await SocSimRunner.RunAsync("run", "nope.json", "--registry", TestPaths.SampleRegister) is var r ? (r.Exit, r.Err.Trim()) : default);

    [Fact]
    public async Task Unknown_command_exits_2_with_a_suggestion()
    {
        var (exit, stdout, stderr) = await SocSimRunner.RunAsync("rnu");

        Assert.Equal(2, exit);
        Assert.Equal("", stdout);
        Assert.StartsWith("error: socsim: unknown command 'rnu'; did you mean 'run'?\ncommands: run, compare, project", stderr);
    }

    [Fact]
    public async Task Generated_register_is_the_shipped_one()
    {
        string file = Path.Combine(TestPaths.TempDir(), "sample.csv");
        Assert.Equal(0, (await SocSimRunner.RunAsync("generate-register", "--out", file)).Exit);
        Assert.Equal(File.ReadAllText(TestPaths.SampleRegister), File.ReadAllText(file));
    }
}
