using Soc.Simulation.Tests.Cli;
using Soc.Simulation.Abstractions.Scenarios;
using Soc.Simulation.Model.Simulation;

namespace Soc.Simulation.Tests.Simulation;

/// <summary>
/// An invalid policy scenario stops <c>socsim run</c> before anything runs: exit code 2, one message that names
/// the JSON path and what was expected there, no stack trace, and no output folder.
/// </summary>
public class BadScenarioTests
{
    public static TheoryData<string, string> Cases()
    {
        Scenario s = Barcelona.Load();
        decimal ageSum = 0.5m + s.Population!.AgeBands["from30to44"] + s.Population.AgeBands["from45"];
        DateOnly start = s.Horizon!.Start;
        DateOnly end = SimulationSetup.LastDay(s.Horizon, s.Services!, s.Pathway!);
        return new TheoryData<string, string>
        {
            // a negative budget
            { "services[0].budgetEur=-5", "$.services[0].budgetEur: expected a non-negative budget, got -5" },
            // shares that do not sum to 1
            { "population.ageBands.under30=0.5", $"$.population.ageBands: expected shares that sum to 1, they sum to {ageSum}" },
            // an unknown programme in a pathway
            { "pathway[1][0]=nonexistent", "$.pathway[1][0]: expected the id of a programme in 'services' (" },
            // a date outside the horizon
            { "call.hiringStart=2019-01-01", $"$.call.hiringStart: expected a date inside the horizon ({start:yyyy-MM-dd} to {end:yyyy-MM-dd})" },
        };
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Invalid_scenario_exits_2_naming_the_json_path_and_writes_nothing(string set, string expected)
    {
        string outDir = Path.Combine(TestPaths.TempDir(), "out");
        var (exit, stdout, stderr) = await SocSimRunner.RunAsync(
            "run", Barcelona.ScenarioPath, "--set", set, "--replicates", "2", "--out", outDir, "--backend", "direct", "--quiet", "true");

        Assert.Equal(2, exit);
        Assert.StartsWith("error: ", stderr);
        Assert.Contains(expected, stderr);
        Assert.Contains("invalid scenario", stderr);
        Assert.DoesNotContain("   at ", stderr); // no stack trace
        Assert.Equal("", stdout);
        Assert.False(Directory.Exists(outDir), "an output folder was created for an invalid scenario");
    }

    /// <summary>
    /// The horizon a call must fall in is the period actually simulated (arrival months, the longest pathway,
    /// the insertion window): a call after the last simulated month would silently see no applications.
    /// </summary>
    [Fact]
    public async Task Call_starting_after_the_last_simulated_month_is_rejected()
    {
        Scenario s = Barcelona.Load();
        var setup = new SimulationSetup(s, 1, 0);
        DateOnly afterLastMonth = setup.MonthStarts[^1].AddMonths(3);
        // The whole call moved after the simulated period, its own dates consistent with each other.
        string outDir = Path.Combine(TestPaths.TempDir(), "out");
        var (exit, _, stderr) = await SocSimRunner.RunAsync(
            "run", Barcelona.ScenarioPath, "--replicates", "2", "--out", outDir, "--backend", "direct", "--quiet", "true",
            "--set", $"call.hiringStart={afterLastMonth:yyyy-MM-dd}", "--set", $"call.hiringEnd={afterLastMonth.AddMonths(3):yyyy-MM-dd}",
            "--set", $"call.filingStart={afterLastMonth:yyyy-MM-dd}", "--set", $"call.filingEnd={afterLastMonth.AddMonths(6):yyyy-MM-dd}",
            "--set", $"call.executionEnd={afterLastMonth.AddMonths(12):yyyy-MM-dd}");

        Assert.True(exit == 2, $"exit {exit}: a call starting {afterLastMonth:yyyy-MM-dd}, after the last simulated month "
            + $"{setup.MonthStarts[^1]:yyyy-MM}, was accepted (stderr: '{stderr.Trim()}')");
        Assert.Contains("$.call.hiringStart: expected a date inside the horizon", stderr);
        Assert.False(Directory.Exists(outDir));
    }

    [Fact]
    public async Task Unknown_programme_message_lists_the_programmes_and_the_bad_id()
    {
        string outDir = Path.Combine(TestPaths.TempDir(), "out");
        var (exit, _, stderr) = await SocSimRunner.RunAsync(
            "run", Barcelona.ScenarioPath, "--set", "pathway[1][0]=nonexistent", "--out", outDir, "--backend", "direct");

        Assert.Equal(2, exit);
        string line = stderr.Split('\n').Single(l => l.Contains("$.pathway[1][0]", StringComparison.Ordinal));
        foreach (ServiceProgramme p in Barcelona.Load().Services!)
        {
            Assert.Contains(p.Id, line);
        }

        Assert.EndsWith("got 'nonexistent'", line.TrimEnd());
    }
}
