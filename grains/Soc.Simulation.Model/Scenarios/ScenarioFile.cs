using System.Text.Json;
using System.Text.Json.Nodes;
using Soc.Simulation.Abstractions.Scenarios;

namespace Soc.Simulation.Model.Scenarios;

/// <summary>
/// Reads a scenario file, applies the <c>--set</c> overrides, and validates it. Each step stops with every problem it
/// found, in the user's words: the JSON text (by line), the file's shape, the shape after the <c>--set</c>s (each
/// problem blamed on its <c>--set</c>), then the values (<see cref="ScenarioValidator"/>).
/// </summary>
public static class ScenarioFile
{
    /// <param name="path">The scenario file.</param>
    /// <param name="overrides">The --set assignments, applied in order.</param>
    /// <param name="uncertainty">False (--uncertainty off) reads it as a point scenario: its priors and posterior are dropped (H6).</param>
    public static Scenario Load(string path, IEnumerable<string>? overrides = null, bool uncertainty = true) => Parse(ReadText(path), path, overrides ?? [], uncertainty);

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

    public static Scenario Parse(string json, string file, IEnumerable<string> overrides, bool uncertainty = true)
    {
        JsonObject root = ReadObject(json, file);
        root.Remove("$schema");
        ThrowIfAny(file, [.. ScenarioShape.Errors(root).Select(e => e.ToString())]);

        // The file's own shape is right, so a problem found after the --sets is one of theirs.
        AppliedOverride[] applied = [.. overrides.Select(assignment => ScenarioOverrides.Apply(root, assignment))];
        if (applied.Length > 0)
        {
            ThrowIfAny(file, [.. ScenarioShape.Errors(root).Select(e => Blame(e, applied))]);
        }

        UncertainParameters.Fix(root, [.. applied.Select(a => a.Path)]);
        if (!uncertainty) UncertainParameters.Drop(root);
        Scenario scenario = Deserialize(root, file);
        IReadOnlyList<string> errors = ScenarioValidator.Errors(scenario);
        return errors.Count == 0
            ? scenario
            : throw new InputException($"{file}: invalid scenario:\n  " + string.Join("\n  ", errors));
    }

    /// <summary>System.Text.Json's messages append the path and position (its line counts from 0); we give those ourselves.</summary>
    internal static string FirstSentence(string message)
    {
        int cut = new[] { " Path:", " LineNumber:" }.Select(tail => message.IndexOf(tail, StringComparison.Ordinal)).Where(i => i > 0).DefaultIfEmpty(message.Length).Min();
        return message[..cut].TrimEnd('.', ' ');
    }

    /// <summary>The message for a JSON the shape check let through but System.Text.Json refused: a bug in the check,
    /// but the user still gets the JSON path and no .NET type name.</summary>
    internal static string ReadError(string file, JsonException e) =>
        $"{file}: {e.Path ?? "$"}: {JsonKinds.WithoutTypeNames(FirstSentence(e.Message))}";

    private static JsonObject ReadObject(string json, string file)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json, documentOptions: ScenarioJson.Document);
        }
        catch (JsonException e)
        {
            // A key given twice is found after the text is read, without a line.
            string at = e.LineNumber is { } line ? $":{line + 1}" : "";
            throw new InputException($"{file}{at}: not valid JSON ({FirstSentence(e.Message)})");
        }

        return root switch
        {
            JsonObject obj => obj,
            null => throw new InputException($"{file}: expected a JSON object, found null"),
            _ => throw new InputException($"{file}: expected a JSON object at $"),
        };
    }

    private static Scenario Deserialize(JsonObject root, string file)
    {
        try
        {
            return root.Deserialize<Scenario>(ScenarioJson.Options) ?? throw new InputException($"{file}: expected a scenario object");
        }
        catch (JsonException e)
        {
            throw new InputException(ReadError(file, e));
        }
    }

    /// <summary>The error prefixed with the --set that wrote the value it is in (the last one, if several did).</summary>
    private static string Blame(ShapeError error, IReadOnlyList<AppliedOverride> applied)
    {
        AppliedOverride? culprit = applied.LastOrDefault(o => error.Path == o.At
            || error.Path.StartsWith(o.At + ".", StringComparison.Ordinal) || error.Path.StartsWith(o.At + "[", StringComparison.Ordinal));
        return culprit is null ? error.ToString() : $"--set {culprit.Path}: {error}";
    }

    /// <summary>One problem on one line after the file name (a --set's needs no file name); several, one per line.</summary>
    private static void ThrowIfAny(string file, IReadOnlyList<string> errors)
    {
        switch (errors.Count)
        {
            case 0:
                return;
            case 1:
                throw new InputException(errors[0].StartsWith("--set ", StringComparison.Ordinal) ? errors[0] : $"{file}: {errors[0]}");
            default:
                throw new InputException($"{file}: invalid scenario:\n  " + string.Join("\n  ", errors));
        }
    }
}
