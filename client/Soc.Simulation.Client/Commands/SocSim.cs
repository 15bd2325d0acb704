using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

using Soc.Simulation.Client.Cli;

namespace Soc.Simulation.Client.Commands;

/// <summary>
/// The <c>socsim</c> entry point: builds the commands of <see cref="CommandRegistry"/>, parses, and either shows
/// help, reports a usage error (exit code 2, nothing written), or runs the command under <see cref="ExitCodes"/>.
/// </summary>
public static class SocSim
{
    public const string Name = UsageErrors.ProgramName;

    public static Task<int> MainAsync(string[] args, TextWriter stdout, TextWriter stderr) =>
        MainAsync(args, stdout, stderr, CancellationToken.None);

    public static async Task<int> MainAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancel)
    {
        (RootCommand root, IReadOnlyDictionary<Command, SocSimCommand> commands) = Build();
        var io = new InvocationConfiguration { Output = stdout, Error = stderr };
        if (args.Length == 0)
        {
            // No command: the list of commands, as a usage error.
            await root.Parse(["--help"]).InvokeAsync(io, cancel);
            return ExitCodes.BadInput;
        }

        ParseResult parsed = root.Parse(args);
        if (parsed.Action is HelpWithExamples or SynchronousCommandLineAction { Terminating: true } and not ParseErrorAction)
        {
            // --help, -h, -?, --version.
            return await parsed.InvokeAsync(io, cancel);
        }

        if (parsed.Errors.Count > 0)
        {
            UsageErrors.Write(parsed, stderr);
            return ExitCodes.BadInput;
        }

        return commands.TryGetValue(parsed.CommandResult.Command, out SocSimCommand? command)
            ? await ExitCodes.GuardAsync(() => command.RunAsync(parsed, new CommandIo(stdout, stderr, cancel)), stderr)
            : ExitCodes.BadInput;
    }

    /// <summary>Whether the command these arguments name stops cleanly when cancelled (see <see cref="SocSimCommand.StopsOnCancel"/>).</summary>
    public static bool StopsOnCancel(string[] args)
    {
        (RootCommand root, IReadOnlyDictionary<Command, SocSimCommand> commands) = Build();
        ParseResult parsed = root.Parse(args);
        return parsed.Errors.Count == 0 && commands.TryGetValue(parsed.CommandResult.Command, out SocSimCommand? command) && command.StopsOnCancel(parsed);
    }

    /// <summary>The root command with one subcommand per registered command, and help that ends with examples.</summary>
    public static (RootCommand Root, IReadOnlyDictionary<Command, SocSimCommand> Commands) Build()
    {
        var root = new RootCommand("socsim: simulate active employment policies and grant calls (Soc.Simulation).");
        var commands = new Dictionary<Command, SocSimCommand>();
        foreach (SocSimCommand c in CommandRegistry.All)
        {
            var command = new Command(c.Name, c.Details is null ? c.Summary : $"{c.Summary}\n{c.Details}");
            c.Define(command);
            root.Add(command);
            commands[command] = c;
        }

        HelpOption help = root.Options.OfType<HelpOption>().Single();
        var examples = commands.ToDictionary(kv => kv.Key, kv => kv.Value.Examples);
        examples[root] = [$"{Name} run scenarios/30plus-2023.json --registry scenarios/registers/sample-2023.csv --out out", $"{Name} <command> --help"];
        help.Action = new HelpWithExamples((SynchronousCommandLineAction)help.Action!, examples);
        return (root, commands);
    }

    /// <summary>System.CommandLine's help page, then the command's examples (and, for the root, the exit codes).</summary>
    private sealed class HelpWithExamples(SynchronousCommandLineAction help, IReadOnlyDictionary<Command, IReadOnlyList<string>> examples) : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            help.Invoke(parseResult);
            TextWriter output = parseResult.InvocationConfiguration.Output;
            Command command = parseResult.CommandResult.Command;
            if (examples.TryGetValue(command, out IReadOnlyList<string>? lines) && lines.Count > 0)
            {
                output.WriteLine("Examples:");
                foreach (string line in lines) output.WriteLine($"  {line}");
                output.WriteLine();
            }

            if (command is RootCommand)
            {
                output.WriteLine("Exit codes: 0 done; 2 bad input or an output that cannot be written (the message says where); 1 the run failed.");
            }

            return ExitCodes.Done;
        }
    }
}
