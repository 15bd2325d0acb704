using System.Text.Json.Nodes;
using Soc.Simulation.Web.Storage;
using Soc.Simulation.Abstractions.Scenarios;
using Soc.Simulation.Model.Scenarios;
using Soc.Simulation.Model;

namespace Soc.Simulation.Web.Scenarios;

/// <summary>A scenario as a run is keyed on: its JSON text (comments and spacing removed), the --set overrides in order, and a name that replaces the file's.</summary>
public sealed record ScenarioInput(string? Name, string Json, IReadOnlyList<string> Sets)
{
    /// <summary>Reads and validates it as the command line would (<see cref="ScenarioFile.Parse"/>); errors name the JSON path.</summary>
    public Scenario Read(string label, bool uncertainty)
    {
        Scenario scenario = ScenarioFile.Parse(Json, label, Sets, uncertainty);
        return Name is null ? scenario : scenario with { Name = Name };
    }
}

/// <summary>One entry of the scenario list: a shipped file (scenarios/*.json) or one saved from the form.</summary>
public sealed record ScenarioEntry(string Id, string Title, string Description, bool Saved, bool IsSimulation, string? Base, IReadOnlyList<string> Sets);

/// <summary>
/// The scenarios the app offers: the shipped files, listed once from the scenarios folder, and the saved ones from
/// the database. A user names a scenario by its id; an id is looked up in these lists and never used as a path.
/// </summary>
public sealed class ScenarioCatalog
{
    private readonly Dictionary<string, (string Json, Scenario Scenario)> _shipped = new(StringComparer.Ordinal);
    private readonly RunStore _store;

    public ScenarioCatalog(string directory, RunStore store)
    {
        _store = store;
        foreach (string file in Directory.EnumerateFiles(directory, "*.json").Order(StringComparer.Ordinal))
        {
            if (file.EndsWith(".schema.json", StringComparison.Ordinal)) continue;
            string json = ScenarioFile.ReadText(file);
            _shipped[Path.GetFileNameWithoutExtension(file)] = (Normalize(json), ScenarioFile.Parse(json, Path.GetFileName(file), []));
        }
    }

    /// <summary>The shipped scenarios, then the saved ones.</summary>
    public IReadOnlyList<ScenarioEntry> All()
    {
        var all = _shipped.Select(s => new ScenarioEntry(s.Key, s.Value.Scenario.Name, s.Value.Scenario.Description, false, s.Value.Scenario.IsSimulation, null, [])).ToList();
        all.AddRange(_store.SavedScenarios().Where(s => _shipped.ContainsKey(s.Base)).Select(s =>
            new ScenarioEntry(s.Name, s.Name, _shipped[s.Base].Scenario.Name, true, _shipped[s.Base].Scenario.IsSimulation, s.Base, s.Sets)));
        return all;
    }

    public ScenarioEntry? Find(string id) => All().FirstOrDefault(s => s.Id == id);

    public bool IsShipped(string id) => _shipped.ContainsKey(id);

    /// <summary>A shipped scenario as read from its file (no overrides).</summary>
    public Scenario Shipped(string id) => _shipped[id].Scenario;

    /// <summary>The input for a scenario id, with further overrides; an unknown id is the user's mistake, named with the ones there are.</summary>
    public ScenarioInput Resolve(string id, IReadOnlyList<string> sets, string? rename = null)
    {
        if (_shipped.TryGetValue(id, out var shipped)) return new ScenarioInput(rename, shipped.Json, sets);
        SavedScenario? saved = _store.SavedScenarios().FirstOrDefault(s => s.Name == id);
        if (saved is not null && _shipped.TryGetValue(saved.Base, out var baseFile)) return new ScenarioInput(rename ?? saved.Name, baseFile.Json, [.. saved.Sets, .. sets]);
        throw new InputException($"scenario: no scenario '{id}'; the scenarios are {string.Join(", ", All().Select(s => s.Id))} (or give the scenario's JSON)");
    }

    /// <summary>Scenario JSON given inline; checked as a file would be, then kept without comments or spacing.</summary>
    public static ScenarioInput Inline(string json, IReadOnlyList<string> sets, bool uncertainty)
    {
        ScenarioFile.Parse(json, "scenario", sets, uncertainty);
        return new ScenarioInput(null, Normalize(json), sets);
    }

    private static string Normalize(string json) => JsonNode.Parse(json, documentOptions: ScenarioJson.Document)!.ToJsonString();
}
