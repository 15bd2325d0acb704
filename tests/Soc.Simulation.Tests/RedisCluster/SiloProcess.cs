using System.Diagnostics;
using System.Text;
using Soc.Simulation.Tests.TestSupport;

namespace Soc.Simulation.Tests.RedisCluster;

/// <summary>
/// A standalone silo (silo/Soc.Simulation.Silo) started as its own process, as an operator would start it: the
/// cluster tests kill these for real.
/// </summary>
public sealed class SiloProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _log = new();
    private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private SiloProcess(Process process, int siloPort)
    {
        _process = process;
        SiloPort = siloPort;
    }

    public int SiloPort { get; }

    /// <summary>What the silo printed, for a failing test's message.</summary>
    public string Log
    {
        get
        {
            lock (_log) return _log.ToString();
        }
    }

    public int ExitCode => _process.ExitCode;

    /// <summary>The silo's build output, built with the solution (the tests reference its project for the order).</summary>
    public static string Dll
    {
        get
        {
            string configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Parent!.Name;
            return Path.Combine(TestPaths.Root, "silo", "Soc.Simulation.Silo", "bin", configuration, "net10.0", "Soc.Simulation.Silo.dll");
        }
    }

    /// <summary>Starts a silo with these flags (see SiloSettings) and waits until it says it has started.</summary>
    public static async Task<SiloProcess> StartAsync(params string[] flags)
    {
        SiloProcess silo = Launch(flags);
        Task finished = await Task.WhenAny(silo._started.Task, silo._process.WaitForExitAsync(), Task.Delay(TimeSpan.FromMinutes(1)));
        if (!silo._started.Task.IsCompleted)
        {
            await silo.DisposeAsync();
            throw new InvalidOperationException($"the silo did not start ({(finished == silo._started.Task ? "" : "exited or timed out")}):\n{silo.Log}");
        }

        return silo;
    }

    /// <summary>Starts a silo without waiting for it: for the tests of a silo that must refuse to start.</summary>
    public static SiloProcess Launch(params string[] flags)
    {
        int siloPort = Port(flags, "--silo-port");
        var info = new ProcessStartInfo("dotnet", [Dll, .. flags])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var silo = new SiloProcess(new Process { StartInfo = info, EnableRaisingEvents = true }, siloPort);
        silo._process.OutputDataReceived += (_, e) => silo.Note(e.Data);
        silo._process.ErrorDataReceived += (_, e) => silo.Note(e.Data);
        silo._process.Start();
        silo._process.BeginOutputReadLine();
        silo._process.BeginErrorReadLine();
        return silo;
    }

    /// <summary>Waits for the process to end, or kills it after <paramref name="limit"/>; true if it ended on its own.</summary>
    public async Task<bool> WaitForExitAsync(TimeSpan limit)
    {
        using var timeout = new CancellationTokenSource(limit);
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
            return false;
        }
    }

    /// <summary>SIGKILL: the silo gets no chance to leave the cluster or hand anything over.</summary>
    public void Kill() => _process.Kill(entireProcessTree: true);

    /// <summary>SIGTERM, as systemd or an operator's Ctrl+C would send: the silo should leave cleanly.</summary>
    public void Terminate() => Signals.Terminate(_process);

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
    }

    private void Note(string? line)
    {
        if (line is null) return;
        lock (_log) _log.AppendLine(line);
        if (line.Contains("Silo started", StringComparison.Ordinal)) _started.TrySetResult();
    }

    private static int Port(string[] flags, string name)
    {
        int i = Array.IndexOf(flags, name);
        return i >= 0 ? int.Parse(flags[i + 1], System.Globalization.CultureInfo.InvariantCulture) : 11111;
    }
}
