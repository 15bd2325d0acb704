using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Soc.Simulation.Analysis.Design;
using Soc.Simulation.Model;
using Soc.Simulation.Model.Scenarios;

namespace Soc.Simulation.Client.Planning;

/// <summary>What identifies a design search, so that --resume only continues the same one.</summary>
public sealed record DesignMeta(string Scenario, string ScenarioSha256, IReadOnlyList<string> Sets, ulong Seed, int Replicates, bool Uncertainty,
    IReadOnlyList<string> Levers, IReadOnlyList<string> Objectives, IReadOnlyList<string> Constraints, int Population, int Generations);

/// <summary>
/// A design search's folder while it runs: design-meta.json, then designs/NAME.json for each design as soon as it is
/// evaluated (written to a temporary name, then moved), the checks too. A resumed search makes the same choices from
/// the same scores, so it finds every design it had evaluated here and runs only the rest.
/// </summary>
public sealed class DesignStore(string directory) : IDesignCache
{
    // A design not simulated scores +∞: kept as such (results write it as null), so a resumed search compares the same numbers.
    private static readonly JsonSerializerOptions Exact = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals,
        WriteIndented = true,
    };

    private string MetaFile => Path.Combine(directory, "design-meta.json");

    private string DesignsDirectory => Path.Combine(directory, "designs");

    /// <summary>Starts a new search, or checks that a resumed one is the same search.</summary>
    public void Open(DesignMeta meta, bool resume)
    {
        string metaJson = JsonSerializer.Serialize(meta, ScenarioJson.Options);
        if (File.Exists(MetaFile))
        {
            if (!resume) throw new InputException($"{directory}: already holds a design search; add --resume to continue it, or choose another --out");
            if (File.ReadAllText(MetaFile) != metaJson)
            {
                throw new InputException($"{MetaFile}: the design search there differs (scenario, --set, seed, replicates, levers, objectives, constraints, population, generations or --uncertainty); --resume continues only the same search");
            }
        }
        else
        {
            if (resume) throw new InputException($"{directory}: no design search to resume (no design-meta.json)");
            Directory.CreateDirectory(directory);
            WriteAtomically(MetaFile, metaJson);
        }

        Directory.CreateDirectory(DesignsDirectory);
    }

    public DesignOutcome? Find(string key)
    {
        string file = FileOf(key);
        return File.Exists(file) ? JsonSerializer.Deserialize<DesignOutcome>(File.ReadAllText(file), Exact) : null;
    }

    public void Save(string key, DesignOutcome outcome) => WriteAtomically(FileOf(key), JsonSerializer.Serialize(outcome, Exact));

    /// <summary>A design's file: its key's hash (the key holds every gene written exactly, too long and too odd for a name).</summary>
    private string FileOf(string key) => Path.Combine(DesignsDirectory, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..24] + ".json");

    private static void WriteAtomically(string path, string text) => Output.OutputFiles.CommitFile(path, Encoding.UTF8.GetBytes(text));
}
