using Soc.Simulation.Client.Output;
using Soc.Simulation.Tests.Cli;

namespace Soc.Simulation.Tests.Output;

/// <summary>
/// Output is all or nothing (issue 10): a command's files replace its folder in one step, and when anything fails
/// the folder is exactly as it was, the command exits 2 with one line naming the path, and no stack trace.
/// </summary>
public class OutputFolderTests
{
    private static Task<(int Exit, string Out, string Err)> Replay(string outDir) =>
        SocSimRunner.RunAsync("run", TestPaths.Baseline, "--registry", TestPaths.SampleRegister, "--out", outDir, "--quiet");

    /// <summary>Every file under a folder with its bytes, to compare a folder before and after.</summary>
    private static Dictionary<string, string> Snapshot(string dir) =>
        Directory.Exists(dir)
            ? Directory.GetFileSystemEntries(dir, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToDictionary(
                p => Path.GetRelativePath(dir, p), p => File.Exists(p) ? Convert.ToHexString(File.ReadAllBytes(p)) : "<dir>")
            : [];

    /// <summary>A folder left by an earlier run, plus a file and a folder of the user's that the command does not write.</summary>
    private static async Task<string> EarlierRunAsync()
    {
        string dir = Path.Combine(TestPaths.TempDir(), "out");
        Assert.Equal(0, (await Replay(dir)).Exit);
        File.WriteAllText(Path.Combine(dir, "notes.txt"), "mine");
        Directory.CreateDirectory(Path.Combine(dir, "points"));
        File.WriteAllText(Path.Combine(dir, "points", "point-0000.json"), "{}");
        File.WriteAllText(Path.Combine(dir, "awards.csv"), "stale");
        return dir;
    }

    private static void AssertNoLeftovers(string dir) =>
        Assert.Empty(Directory.GetDirectories(Path.GetDirectoryName(dir)!, ".*staging*"));

    [Fact]
    public async Task A_successful_command_replaces_its_files_and_keeps_the_others()
    {
        string dir = await EarlierRunAsync();

        var (exit, _, stderr) = await Replay(dir);

        Assert.True(exit == 0, stderr);
        Assert.StartsWith("application_id,", File.ReadAllText(Path.Combine(dir, "awards.csv")));
        Assert.Equal("mine", File.ReadAllText(Path.Combine(dir, "notes.txt")));
        Assert.Equal("{}", File.ReadAllText(Path.Combine(dir, "points", "point-0000.json")));
        AssertNoLeftovers(dir);
    }

    [Fact]
    public async Task A_folder_where_a_file_goes_is_exit_2_naming_it_and_nothing_changes()
    {
        string dir = await EarlierRunAsync();
        File.Delete(Path.Combine(dir, "results.json"));
        Directory.CreateDirectory(Path.Combine(dir, "results.json"));
        Dictionary<string, string> before = Snapshot(dir);

        var (exit, stdout, stderr) = await Replay(dir);

        Assert.Equal(2, exit);
        Assert.Equal("", stdout);
        Assert.Equal($"error: {Path.Combine(dir, "results.json")}: is a folder, where the command writes a file; move it away or choose another --out\n", stderr);
        Assert.Equal(before, Snapshot(dir));
        AssertNoLeftovers(dir);
    }

    [Theory]
    [InlineData("No space left on device", "results.xlsx")]
    [InlineData("Permission denied", "awards.csv")]
    public async Task A_write_that_fails_half_way_leaves_the_folder_as_it_was(string reason, string failingFile)
    {
        string dir = await EarlierRunAsync();
        Dictionary<string, string> before = Snapshot(dir);
        // root, who runs CI, is never refused a write, and the disk is not full: the fault is raised at one file.
        OutputFiles.InjectedFault.Value = path => Path.GetFileName(path) == failingFile
            ? reason.StartsWith("Permission", StringComparison.Ordinal) ? new UnauthorizedAccessException($"Access to the path '{path}' is denied.") : new IOException(reason)
            : null;
        try
        {
            var (exit, stdout, stderr) = await Replay(dir);

            Assert.Equal(2, exit);
            Assert.Equal("", stdout);
            Assert.Single(stderr.TrimEnd('\n').Split('\n'));
            Assert.StartsWith($"error: {Path.Combine(dir, failingFile)}: cannot write (", stderr);
            Assert.EndsWith("); nothing was changed\n", stderr);
            Assert.Equal(before, Snapshot(dir));
            AssertNoLeftovers(dir);
        }
        finally
        {
            OutputFiles.InjectedFault.Value = null;
        }
    }

    [Fact]
    public async Task An_output_folder_under_a_file_is_exit_2_naming_the_path()
    {
        string file = Path.Combine(TestPaths.TempDir(), "plain.txt");
        File.WriteAllText(file, "x");

        var (exit, _, stderr) = await Replay(Path.Combine(file, "out"));

        Assert.Equal(2, exit);
        Assert.StartsWith($"error: {file}: cannot create the folder (", stderr);
        Assert.Equal("x", File.ReadAllText(file));
    }

    [Fact]
    public async Task An_output_folder_that_is_a_file_is_exit_2()
    {
        string file = Path.Combine(TestPaths.TempDir(), "out");
        File.WriteAllText(file, "x");

        var (exit, _, stderr) = await Replay(file);

        Assert.Equal((2, $"error: {file}: is a file; give --out a folder\n"), (exit, stderr));
    }

    [Fact]
    public async Task A_folder_that_cannot_be_created_is_exit_2_naming_it()
    {
        // /proc refuses new folders even to root.
        var (exit, _, stderr) = await Replay("/proc/socsim-test/out");

        Assert.Equal(2, exit);
        Assert.StartsWith("error: /proc/socsim-test: cannot create the folder (", stderr);
        Assert.DoesNotContain("   at ", stderr);
    }

    [Fact]
    public async Task The_current_folder_is_refused_as_an_output_folder()
    {
        var (exit, _, stderr) = await Replay(Environment.CurrentDirectory);

        Assert.Equal(2, exit);
        Assert.Contains("is the current folder or holds it", stderr);
    }

    [Fact]
    public async Task A_staging_folder_left_by_a_killed_command_is_swept_away()
    {
        string dir = Path.Combine(TestPaths.TempDir(), "out");
        // No process has id int.MaxValue: the folder belongs to a command that is gone.
        string abandoned = Path.Combine(Path.GetDirectoryName(dir)!, $".out.staging-{int.MaxValue}-deadbeef");
        Directory.CreateDirectory(abandoned);

        Assert.Equal(0, (await Replay(dir)).Exit);

        Assert.False(Directory.Exists(abandoned));
    }

    [Fact]
    public void A_single_file_output_replaces_its_target_or_names_the_folder_in_its_way()
    {
        string dir = TestPaths.TempDir();
        string target = Path.Combine(dir, "calibrated.json");
        OutputFiles.CommitFile(target, [1, 2]);
        OutputFiles.CommitFile(target, [3]);
        Assert.Equal([3], File.ReadAllBytes(target));
        Assert.Single(Directory.GetFileSystemEntries(dir));

        var e = Assert.Throws<OutputException>(() => OutputFiles.CommitFile(dir, [1]));
        Assert.Equal($"{dir}: is a folder; give the path of a file to write", e.Message);
    }
}
