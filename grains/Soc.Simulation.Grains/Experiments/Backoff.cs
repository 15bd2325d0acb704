using System.Diagnostics;

namespace Soc.Simulation.Grains.Experiments;

/// <summary>
/// The pauses between attempts after a failure that a lost silo or a restarting Redis explains: 0.5 s, doubling up
/// to 5 s (so that a run waits little once membership has declared the silo dead), for as long as
/// <paramref name="limit"/> allows, counted from the first failure.
/// </summary>
public sealed class Backoff(TimeSpan limit, CancellationToken stop)
{
    private static readonly TimeSpan First = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan Longest = TimeSpan.FromSeconds(5);

    private Stopwatch? _sinceFirstFailure;
    private TimeSpan _pause = First;

    /// <summary>1 for the first attempt, then one more after each pause.</summary>
    public int Attempt { get; private set; } = 1;

    /// <summary>Waits before the next attempt; false, without waiting, once the limit would be passed or the work is stopped.</summary>
    public async Task<bool> WaitAsync()
    {
        _sinceFirstFailure ??= Stopwatch.StartNew();
        if (stop.IsCancellationRequested || _sinceFirstFailure.Elapsed + _pause > limit) return false;
        try
        {
            await Task.Delay(_pause, stop);
        }
        catch (OperationCanceledException)
        {
            return false;
        }

        _pause = TimeSpan.FromTicks(Math.Min(_pause.Ticks * 2, Longest.Ticks));
        Attempt++;
        return true;
    }
}
