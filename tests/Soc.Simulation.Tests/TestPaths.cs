namespace Soc.Simulation.Tests;

/// <summary>Paths of the repository's shipped files, found from the test binary's folder.</summary>
internal static class TestPaths
{
    public static string Root { get; } = FindRoot();

    public static string Baseline => Path.Combine(Root, "scenarios", "30plus-2023.json");

    public static string SampleRegister => Path.Combine(Root, "scenarios", "registers", "sample-2023.csv");

    public static string TempDir()
    {
        string dir = Path.Combine(Path.GetTempPath(), "socsim-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return dir;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Soc.Simulation.sln"))) return dir.FullName;
        }

        throw new InvalidOperationException("Soc.Simulation.sln not found above " + AppContext.BaseDirectory);
    }
}
