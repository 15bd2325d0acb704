using System.Text.Json;

namespace Soc.Simulation.Tests.Cli;

/// <summary>A call with participant quotas (B7, I6) or promoters (I2) replays a register through the command line.</summary>
public class CallConstraintCommandTests
{
    /// <summary>The 2023 call with a quarter of its budget held for the long-term unemployed until the filing end.</summary>
    internal static string QuotaScenario(string dir)
    {
        string text = File.ReadAllText(TestPaths.Baseline).Replace(
            "\"awardOrder\": \"strict\",", "\"awardOrder\": \"strict\", \"quotas\": [{\"group\": \"long_term_unemployed\", \"minShare\": 0.25}],", StringComparison.Ordinal);
        string file = Path.Combine(dir, "quota.json");
        File.WriteAllText(file, text);
        return file;
    }

    /// <summary>The sample register with the optional column: every fifth row marked long-term unemployed, the rest false.</summary>
    internal static string MarkedRegister(string dir)
    {
        string[] lines = File.ReadAllLines(TestPaths.SampleRegister);
        string file = Path.Combine(dir, "marked.csv");
        File.WriteAllLines(file, [lines[0] + ",long_term_unemployed", .. lines[1..].Select((l, i) => l + (i % 5 == 0 ? ",true" : ",false"))]);
        return file;
    }

    [Fact]
    public async Task The_quota_changes_who_is_granted_is_reported_and_the_grains_give_the_direct_bytes()
    {
        string tmp = TestPaths.TempDir(), grains = Path.Combine(tmp, "grains"), direct = Path.Combine(tmp, "direct"), plain = Path.Combine(tmp, "plain");
        string scenario = QuotaScenario(tmp), register = MarkedRegister(tmp);
        var (exit, stdout, stderr) = await SocSimRunner.RunAsync("run", scenario, "--registry", register, "--out", grains);
        Assert.True(exit == 0, stderr);
        Assert.Contains("quota: long-term unemployed ≥ 25%, held until 2023-06-01", stdout);
        Assert.Equal(0, (await SocSimRunner.RunAsync("run", scenario, "--registry", register, "--backend", "direct", "--out", direct)).Exit);
        Assert.Equal(0, (await SocSimRunner.RunAsync("run", TestPaths.Baseline, "--registry", register, "--backend", "direct", "--out", plain)).Exit);
        foreach (string file in new[] { "awards.csv", "results.json", "decision-trail.csv" })
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(direct, file)), File.ReadAllBytes(Path.Combine(grains, file)));
        }

        using var results = JsonDocument.Parse(File.ReadAllText(Path.Combine(direct, "results.json")));
        JsonElement quota = Assert.Single(results.RootElement.GetProperty("quotas").EnumerateArray());
        using var without = JsonDocument.Parse(File.ReadAllText(Path.Combine(plain, "results.json")));
        Assert.Empty(without.RootElement.GetProperty("quotas").EnumerateArray());

        // The marked fifth of the register: with the quota, more of the call's grants go to them than without it.
        HashSet<string> marked = [.. File.ReadAllLines(register).Skip(1).Where(l => l.EndsWith(",true", StringComparison.Ordinal)).Select(l => l.Split(',')[0])];
        static string[] Granted(string dir) => [.. File.ReadAllLines(Path.Combine(dir, "awards.csv")).Skip(1).Select(l => l.Split(','))
            .Where(f => f[1] is "granted" or "granted_on_reassignment").Select(f => f[0])];
        int withQuota = Granted(direct).Count(marked.Contains), withoutQuota = Granted(plain).Count(marked.Contains);
        Assert.Equal(withQuota, quota.GetProperty("grantedInGroup").GetInt32());
        Assert.True(withQuota > withoutQuota, $"{withQuota} marked participants granted with the quota, {withoutQuota} without");
        Assert.Contains(File.ReadAllLines(Path.Combine(direct, "awards.csv")), l => l.Contains(",refused_budget,A12", StringComparison.Ordinal) || l.Contains(",B7 ", StringComparison.Ordinal));
        string report = File.ReadAllText(Path.Combine(direct, "report.html"));
        Assert.Contains("Participant quotas", report);
        Assert.Contains("ASSUMPTION (B7 gives only the shares)", report);
    }

    [Fact]
    public async Task A_call_with_promoters_refuses_the_employers_none_pre_selected_and_reports_each_promoters_places()
    {
        string tmp = TestPaths.TempDir(), dir = Path.Combine(tmp, "out");
        string[] employers = [.. File.ReadAllLines(TestPaths.SampleRegister).Skip(1).Select(l => l.Split(',')[2]).Distinct().Order(StringComparer.Ordinal)];
        string listed = string.Join(",", employers.Take(employers.Length / 2).Select(e => $"\"{e}\""));
        string file = Path.Combine(tmp, "promoters.json");
        File.WriteAllText(file, File.ReadAllText(TestPaths.Baseline).Replace("\"awardOrder\": \"strict\",",
            $"\"awardOrder\": \"strict\", \"promoters\": [{{\"id\": \"bcn\", \"name\": \"Ajuntament\", \"territory\": \"Barcelona\", \"places\": 300, \"employers\": [{listed}]}}],", StringComparison.Ordinal));
        var (exit, stdout, stderr) = await SocSimRunner.RunAsync("run", file, "--registry", TestPaths.SampleRegister, "--backend", "direct", "--out", dir);
        Assert.True(exit == 0, stderr);
        Assert.Contains("A3 employer type not eligible or not pre-selected by a promoter", stdout);
        using var results = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "results.json")));
        JsonElement promoter = Assert.Single(results.RootElement.GetProperty("promoters").EnumerateArray());
        Assert.Equal(300, promoter.GetProperty("places").GetInt32());
        Assert.Equal(300, promoter.GetProperty("taken").GetInt32());
        Assert.True(results.RootElement.GetProperty("refusedByReason").GetProperty("I2").GetInt32() > 0);
        Assert.True(results.RootElement.GetProperty("refusedByReason").GetProperty("A3").GetInt32() > 0);
        Assert.Contains("Promoters&#x27; places", File.ReadAllText(Path.Combine(dir, "report.html")));
    }
}
