using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Soc.Simulation.Tests.TestSupport;

/// <summary>Signals for the processes the tests start: .NET's Process.Kill sends only SIGKILL.</summary>
public static class Signals
{
    /// <summary>SIGTERM, as systemd or an operator's Ctrl+C would send: the process may stop cleanly.</summary>
    public static void Terminate(Process process)
    {
        if (Kill(process.Id, 15) != 0) throw new InvalidOperationException($"kill -TERM {process.Id} failed");
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);
}
