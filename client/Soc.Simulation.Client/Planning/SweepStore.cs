using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Soc.Simulation.Analysis.Planning;
using Soc.Simulation.Model.Scenarios;
using Soc.Simulation.Model;

namespace Soc.Simulation.Client.Planning;

/// <summary>What identifies a sweep, so that --resume only continues the same one.</summary>
public sealed record SweepMeta(string Scenario, string ScenarioSha256, IReadOnlyList<string> Sets, ulong Seed, int Replicates, IReadOnlyList<SweepLever> Levers, bool Uncertainty);

/// <summary>
/// A sweep's folder while it runs: sweep-meta.json, then points/point-NNNN.json written as each point
/// finishes (to a temporary name, then moved), so an interrupted sweep keeps every finished point.
/// </summary>
public sealed class SweepStore(string directory)
{
    private string MetaFile => Path.Combine(directory, "sweep-meta.json");

    private string PointsDirectory => Path.Combine(directory, "points");

    public static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>Starts a new sweep, or checks that a resumed one is the same sweep; returns the points already done.</summary>
    public IReadOnlyDictionary<int, SweepPointResult> Open(SweepMeta meta, bool resume)
    {
        string metaJson = JsonSerializer.Serialize(meta, ScenarioJson.Options);
        if (File.Exists(MetaFile))
        {
            if (!resume) throw new InputException($"{directory}: already holds a sweep; add --resume true to continue it, or choose another --out");
            if (File.ReadAllText(MetaFile) != metaJson)
            {
                throw new InputException($"{MetaFile}: the sweep there differs (scenario, --set, seed, replicates, levers or --uncertainty); --resume continues only the same sweep");
            }
        }
        else
        {
            if (resume) throw new InputException($"{directory}: no sweep to resume (no sweep-meta.json)");
            Directory.CreateDirectory(directory);
            WriteAtomically(MetaFile, metaJson);
        }

        Directory.CreateDirectory(PointsDirectory);
        var done = new Dictionary<int, SweepPointResult>();
        foreach (string file in Directory.GetFiles(PointsDirectory, "point-*.json").Order(StringComparer.Ordinal))
        {
            SweepPointResult? point = JsonSerializer.Deserialize<SweepPointResult>(File.ReadAllText(file), ScenarioJson.Options);
            if (point is not null) done[point.Index] = point;
        }

        return done;
    }

    public void Save(SweepPointResult point) =>
        WriteAtomically(Path.Combine(PointsDirectory, $"point-{point.Index:0000}.json"), JsonSerializer.Serialize(point, ScenarioJson.Options));

    private static void WriteAtomically(string path, string text)
    {
        string temporary = path + ".tmp";
        File.WriteAllText(temporary, text);
        File.Move(temporary, path, overwrite: true);
    }
}
