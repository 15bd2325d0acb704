using System.CommandLine;
using Soc.Simulation.Client.Cli;
using Soc.Simulation.Client.Commands;

namespace Soc.Simulation.Tests.Cli;

/// <summary>The command line as a user meets it: --help everywhere, flags, suggestions, usage errors that write nothing.</summary>
public class CommandLineTests
{
    public static TheoryData<string> Commands() => [.. CommandRegistry.All.Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task Every_command_answers_help_with_each_option_its_default_and_an_example(string name)
    {
        var (exit, stdout, stderr) = await SocSimRunner.RunAsync(name, "--help");

        Assert.True(exit == 0, stderr);
        Assert.Equal("", stderr);
        (RootCommand root, _) = SocSim.Build();
        Command command = root.Subcommands.Single(c => c.Name == name);
        string[] lines = stdout.Split('\n');
        foreach (Option option in command.Options.Where(o => o is not System.CommandLine.Help.HelpOption))
        {
            string line = Assert.Single(lines, l => l.TrimStart().StartsWith(option.Name + " ", StringComparison.Ordinal) || l.TrimStart().StartsWith(option.Name, StringComparison.Ordinal) && l.Trim() == option.Name);
            bool shownDefault = option.HasDefaultValue && option.ValueType != typeof(bool) && option.GetDefaultValue() is not (null or Array { Length: 0 });
            Assert.True(!shownDefault || line.Contains("[default: ", StringComparison.Ordinal), $"no default shown for {option.Name}: {line}");
            Assert.False(string.IsNullOrWhiteSpace(option.Description), $"{name} {option.Name} has no description");
        }

        string examples = stdout[stdout.IndexOf("Examples:", StringComparison.Ordinal)..];
        Assert.Contains($"  socsim {name} ", examples);
    }

    [Fact]
    public async Task Help_shows_defaults_and_the_root_lists_every_command()
    {
        string run = (await SocSimRunner.RunAsync("run", "--help")).Out;
        Assert.Contains("--replicates <n>", run);
        Assert.Contains("[default: 20]", run);
        Assert.Contains("[default: out]", run);

        var (exit, root, _) = await SocSimRunner.RunAsync("--help");
        Assert.Equal(0, exit);
        foreach (SocSimCommand c in CommandRegistry.All) Assert.Contains($"  {c.Name}", root);
    }

    [Fact]
    public async Task No_command_lists_the_commands_and_is_a_usage_error()
    {
        var (exit, stdout, _) = await SocSimRunner.RunAsync();
        Assert.Equal(2, exit);
        Assert.Contains("Commands:", stdout);
    }

    [Theory]
    [InlineData("--quiet")]
    [InlineData("--quiet", "true")]
    [InlineData("--json")]
    [InlineData("--json", "true")]
    public async Task Boolean_options_are_flags_and_still_take_true(params string[] flag)
    {
        string dir = Path.Combine(TestPaths.TempDir(), "out");
        var (exit, stdout, stderr) = await SocSimRunner.RunAsync(["run", TestPaths.Baseline, "--registry", TestPaths.SampleRegister, "--out", dir, .. flag]);

        Assert.True(exit == 0, stderr);
        Assert.True(File.Exists(Path.Combine(dir, "awards.csv")));
        if (flag[0] == "--json") Assert.StartsWith("{", stdout);
        else Assert.Contains("applications", stdout);
    }

    [Theory]
    [InlineData(new[] { "run", "scenarios/30plus-2023.json", "--replicats", "4" }, "error: socsim run: unknown option '--replicats'; did you mean '--replicates'?")]
    [InlineData(new[] { "comapre", "a.json" }, "error: socsim: unknown command 'comapre'; did you mean 'compare'?")]
    [InlineData(new[] { "run", "scenarios/30plus-2023.json", "--replicates", "many" }, "error: socsim run: --replicates: expected a whole number from 2 to 100,000, got 'many'")]
    [InlineData(new[] { "run", "scenarios/30plus-2023.json", "--seed", "-3" }, "error: socsim run: --seed: expected a whole number from 0 to 2,147,483,647, got '-3'")]
    [InlineData(new[] { "run", "scenarios/30plus-2023.json", "--backend", "threads" }, "error: socsim run: --backend: expected orleans or direct, got 'threads'")]
    [InlineData(new[] { "project", "scenarios/30plus-2023.json", "--registry", "r.csv", "--as-of", "01/02/2023" }, "error: socsim project: --as-of: expected a date YYYY-MM-DD, got '01/02/2023'")]
    [InlineData(new[] { "project", "scenarios/30plus-2023.json", "--as-of", "2023-02-01" }, "error: socsim project: --registry is required")]
    [InlineData(new[] { "run" }, "error: socsim run: missing <scenario>")]
    [InlineData(new[] { "run", "a.json", "b.json" }, "error: socsim run: unexpected argument 'b.json'")]
    [InlineData(new[] { "run", "scenarios/30plus-2023.json", "--registry" }, "error: socsim run: --registry: expected a value after it")]
    [InlineData(new[] { "sensitivity", "scenarios/barcelona-2023.json", "--method", "sobol2" }, "error: socsim sensitivity: --method: expected oat, morris or sobol, got 'sobol2'")]
    public async Task Usage_errors_exit_2_with_one_clear_line_and_write_nothing(string[] args, string expected)
    {
        string dir = Path.Combine(TestPaths.TempDir(), "out");
        string[] resolved = [.. args.Select(a => a.StartsWith("scenarios/", StringComparison.Ordinal) ? Path.Combine(TestPaths.Root, a) : a)];
        var (exit, stdout, stderr) = await SocSimRunner.RunAsync([.. resolved.Take(1), "--out", dir, .. resolved.Skip(1)]);

        Assert.Equal(2, exit);
        Assert.Equal("", stdout);
        Assert.Equal(expected, stderr.Split('\n')[0]);
        Assert.DoesNotContain("System.", stderr);
        Assert.DoesNotContain("   at ", stderr);
        Assert.False(Directory.Exists(dir));
    }

    [Theory]
    [InlineData("--quit", new[] { "--quiet", "--json", "--out" }, "--quiet")]
    [InlineData("--registy", new[] { "--registry", "--replicates" }, "--registry")]
    [InlineData("--zzz", new[] { "--registry", "--replicates" }, null)]
    [InlineData("rnu", new[] { "run", "plan" }, "run")]
    public void Suggestions_pick_the_nearest_name_or_none(string typed, string[] names, string? expected) =>
        Assert.Equal(expected, UsageErrors.Suggest(typed, names));
}
