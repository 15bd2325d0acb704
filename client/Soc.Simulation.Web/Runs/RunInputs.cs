using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Soc.Simulation.Web.Scenarios;

namespace Soc.Simulation.Web.Runs;

/// <summary>
/// Everything a run's results depend on, in a canonical form: the scenarios' JSON (comments and spacing removed), the
/// overrides in order, replicates, seed and uncertainty, and a replayed register's SHA-256. A run is keyed by the
/// hash of this, so the same request gives the stored run and its URL can be shared.
/// </summary>
public sealed record RunInputs(string Kind, IReadOnlyList<ScenarioInput> Scenarios, int Replicates, ulong Seed, bool Uncertainty, string? RegisterSha256 = null, string? RegisterOptions = null)
{
    public const string Experiment = "run";
    public const string Comparison = "compare";
    public const string Replay = "replay";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static RunInputs FromJson(string json) => JsonSerializer.Deserialize<RunInputs>(json, Json) ?? throw new InvalidOperationException("stored run inputs are empty");

    /// <summary>The run's id: the first 20 hex digits of the SHA-256 of the canonical inputs.</summary>
    public string Id() => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(ToJson())))[..20];

    /// <summary>Replicates the run will report progress over.</summary>
    public int Total => Kind == Comparison ? Replicates * Scenarios.Count : Replicates;

    public static string Sha256(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));
}
