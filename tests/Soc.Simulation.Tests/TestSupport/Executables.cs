namespace Soc.Simulation.Tests.TestSupport;

/// <summary>Programs the tests look for on this machine, as a shell would find them.</summary>
public static class Executables
{
    /// <summary>The first executable file called <paramref name="name"/> in the directories of PATH, or null.</summary>
    public static string? OnPath(string name, string? path = null) =>
        (path ?? Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name)).FirstOrDefault(IsExecutable);

    public static bool IsExecutable(string file) =>
        File.Exists(file) && (OperatingSystem.IsWindows() || (File.GetUnixFileMode(file) & (UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute)) != 0);
}
