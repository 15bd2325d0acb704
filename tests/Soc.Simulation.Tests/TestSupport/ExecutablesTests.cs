namespace Soc.Simulation.Tests.TestSupport;

/// <summary>How the tests decide that a program (chromium, redis-server) is there, whatever this machine has.</summary>
public class ExecutablesTests
{
    [Fact]
    public void Chromium_is_found_on_path_first_then_at_the_debian_path_else_not_at_all()
    {
        string empty = TestPaths.TempDir(), withBrowser = TestPaths.TempDir(), other = TestPaths.TempDir();
        string onPath = Executable(withBrowser, "chromium"), fallback = Executable(other, "chromium");
        File.WriteAllText(Path.Combine(empty, "chromium"), "not executable");
        string path = string.Join(Path.PathSeparator, empty, withBrowser);

        Assert.Equal(onPath, Chromium.Find(path, fallback));
        Assert.Equal(fallback, Chromium.Find(empty, fallback));
        Assert.Null(Chromium.Find(empty, Path.Combine(empty, "no-such-chromium")));
        Assert.Null(Chromium.Find("", Path.Combine(empty, "chromium")));
    }

    [Fact]
    public void A_chromium_fact_is_skipped_with_the_reason_exactly_when_no_chromium_was_found() =>
        Assert.Equal(Chromium.Path is null ? Chromium.Missing : null, new ChromiumFactAttribute().Skip);

    private static string Executable(string dir, string name)
    {
        string file = Path.Combine(dir, name);
        File.WriteAllText(file, "#!/bin/sh\n");
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return file;
    }
}
