using System.Text.RegularExpressions;
using Orleans.Runtime.Messaging;

namespace Soc.Simulation.Grains.Experiments;

/// <summary>
/// Tells a failure of the cluster from a failure of the replicate. Until membership declares a killed silo dead,
/// Orleans still places grains on it and sends calls to it, which fail with a rejection, a refused connection or,
/// for a call in flight, <see cref="SiloUnavailableException"/> once it is declared dead; while the grain directory
/// moves the dead silo's part to the others, a lookup can be cancelled (measured here: OperationCanceledException
/// from DistributedGrainDirectory.LookupAsync, a few seconds after a kill). Running the replicate again elsewhere
/// helps. Anything else comes from the replicate itself (an exception thrown by the Model, which never cancels
/// anything) and would come again.
/// </summary>
public static partial class ClusterFailure
{
    public static bool IsUnreachable(Exception e) =>
        e is OrleansMessageRejectionException or ConnectionFailedException or TimeoutException or OperationCanceledException;

    /// <summary>"silo 127.0.0.1:11112 is unreachable" when the exception names a silo other than this one.</summary>
    public static string Describe(Exception e, SiloAddress self)
    {
        for (Exception? inner = e; inner is not null; inner = inner.InnerException)
        {
            foreach (Match m in SiloInMessage().Matches(inner.Message))
            {
                if (m.Groups[1].Value != self.Endpoint.ToString()) return $"silo {m.Groups[1].Value} is unreachable";
            }
        }

        return $"the cluster did not answer ({OneLine(e)})";
    }

    /// <summary>The exception's type and the first line of its message: Orleans' messages go on for lines.</summary>
    public static string OneLine(Exception e) => $"{e.GetType().Name}: {e.Message.Split('\n')[0].Trim()}";

    /// <summary>Orleans writes a silo as S127.0.0.1:11112:123456789 (its endpoint, then its generation).</summary>
    [GeneratedRegex(@"S(\d{1,3}(?:\.\d{1,3}){3}:\d+):\d+")]
    private static partial Regex SiloInMessage();
}
