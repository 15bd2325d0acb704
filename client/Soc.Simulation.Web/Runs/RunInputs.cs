using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Soc.Simulation.Web.Scenarios;

namespace Soc.Simulation.Web.Runs;

/// <summary>
/// Everything a run's results depend on, in a canonical form: the scenarios' JSON (comments and spacing removed), the
/// overrides in order, replicates, seed and uncertainty, and a replayed register's SHA-256. A run is keyed by the
/// hash of this, so the same request gives the stored run and its URL can be shared. A plan adds its lever, goal and
/// range, a projection its as-of day; left out when null, so that the other kinds keep the ids they had.
/// </summary>
public sealed record RunInputs(string Kind, IReadOnlyList<ScenarioInput> Scenarios, int Replicates, ulong Seed, bool Uncertainty, string? RegisterSha256 = null, string? RegisterOptions = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] PlanSpec? Plan = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? AsOf = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] DesignSpec? Design = null)
{
    public const string Experiment = "run";
    public const string Comparison = "compare";
    public const string Replay = "replay";
    public const string Planning = "plan";
    public const string Projection = "project";
    public const string Designing = "design";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static RunInputs FromJson(string json) => JsonSerializer.Deserialize<RunInputs>(json, Json) ?? throw new InvalidOperationException("stored run inputs are empty");

    /// <summary>The run's id: the first 20 hex digits of the SHA-256 of the canonical inputs.</summary>
    public string Id() => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(ToJson())))[..20];

    /// <summary>Replicates the run will report progress over.</summary>
    public int Total => Kind switch
    {
        Comparison => Replicates * Scenarios.Count,
        // A plan does not know how many evaluations its search takes; its progress counts them as they come. Nor a design.
        Planning or Designing => 0,
        _ => Replicates,
    };

    public static string Sha256(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));
}

/// <summary>What a design moves, seeks and respects, as <c>socsim design</c>'s --lever, --objective, --constraint, --population and --generations.</summary>
public sealed record DesignSpec(IReadOnlyList<string> Levers, IReadOnlyList<string> Objectives, IReadOnlyList<string> Constraints, int Population, int Generations);

/// <summary>What a plan varies and seeks, as <c>socsim plan</c>'s --vary, --goal, --range and --accuracy (invariant numbers).</summary>
public sealed record PlanSpec(string Vary, string Goal, string? Range, string? Accuracy);
