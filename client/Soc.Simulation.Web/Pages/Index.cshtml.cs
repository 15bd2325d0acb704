using Microsoft.AspNetCore.Mvc;
using Soc.Simulation.Web.Forms;
using Soc.Simulation.Web.Hosting;
using Soc.Simulation.Web.Languages;
using Soc.Simulation.Web.Runs;
using Soc.Simulation.Web.Scenarios;
using Soc.Simulation.Web.Storage;
using Soc.Simulation.Abstractions.Scenarios;
using Soc.Simulation.Model.Scenarios;
using Soc.Simulation.Model;

namespace Soc.Simulation.Web.Pages;

/// <summary>
/// Scenarios: the shipped and saved ones, and a form of the call's levers for the chosen one. The form's values go
/// through the command line's checks (as --set); an error is shown beside the field it names. Run queues the
/// scenario as changed; save keeps it under a name (a base and the changed levers).
/// </summary>
public sealed class IndexModel(ScenarioCatalog catalog, RunStore store, RunQueue queue, WebOptions options) : LocalizedPage
{
    [BindProperty(SupportsGet = true)] public string? Scenario { get; set; }

    [BindProperty] public Dictionary<string, string> Values { get; set; } = [];

    // Text, not numbers: a malformed number reaches the check and gets its error instead of a silent default.
    [BindProperty] public string? Replicates { get; set; } = "20";

    [BindProperty] public string? Seed { get; set; } = "1";

    [BindProperty] public bool Uncertainty { get; set; } = true;

    [BindProperty] public string? SaveName { get; set; }

    public IReadOnlyList<ScenarioEntry> Entries { get; private set; } = [];

    public ScenarioEntry? Selected { get; private set; }

    /// <summary>Errors by lever path; "" for the form as a whole.</summary>
    public Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);

    public IReadOnlyList<ParameterDifference> Differences { get; private set; } = [];

    public void OnGet()
    {
        Load();
        if (Selected is null) return;
        Scenario current = catalog.Resolve(Selected.Id, []).Read(Selected.Id, true);
        foreach (Lever lever in Levers.All) Values[lever.Path] = Lang.Number(lever.Value(current), L);
        Differences = DifferencesOf(current);
    }

    public IActionResult OnPostRun()
    {
        Load();
        if (Selected is null || Read() is not { } sets) return Page();
        var form = new FormFields(L);
        int replicates = form.Whole("replicates", Replicates, 2, options.MaxReplicates);
        int seed = form.Whole("seed", Seed, 0, int.MaxValue);
        foreach ((string field, string error) in form.Errors) Errors[field] = error;
        if (Errors.Count > 0) return Page();
        try
        {
            ScenarioInput input = catalog.Resolve(Selected.Id, sets);
            if (!input.Read(Selected.Id, Uncertainty).IsSimulation)
            {
                Errors[""] = $"{Selected.Id}: this scenario has only a call; replay a register with it (Call register)";
                return Page();
            }

            string id = queue.Submit(new RunInputs(RunInputs.Experiment, [input], replicates, (ulong)seed, Uncertainty));
            return Redirect($"/runs/{id}");
        }
        catch (InputException e)
        {
            Errors[Levers.FieldOf(e.Message) ?? ""] = e.Message;
            return Page();
        }
    }

    public IActionResult OnPostSave()
    {
        Load();
        if (Selected is null || Read() is not { } sets) return Page();
        string name = (SaveName ?? "").Trim();
        if (name.Length is 0 or > 80 || catalog.IsShipped(name))
        {
            Errors["save"] = "name: expected 1 to 80 characters, not the name of a shipped scenario";
            return Page();
        }

        // A saved scenario keeps its base's file and every lever changed on it, so what differs stays readable.
        string baseId = Selected.Base ?? Selected.Id;
        store.SaveScenario(new SavedScenario(name, baseId, [.. Selected.Sets, .. sets]));
        return Redirect($"/?scenario={Uri.EscapeDataString(name)}");
    }

    private void Load()
    {
        Entries = catalog.All();
        Selected = Scenario is null
            ? Entries.FirstOrDefault(e => e.Id == "barcelona-2023") ?? Entries.FirstOrDefault()
            : catalog.Find(Scenario);
        if (Selected is null) Errors[""] = $"scenario: no scenario '{Scenario}'";
    }

    /// <summary>The form's levers as --set overrides (only those that differ from the scenario); null when one is wrong.</summary>
    private List<string>? Read()
    {
        Scenario current = catalog.Resolve(Selected!.Id, []).Read(Selected.Id, true);
        var sets = new List<string>();
        foreach (Lever lever in Levers.All)
        {
            // An empty field leaves the lever as the scenario has it.
            if (Values.GetValueOrDefault(lever.Path) is not { Length: > 0 } typed) continue;
            string value = Lang.ToInvariant(typed, L);
            if (value == Lang.ToInvariant(Lang.Number(lever.Value(current), L), L)) continue;
            string set = $"{lever.Path}={value}";
            try
            {
                catalog.Resolve(Selected.Id, [set]).Read(Selected.Id, true);
                sets.Add(set);
            }
            catch (InputException e)
            {
                Errors[lever.Path] = e.Message;
            }
        }

        if (Errors.Count > 0) return null;
        try
        {
            Differences = DifferencesOf(catalog.Resolve(Selected.Id, sets).Read(Selected.Id, true));
        }
        catch (InputException e)
        {
            Errors[Levers.FieldOf(e.Message) ?? ""] = e.Message;
            return null;
        }

        return sets;
    }

    private IReadOnlyList<ParameterDifference> DifferencesOf(Scenario current)
    {
        string baseId = Selected!.Base ?? Selected.Id;
        return ScenarioDiff.Between(catalog.Shipped(baseId), current);
    }
}
