using Microsoft.AspNetCore.Mvc;
using Soc.Simulation.Web.Forms;
using Soc.Simulation.Web.Hosting;
using Soc.Simulation.Web.Languages;
using Soc.Simulation.Web.Runs;
using Soc.Simulation.Web.Scenarios;
using Soc.Simulation.Model;

namespace Soc.Simulation.Web.Pages;

/// <summary>
/// Compare: a base and an alternative, which is another scenario (shipped or saved) or the base with levers changed
/// on the spot (as --alt). Runs with common random numbers; the results are the run page's paired differences.
/// </summary>
public sealed class CompareModel(ScenarioCatalog catalog, RunQueue queue, WebOptions options) : LocalizedPage
{
    [BindProperty] public string? Base { get; set; } = "barcelona-2023";

    [BindProperty] public string? Alternative { get; set; }

    [BindProperty] public string AltName { get; set; } = "alternativa";

    [BindProperty] public Dictionary<string, string> Values { get; set; } = [];

    // Text, not numbers: a malformed number reaches the check and gets its error instead of a silent default.
    [BindProperty] public string? Replicates { get; set; } = "20";

    [BindProperty] public string? Seed { get; set; } = "1";

    [BindProperty] public bool Uncertainty { get; set; } = true;

    public IReadOnlyList<ScenarioEntry> Entries { get; private set; } = [];

    public Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);

    public void OnGet() => Entries = [.. catalog.All().Where(e => e.IsSimulation)];

    public IActionResult OnPost()
    {
        OnGet();
        var form = new FormFields(L);
        int replicates = form.Whole("replicates", Replicates, 2, options.MaxReplicates);
        int seed = form.Whole("seed", Seed, 0, int.MaxValue);
        foreach ((string field, string error) in form.Errors) Errors[field] = error;
        if (Errors.Count > 0) return Page();
        try
        {
            ScenarioInput baseInput = catalog.Resolve(Base ?? "", []);
            string[] sets = [.. Levers.All.Where(l => Values.GetValueOrDefault(l.Path) is { Length: > 0 }).Select(l => $"{l.Path}={Lang.ToInvariant(Values[l.Path], L)}")];
            string name = AltName.Trim().Length is > 0 and <= 80 ? AltName.Trim() : "alternative";
            ScenarioInput alt = string.IsNullOrEmpty(Alternative)
                ? baseInput with { Name = name, Sets = sets }
                : catalog.Resolve(Alternative, sets, Alternative == Base ? name : null);
            if (sets.Length == 0 && string.IsNullOrEmpty(Alternative)) throw new InputException("alternative: choose a scenario or change at least one lever");
            baseInput.Read(Base!, Uncertainty);
            alt.Read(name, Uncertainty);
            string id = queue.Submit(new RunInputs(RunInputs.Comparison, [baseInput, alt], replicates, (ulong)seed, Uncertainty));
            return Redirect($"/runs/{id}");
        }
        catch (InputException e)
        {
            Errors[Levers.FieldOf(e.Message) ?? ""] = e.Message;
            return Page();
        }
    }
}
