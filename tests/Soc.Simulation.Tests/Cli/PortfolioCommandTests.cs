using System.Text.Json;

namespace Soc.Simulation.Tests.Cli;

/// <summary><c>socsim portfolio</c> on the shipped portfolio: the grains and the Model alone write the same bytes; bad input is exit 2.</summary>
public class PortfolioCommandTests
{
    public static string Shipped => Path.Combine(TestPaths.Root, "scenarios", "portfolios", "soc-2024-2025.json");

    public static readonly string[] Files =
    [
        "awards-30plus-2023-24.csv", "awards-30plus-2024-25.csv", "de-minimis.csv", "decision-trail-30plus-2023-24.csv",
        "decision-trail-30plus-2024-25.csv", "lines.csv", "portfolio.json", "portfolio.xlsx", "results-30plus-2023-24.json", "results-30plus-2024-25.json",
    ];

    [Fact]
    public async Task The_shipped_portfolio_gives_the_same_files_through_the_grains_and_directly_with_results_by_year_line_and_source()
    {
        string grains = TestPaths.TempDir(), direct = TestPaths.TempDir();
        var (exit, stdout, stderr) = await SocSimRunner.RunAsync("portfolio", Shipped, "--out", grains);
        Assert.True(exit == 0, stderr);
        Assert.Contains("30plus-2024-25", stdout);
        Assert.Equal(0, (await SocSimRunner.RunAsync("portfolio", Shipped, "--backend", "direct", "--out", direct)).Exit);
        Assert.Equal(Files, Directory.GetFileSystemEntries(grains).Select(Path.GetFileName).Order());
        foreach (string file in Files)
        {
            Assert.True(File.ReadAllBytes(Path.Combine(grains, file)).SequenceEqual(File.ReadAllBytes(Path.Combine(direct, file))), $"{file} differs");
        }

        using JsonDocument report = JsonDocument.Parse(File.ReadAllText(Path.Combine(grains, "portfolio.json")));
        JsonElement root = report.RootElement;
        Assert.Equal([2024, 2025], root.GetProperty("years").EnumerateArray().Select(y => y.GetProperty("year").GetInt32()));
        // C1: the convention's 22.56 M EUR over its two years, 70 % SOC and 30 % city council.
        JsonElement[] convention = [.. root.GetProperty("lines").EnumerateArray().Where(l => l.GetProperty("code").GetString() == "CONV-SOC-BA")];
        Assert.Equal(22_560_000m, convention.Sum(l => l.GetProperty("allocatedEur").GetDecimal()));
        decimal city = convention.SelectMany(l => l.GetProperty("bySource").EnumerateArray())
            .Where(s => s.GetProperty("source").GetString() == "Ajuntament de Barcelona").Sum(s => s.GetProperty("allocatedEur").GetDecimal());
        Assert.Equal(6_768_000m, city);
        // Both editions run out, and employers hold aid from both.
        Assert.All(root.GetProperty("calls").EnumerateArray(), c => Assert.Equal(JsonValueKind.String, c.GetProperty("kpis").GetProperty("exhaustionDate").ValueKind));
        Assert.True(root.GetProperty("deMinimis").GetProperty("employersWithAidInSeveralCalls").GetInt32() > 0);
        string[] ledger = File.ReadAllLines(Path.Combine(grains, "de-minimis.csv"));
        Assert.Equal("employer_id,call_id,application_id,granted_on,amount_eur", ledger[0]);
        Assert.Contains(ledger, l => l.Contains(",30plus-2023-24,", StringComparison.Ordinal));
        Assert.Contains(ledger, l => l.Contains(",30plus-2024-25,", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_registry_option_replaces_the_register_the_portfolio_names_for_that_call()
    {
        string dir = TestPaths.TempDir();
        string otherRegister = Path.Combine(TestPaths.Root, "scenarios", "registers", "sample-2023.csv");
        var (exit, _, stderr) = await SocSimRunner.RunAsync("portfolio", Shipped, "--backend", "direct", "--registry", $"30plus-2024-25={otherRegister}", "--out", dir);
        Assert.True(exit == 0, stderr);
        // The 2023 register's contracts are all outside the 2024-25 edition's hiring window (A1).
        string[] awards = File.ReadAllLines(Path.Combine(dir, "awards-30plus-2024-25.csv"));
        Assert.Equal(File.ReadAllLines(otherRegister).Length, awards.Length);
        Assert.All(awards.Skip(1), a => Assert.Contains(",refused_ineligible,", a));
    }

    [Theory]
    [InlineData("nosuch=x.csv", "the portfolio has no call 'nosuch'; its calls are 30plus-2023-24, 30plus-2024-25")]
    [InlineData("30plus-2023-24", "expected CALL=FILE")]
    public async Task A_bad_registry_option_is_exit_2_and_writes_nothing(string registry, string message)
    {
        string dir = Path.Combine(TestPaths.TempDir(), "out");
        var (exit, _, stderr) = await SocSimRunner.RunAsync("portfolio", Shipped, "--registry", registry, "--out", dir);
        Assert.Equal(2, exit);
        Assert.Contains(message, stderr);
        Assert.DoesNotContain("   at ", stderr);
        Assert.False(Directory.Exists(dir));
    }

    [Theory]
    [InlineData("\"fiscalYear\": 2024", "\"fiscalYear\": \"2024\"", ":9:", "$.calls[0].fiscalYear")]
    [InlineData("\"months\": 12 }", "\"months\": 12, \"monthz\": 1 }", ":29:", "monthz")]
    [InlineData("\"scenario\": \"../30plus-2023-24.json\"", "\"scenario\": \"../missing.json\"", "$.calls[0].scenario", "scenario file not found")]
    public async Task A_bad_portfolio_file_names_the_file_line_and_path_and_is_exit_2(string from, string to, string where, string what)
    {
        string folder = TestPaths.TempDir();
        foreach (string f in Directory.GetFiles(Path.Combine(TestPaths.Root, "scenarios"), "30plus-*.json")) File.Copy(f, Path.Combine(folder, Path.GetFileName(f)));
        string text = File.ReadAllText(Shipped);
        Assert.Contains(from, text);
        // The portfolio in a folder of its own beside the editions, as shipped; the registers where they are.
        string bad = Path.Combine(Directory.CreateDirectory(Path.Combine(folder, "portfolios")).FullName, "portfolio.json");
        File.WriteAllText(bad, ReplaceFirst(text, from, to).Replace("\"register\": \"../registers/", "\"register\": \"" + Path.Combine(TestPaths.Root, "scenarios", "registers") + "/", StringComparison.Ordinal));
        var (exit, _, stderr) = await SocSimRunner.RunAsync("portfolio", bad, "--out", Path.Combine(folder, "out"));
        Assert.Equal(2, exit);
        Assert.Contains(bad, stderr);
        Assert.Contains(where, stderr);
        Assert.Contains(what, stderr);
        Assert.DoesNotContain("   at ", stderr);
    }

    private static string ReplaceFirst(string text, string from, string to)
    {
        int at = text.IndexOf(from, StringComparison.Ordinal);
        return text[..at] + to + text[(at + from.Length)..];
    }
}
