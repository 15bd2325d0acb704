using System.Collections.Concurrent;
using Soc.Simulation.Tests.Cli;

namespace Soc.Simulation.Tests.RedisCluster;

/// <summary>
/// The files <c>socsim run</c> writes on its embedded silo, which a cluster run must equal byte for byte. Each run is
/// made once per test process: the tests that kill silos compare with the same few.
/// </summary>
internal static class EmbeddedRun
{
    /// <summary>The results and every replicate's row: what a lost silo must not change.</summary>
    public static readonly string[] Results = ["results.json", "replicates.csv"];

    private static readonly ConcurrentDictionary<string, Lazy<Task<string>>> Folders = new();

    /// <summary>The folder that <c>socsim</c> with these arguments (a run without --out) writes on the embedded silo.</summary>
    public static Task<string> FolderAsync(params string[] run) =>
        Folders.GetOrAdd(string.Join('\n', run), _ => new Lazy<Task<string>>(async () =>
        {
            string dir = TestPaths.TempDir();
            var (exit, _, stderr) = await SocSimRunner.RunAsync([.. run, "--out", dir, "--quiet"]);
            Assert.True(exit == 0, stderr);
            return dir;
        })).Value;

    public static void AssertSameFiles(string expectedDir, string actualDir, params string[] files)
    {
        foreach (string file in files)
        {
            Assert.True(File.ReadAllBytes(Path.Combine(expectedDir, file)).SequenceEqual(File.ReadAllBytes(Path.Combine(actualDir, file))), $"{file} differs from the embedded run's");
        }
    }
}
