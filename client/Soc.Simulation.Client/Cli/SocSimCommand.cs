using System.CommandLine;

namespace Soc.Simulation.Client.Cli;

/// <summary>
/// One <c>socsim</c> command: its name, what it is for, its arguments and options, examples for <c>--help</c>, and
/// what it does. Commands are listed once, in <c>Commands.CommandRegistry</c>; shared options come from
/// <see cref="CommonOptions"/> so that every command spells and checks them the same way.
/// </summary>
public abstract class SocSimCommand
{
    public abstract string Name { get; }

    /// <summary>One line for the command list and the top of <c>--help</c>.</summary>
    public abstract string Summary { get; }

    /// <summary>What the command writes and how it works, for <c>--help</c>; may be several lines.</summary>
    public virtual string? Details => null;

    /// <summary>Whole command lines a user can copy, shown under "Examples:" in <c>--help</c>.</summary>
    public abstract IReadOnlyList<string> Examples { get; }

    /// <summary>Adds this command's arguments and options to its System.CommandLine command.</summary>
    public abstract void Define(Command command);

    /// <summary>
    /// True when the command stops cleanly on <see cref="CommandIo.Cancel"/> (it runs replicates, or serves): then the
    /// first Ctrl+C cancels it instead of ending the process, so that the experiment stops starting replicates.
    /// </summary>
    public virtual bool StopsOnCancel(ParseResult parsed) => false;

    /// <summary>Runs the command on parsed input; returns the exit code. User mistakes are thrown (see <see cref="ExitCodes"/>).</summary>
    public abstract Task<int> RunAsync(ParseResult parsed, CommandIo io);
}

/// <summary>Where a command writes: its stdout and stderr (the console, or a test's writers), and its cancellation.</summary>
public sealed record CommandIo(TextWriter Out, TextWriter Error, CancellationToken Cancel)
{
    /// <summary>Progress on stderr: a bar on an interactive console, quarter lines on a pipe, nothing when quiet.</summary>
    public Experiments.Progress Progress(bool quiet) => Experiments.Progress.For(Error, quiet);
}
