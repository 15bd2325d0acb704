using Soc.Simulation.Client.Experiments;
using Soc.Simulation.Client.Output;
using Soc.Simulation.Hosting;
using Soc.Simulation.Model;

namespace Soc.Simulation.Client.Cli;

/// <summary>
/// The one place that turns what went wrong into an exit code and a message. 0: done. 2: the user's input (a file,
/// a row, a JSON path, an option) or the machine (an output folder that cannot be written, a cluster that does not
/// answer) — one clear message naming the place, never a stack trace. 1: the experiment or the program failed.
/// </summary>
public static class ExitCodes
{
    public const int Done = 0;
    public const int Failed = 1;
    public const int BadInput = 2;

    /// <summary>Interrupted (Ctrl+C), as shells report a command ended by SIGINT.</summary>
    public const int Cancelled = 130;

    /// <summary>Runs a command and maps its exceptions; only a bug gets a stack trace, because only a bug needs one.</summary>
    public static async Task<int> GuardAsync(Func<Task<int>> command, TextWriter stderr)
    {
        try
        {
            return await command();
        }
        catch (Exception e) when (e is InputException or SetupException or OutputException)
        {
            stderr.WriteLine($"error: {e.Message}");
            return BadInput;
        }
        catch (ExperimentFailedException e)
        {
            stderr.WriteLine($"error: {e.Message}");
            return Failed;
        }
        catch (OperationCanceledException)
        {
            stderr.WriteLine("cancelled: nothing was written");
            return Cancelled;
        }
        catch (Exception e)
        {
            stderr.WriteLine($"internal error (a bug in socsim, please report it with the command you ran): {e}");
            return Failed;
        }
    }
}
