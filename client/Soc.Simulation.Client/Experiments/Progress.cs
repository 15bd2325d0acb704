using System.Diagnostics;
using Soc.Simulation.Abstractions.Simulation;

namespace Soc.Simulation.Client.Experiments;

/// <summary>
/// Progress of a long command on stderr: a bar redrawn in place on an interactive console; on a redirected
/// one (CI, pipes) a plain line at each quarter, so logs stay line-based; nothing with --quiet.
/// </summary>
public class Progress(TextWriter stderr, bool interactive, bool lines = false)
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Lock _gate = new();
    private int _shown = -1;
    private int _quarter;

    public static Progress For(TextWriter stderr, bool quiet) =>
        quiet ? new(stderr, false)
        : ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected ? new(stderr, true)
        : new(stderr, false, lines: true);

    public virtual void Report(int done, int total)
    {
        if (lines)
        {
            ReportLine(done, total);
            return;
        }

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

    private void ReportLine(int done, int total)
    {
        lock (_gate)
        {
            int quarter = total == 0 ? 4 : done * 4 / total;
            if (quarter <= _quarter) return;
            _quarter = quarter;
            stderr.WriteLine($"progress: {done}/{total} replicates, {_clock.Elapsed.TotalSeconds:0}s");
        }
    }

    /// <summary>A line for the user about the run (where it runs, how to re-attach); silent with --quiet.</summary>
    public virtual void Notice(string text)
    {
        if (!interactive && !lines) return;
        lock (_gate)
        {
            if (interactive && _shown >= 0) stderr.WriteLine();
            _shown = -1;
            stderr.WriteLine(text);
        }
    }

    /// <summary>
    /// True for a watcher that shows partial results (the web app): then each time more replicates are done, the
    /// experiment's stored results so far are fetched and given to <see cref="Partial"/>. A console shows counts only.
    /// </summary>
    public virtual bool WantsPartial => false;

    /// <summary>The results of the replicates done so far (in replicate order) of <paramref name="total"/>.</summary>
    public virtual void Partial(IReadOnlyList<ReplicateResult> done, int total)
    {
    }

    /// <summary>True when a bar is drawn.</summary>
    public bool Interactive => interactive;

    public virtual void Done(int total)
    {
        if (lines) ReportLine(total, total);
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

        public override void Notice(string text) => overall.Notice(text);
    }
}

/// <summary>Progress over many small runs that finish in any order: each run's replicates count once it is done.</summary>
public sealed class CountedProgress(Progress overall, int total)
{
    private int _done;

    /// <summary>A progress for one run: silent while it runs, adding its replicates to the overall count when it is done.</summary>
    public Progress Part() => new RunProgress(this);

    private void Add(int replicates) => overall.Report(Interlocked.Add(ref _done, replicates), total);

    private void Notice(string text) => overall.Notice(text);

    private sealed class RunProgress(CountedProgress owner) : Progress(TextWriter.Null, false)
    {
        public override void Report(int done, int total)
        {
        }

        public override void Done(int total) => owner.Add(total);

        public override void Notice(string text) => owner.Notice(text);
    }
}
