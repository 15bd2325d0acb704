
namespace Soc.Simulation.Web.Hosting;

/// <summary>How <c>socsim serve</c> runs: where it listens, where it keeps its database, who may use it, and its limits.</summary>
public sealed record WebOptions
{
    public const string ApiKeyVariable = "SOCSIM_API_KEY";

    public string Urls { get; init; } = "http://127.0.0.1:5080";

    /// <summary>The folder of the SQLite database (created if missing).</summary>
    public string DataDirectory { get; init; } = "socsim-data";

    /// <summary>The shipped scenarios' folder (scenarios/*.json).</summary>
    public required string ScenarioDirectory { get; init; }

    /// <summary>When set, every API call and page needs it (header X-Api-Key, or the cookie the sign-in page sets).</summary>
    public string? ApiKey { get; init; }

    /// <summary>Runs executed at the same time; the rest wait in the queue (each run already uses every core).</summary>
    public int Workers { get; init; } = 1;

    public int MaxReplicates { get; init; } = 1000;

    /// <summary>The largest register upload, in bytes.</summary>
    public long MaxUploadBytes { get; init; } = 5 * 1024 * 1024;

    /// <summary>The most applications a register upload may hold.</summary>
    public int MaxRegisterRows { get; init; } = 20_000;
}
