using System.Diagnostics;

namespace Soc.Simulation.Client.Experiments;

/// <summary>
/// Progress of a long command on stderr: a bar redrawn in place on an interactive console, nothing when
/// output is redirected (CI, pipes) or with --quiet, so machine-read output stays clean.
/// </summary>
public sealed class Progress(TextWriter stderr, bool interactive)
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Lock _gate = new();
    private int _shown = -1;

    public static Progress For(TextWriter stderr, bool quiet) =>
        new(stderr, !quiet && ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected);

    public void Report(int done, int total)
    {
        if (!interactive) return;
        lock (_gate)
        {
            if (done == _shown) return;
            _shown = done;
            double elapsed = _clock.Elapsed.TotalSeconds;
            string left = done == 0 ? "" : $", {elapsed / done * (total - done):0}s left";
            int width = 30, filled = total == 0 ? width : done * width / total;
            stderr.Write($"\r[{new string('#', filled)}{new string('.', width - filled)}] {done}/{total} replicates{left}   ");
        }
    }

    public void Done(int total)
    {
        if (!interactive) return;
        Report(total, total);
        stderr.WriteLine();
    }
}
