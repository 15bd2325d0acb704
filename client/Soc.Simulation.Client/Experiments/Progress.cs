using System.Diagnostics;

namespace Soc.Simulation.Client.Experiments;

/// <summary>
/// Progress of a long command on stderr: a bar redrawn in place on an interactive console, nothing when
/// output is redirected (CI, pipes) or with --quiet, so machine-read output stays clean.
/// </summary>
public class Progress(TextWriter stderr, bool interactive)
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Lock _gate = new();
    private int _shown = -1;

    public static Progress For(TextWriter stderr, bool quiet) =>
        new(stderr, !quiet && ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected);

    public virtual void Report(int done, int total)
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

    /// <summary>True when a bar is drawn.</summary>
    public bool Interactive => interactive;

    public virtual void Done(int total)
    {
        if (!interactive) return;
        Report(total, total);
        stderr.WriteLine();
    }
}

/// <summary>Progress over several runs of the same size, shown as one bar.</summary>
public sealed class ScaledProgress(Progress overall, int parts)
{
    /// <summary>A progress for part <paramref name="index"/> whose counts add to the overall bar and never close it.</summary>
    public Progress Part(int index) => new PartProgress(overall, index, parts);

    private sealed class PartProgress(Progress overall, int index, int parts) : Progress(TextWriter.Null, false)
    {
        public override void Report(int done, int total) => overall.Report(index * total + done, parts * total);

        public override void Done(int total) => overall.Report((index + 1) * total, parts * total);
    }
}
