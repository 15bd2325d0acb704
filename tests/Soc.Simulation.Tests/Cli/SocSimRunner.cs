using System.Text.RegularExpressions;
using Soc.Simulation.Client.Commands;

namespace Soc.Simulation.Tests.Cli;

/// <summary>Runs the socsim command line in-process and captures what it prints.</summary>
internal static class SocSimRunner
{
    public static async Task<(int Exit, string Out, string Err)> RunAsync(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int exit = await SocSim.MainAsync(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Starts a command without waiting for it: for a test that acts on the cluster while it runs.</summary>
    public static RunningSocSim Start(params string[] args) => new(args, CancellationToken.None);

    /// <summary>Starts a command that <paramref name="cancel"/> interrupts, as Ctrl+C does.</summary>
    public static RunningSocSim Start(CancellationToken cancel, params string[] args) => new(args, cancel);
}

/// <summary>A socsim command running in the background, and the experiment id it announces on stderr.</summary>
internal sealed partial class RunningSocSim
{
    private readonly AnnouncingWriter _stderr = new();

    public RunningSocSim(string[] args, CancellationToken cancel)
    {
        var stdout = new StringWriter();
        Finished = Task.Run(async () =>
        {
            int exit = await SocSim.MainAsync(args, TextWriter.Synchronized(stdout), TextWriter.Synchronized(_stderr), cancel);
            _stderr.Id.TrySetException(new InvalidOperationException($"socsim ended ({exit}) without announcing an experiment:\n{_stderr}"));
            return (exit, stdout.ToString(), _stderr.ToString());
        });
    }

    public Task<(int Exit, string Out, string Err)> Finished { get; }

    /// <summary>The id of "experiment 8172a06ffe10: 200 replicates on …", the line a cluster run starts with.</summary>
    public Task<string> ExperimentId => _stderr.Id.Task;

    private sealed partial class AnnouncingWriter : StringWriter
    {
        public TaskCompletionSource<string> Id { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public override void WriteLine(string? value)
        {
            base.WriteLine(value);
            if (value is not null && Announcement().Match(value) is { Success: true } m) Id.TrySetResult(m.Groups[1].Value);
        }

        [GeneratedRegex(@"^experiment ([0-9a-f]{12}): \d+ replicates on ")]
        private static partial Regex Announcement();
    }
}
