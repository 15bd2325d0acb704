using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Soc.Simulation.Model;
using Soc.Simulation.Web.Forms;
using Soc.Simulation.Web.Runs;
using Soc.Simulation.Web.Scenarios;

namespace Soc.Simulation.Web.Pages;

/// <summary>
/// Design: several levers of the next call at once under constraints, as <c>socsim design</c> does (--lever, --objective,
/// --constraint, one per line). The fields go through design's own checks, and an error shows beside the field it is
/// about in design's words. The front, its check and the Pareto chart are on the run page.
/// </summary>
public sealed class DesignModel(ScenarioCatalog catalog, RunQueue queue, Hosting.WebOptions options) : LocalizedPage
{
    [BindProperty] public string Scenario { get; set; } = "barcelona-2024";

    [BindProperty] public string Levers { get; set; } = "call.budgetEur=1000000:6000000\ncall.maxSubsidisedMonths=6:12:int\ncall.minimumAge=25:45:int";

    [BindProperty] public string Objectives { get; set; } = "max:insertionsCausedByCall\nmin:costPerCausedInsertionEur";

    [BindProperty] public string? Constraints { get; set; } = "exhaustion-risk<=0.1\ncall.budgetEur<=4000000";

    // Text, not numbers: a malformed number reaches the check and gets its error instead of a silent default.
    [BindProperty] public string? Population { get; set; } = RunRequests.DesignPopulation.ToString(CultureInfo.InvariantCulture);

    [BindProperty] public string? Generations { get; set; } = RunRequests.DesignGenerations.ToString(CultureInfo.InvariantCulture);

    [BindProperty] public string? Replicates { get; set; } = RunRequests.DesignReplicates.ToString(CultureInfo.InvariantCulture);

    [BindProperty] public string? Seed { get; set; } = "1";

    [BindProperty] public bool Uncertainty { get; set; } = true;

    public IReadOnlyList<ScenarioEntry> Entries { get; private set; } = [];

    /// <summary>Errors by field (scenario, levers, objectives, constraints, population, generations, replicates, seed); "" for the form as a whole.</summary>
    public Dictionary<string, string> Errors { get; private set; } = new(StringComparer.Ordinal);

    public void OnGet()
    {
        Entries = [.. catalog.All().Where(e => e.IsSimulation)];
        if (!Entries.Any(e => e.Id == Scenario) && Entries.Count > 0) Scenario = Entries[0].Id;
    }

    public IActionResult OnPost()
    {
        OnGet();
        var form = new FormFields(L);
        int population = form.Whole("population", Population, 4, 1000);
        int generations = form.Whole("generations", Generations, 1, 1000);
        int replicates = form.Whole("replicates", Replicates, 2, options.MaxReplicates);
        int seed = form.Whole("seed", Seed, 0, int.MaxValue);
        Errors = form.Errors;
        try
        {
            ScenarioInput scenario = catalog.Resolve(Scenario, []);
            // A malformed number comes back as its lowest allowed value, so the design is still checked and every mistake shows at once.
            var spec = new DesignSpec(Lines(Levers), Lines(Objectives), Lines(Constraints), population, generations);
            RunInputs inputs = RunRequests.DesignInputs(scenario, spec, replicates, (ulong)seed, Uncertainty);
            if (!form.Ok) return Page();
            return Redirect($"/runs/{queue.Submit(inputs)}");
        }
        catch (InputException e)
        {
            Errors.TryAdd(FieldOf(e.Message), e.Message);
            return Page();
        }
    }

    private static string[] Lines(string? text) => [.. (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    /// <summary>The field a design's message is about: the option it starts with.</summary>
    private static string FieldOf(string message) =>
        message.StartsWith("--lever", StringComparison.Ordinal) || message.StartsWith("design: give at least one --lever", StringComparison.Ordinal) || message.StartsWith("design: a --lever", StringComparison.Ordinal) ? "levers"
        : message.StartsWith("--objective", StringComparison.Ordinal) || message.StartsWith("design: give at least one --objective", StringComparison.Ordinal) ? "objectives"
        : message.StartsWith("--constraint", StringComparison.Ordinal) ? "constraints"
        : message.StartsWith("--population", StringComparison.Ordinal) ? "population"
        : message.StartsWith("--generations", StringComparison.Ordinal) ? "generations"
        : message.StartsWith("scenario:", StringComparison.Ordinal) ? "scenario"
        : "";
}
