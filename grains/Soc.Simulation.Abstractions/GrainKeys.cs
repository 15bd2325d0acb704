namespace Soc.Simulation.Abstractions;

/// <summary>Grain keys of the things that live inside one call run: "{callId}/{local id}".</summary>
public static class GrainKeys
{
    public static string Child(string callId, string localId) => $"{callId}/{localId}";

    /// <summary>Splits a child key at its first '/': call ids never contain one, local ids may.</summary>
    public static (string CallId, string LocalId) Split(string key)
    {
        int slash = key.IndexOf('/', StringComparison.Ordinal);
        return slash > 0 ? (key[..slash], key[(slash + 1)..]) : throw new ArgumentException($"grain key '{key}' has no call id");
    }
}
