using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Soc.Simulation.Tests.Simulation;
using Soc.Simulation.Abstractions.Scenarios;
using Soc.Simulation.Model.Scenarios;
using Soc.Simulation.Model;

namespace Soc.Simulation.Tests.Scenarios;

/// <summary>
/// What the shape check lets through, System.Text.Json can read: every value of the shipped scenarios is replaced in
/// turn by values of every JSON kind (and every field removed or misspelt), and whenever the check finds nothing the
/// scenario must deserialize. No message may name a .NET type.
/// </summary>
public partial class ScenarioShapeSoundnessTests
{
    private static readonly string[] Replacements =
    [
        "\"six\"", "6", "6.5", "-1", "3000000000", "1e40", "true", "null", "[]", "{}", "[\"x\"]", "[[\"x\"]]", "{\"company\":\"x\"}",
        "\"2023-02-30\"", "\"2023-01-01\"", "\"strict\"", "\"top_up\"", "\"company\"",
    ];

    public static TheoryData<string> Files() => ["30plus-2023.json", "barcelona-2023.json"];

    [Theory]
    [MemberData(nameof(Files))]
    public void Whatever_passes_the_shape_check_deserializes(string file)
    {
        JsonNode root = JsonNode.Parse(File.ReadAllText(Path.Combine(TestPaths.Root, "scenarios", file)), documentOptions: ScenarioJson.Document)!;
        root.AsObject().Remove("$schema");
        var failures = new List<string>();
        int passed = 0;
        foreach ((string path, Action<JsonNode, JsonNode?> replace, Action<JsonNode>? remove) in Places(root, "$"))
        {
            var variants = Replacements.Select(r => (What: $"{path} = {r}", Edit: (Action<JsonNode>)(n => replace(n, JsonNode.Parse(r))))).ToList();
            if (remove is not null) variants.Add(($"{path} removed", remove));
            foreach ((string what, Action<JsonNode> edit) in variants)
            {
                JsonNode copy = root.DeepClone();
                edit(copy);
                IReadOnlyList<ShapeError> errors = ScenarioShape.Errors(copy);
                failures.AddRange(errors.Where(e => TypeName().IsMatch(e.ToString())).Select(e => $"{what}: a .NET type in '{e}'"));
                if (errors.Count > 0) continue;
                passed++;
                try
                {
                    _ = copy.Deserialize<Scenario>(ScenarioJson.Options);
                }
                catch (JsonException e)
                {
                    failures.Add($"{what}: passed the shape check, but {e.Message}");
                }
            }
        }

        Assert.Equal([], failures);
        Assert.True(passed > 20, $"only {passed} variants passed the shape check: the test tries too little");
    }

    /// <summary>A misspelt key is refused anywhere: by the shape check in records and enum-keyed maps, by the
    /// validator in the maps whose keys it knows. Only districts take any name.</summary>
    [Fact]
    public void A_misspelt_key_anywhere_but_in_districts_is_refused()
    {
        string json = File.ReadAllText(Barcelona.ScenarioPath);
        JsonNode root = JsonNode.Parse(json, documentOptions: ScenarioJson.Document)!;
        root.AsObject().Remove("$schema");
        var missed = new List<string>();
        foreach (string path in ObjectFields(root, "$").Where(p => !p.StartsWith("$.population.districts.", StringComparison.Ordinal)))
        {
            JsonNode copy = root.DeepClone();
            (JsonObject parent, string key) = Locate(copy, path);
            JsonNode? value = parent[key];
            parent.Remove(key);
            parent[key + "x"] = value;
            string message = Assert.Throws<InputException>(() => ScenarioFile.Parse(copy.ToJsonString(), "s.json", [])).Message;
            if (!message.Contains($"{path}x: unknown ", StringComparison.Ordinal)) missed.Add($"{path}: {message}");
        }

        Assert.Equal([], missed);
    }

    /// <summary>Every value in the tree, with a way to replace it in a copy and, for an object's field, to remove it.</summary>
    private static IEnumerable<(string Path, Action<JsonNode, JsonNode?> Replace, Action<JsonNode>? Remove)> Places(JsonNode? node, string path)
    {
        switch (node)
        {
            case JsonObject obj:
                // The keys of "uncertainty" are JSON paths themselves ("services[1].hazardMultiplier"), which this
                // test's paths cannot spell; the priors' own fields are reached through the other scenarios' tests.
                foreach ((string key, JsonNode? child) in obj.Where(kv => kv.Key.IndexOfAny(['.', '[']) < 0))
                {
                    string at = $"{path}.{key}";
                    yield return (at, (copy, v) => At(copy, path).AsObject()[key] = v, copy => At(copy, path).AsObject().Remove(key));
                    foreach (var place in Places(child, at)) yield return place;
                }

                break;
            case JsonArray array:
                for (int i = 0; i < array.Count; i++)
                {
                    int index = i;
                    string at = $"{path}[{i}]";
                    yield return (at, (copy, v) => At(copy, path).AsArray()[index] = v, null);
                    foreach (var place in Places(array[i], at)) yield return place;
                }

                break;
        }
    }

    private static IEnumerable<string> ObjectFields(JsonNode? node, string path) => node switch
    {
        JsonObject obj => obj.Where(kv => kv.Key.IndexOfAny(['.', '[']) < 0).SelectMany(kv => ObjectFields(kv.Value, $"{path}.{kv.Key}").Prepend($"{path}.{kv.Key}")),
        JsonArray array => array.SelectMany((child, i) => ObjectFields(child, $"{path}[{i}]")),
        _ => [],
    };

    /// <summary>The node at a path written by <see cref="Places"/> ($.services[2].eligibility).</summary>
    private static JsonNode At(JsonNode root, string path) =>
        Segment().Matches(path).Aggregate(root, (node, m) => m.Groups["index"].Success ? node[int.Parse(m.Groups["index"].Value)]! : node[m.Groups["key"].Value]!);

    private static (JsonObject Parent, string Key) Locate(JsonNode root, string path)
    {
        int dot = path.LastIndexOf('.');
        return (At(root, path[..dot]).AsObject(), path[(dot + 1)..]);
    }

    [GeneratedRegex(@"\.(?<key>[^.\[]+)|\[(?<index>\d+)\]")]
    private static partial Regex Segment();

    [GeneratedRegex(@"\b(?:System|Soc|Microsoft)\.[A-Z]")]
    private static partial Regex TypeName();
}
