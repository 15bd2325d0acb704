using System.Text.Json;
using System.Text.Json.Nodes;

namespace Soc.Simulation.Scenarios;

/// <summary>Reads a scenario file, applies the <c>--set</c> overrides, and validates it.</summary>
public static class ScenarioFile
{
    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = false,
    };

    public static Scenario Load(string path, IEnumerable<string>? overrides = null) => Parse(ReadText(path), path, overrides ?? []);

    /// <summary>The text of a scenario file; a missing or unreadable file is the user's to fix, named in one line.</summary>
    public static string ReadText(string path)
    {
        if (Directory.Exists(path)) throw new InputException($"{path}: is a folder; expected a scenario file (.json)");
        if (!File.Exists(path)) throw new InputException($"{path}: scenario file not found");
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException($"{path}: cannot read the scenario file ({e.Message.TrimEnd('.')})");
        }
    }

    public static Scenario Parse(string json, string file, IEnumerable<string> overrides)
    {
        JsonNode root;
        try
        {
            root = JsonNode.Parse(json, documentOptions: DocumentOptions)
                ?? throw new InputException($"{file}: expected a JSON object, found null");
        }
        catch (JsonException e)
        {
            throw new InputException($"{file}:{e.LineNumber + 1}: not valid JSON ({FirstSentence(e.Message)})");
        }

        if (root is not JsonObject obj)
        {
            throw new InputException($"{file}: expected a JSON object at $");
        }

        obj.Remove("$schema");
        foreach (string assignment in overrides)
        {
            ScenarioOverrides.Apply(root, assignment);
        }

        Scenario scenario;
        try
        {
            scenario = root.Deserialize<Scenario>(ScenarioJson.Options)
                ?? throw new InputException($"{file}: expected a scenario object");
        }
        catch (JsonException e)
        {
            throw new InputException($"{file}: at {e.Path ?? "$"}: {FirstSentence(e.Message)}");
        }

        IReadOnlyList<string> errors = ScenarioValidator.Errors(scenario);
        return errors.Count == 0
            ? scenario
            : throw new InputException($"{file}: invalid scenario:\n  " + string.Join("\n  ", errors));
    }

    /// <summary>System.Text.Json's messages append the path and position; we give those ourselves.</summary>
    private static string FirstSentence(string message)
    {
        int cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return (cut > 0 ? message[..cut] : message).TrimEnd('.', ' ');
    }
}
