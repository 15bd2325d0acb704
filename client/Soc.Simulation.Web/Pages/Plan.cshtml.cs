using Microsoft.AspNetCore.Mvc;
using Soc.Simulation.Web.Forms;
using Soc.Simulation.Web.Languages;
using Soc.Simulation.Web.Runs;
using Soc.Simulation.Web.Scenarios;
using Soc.Simulation.Model;

namespace Soc.Simulation.Web.Pages;

/// <summary>
/// Plan: goal-seek one lever of a policy scenario, as <c>socsim plan</c> does (--vary, --goal, --range). The fields
/// go through plan's own checks, and an error shows beside the field it is about in plan's words. The answer, the
/// cautious answer and the goal-seek chart are on the run page.
/// </summary>
public sealed class PlanModel(ScenarioCatalog catalog, RunQueue queue, Hosting.WebOptions options) : LocalizedPage
{
    [BindProperty] public string Scenario { get; set; } = "barcelona-2023";

    [BindProperty] public string Vary { get; set; } = "call.budgetEur";

    [BindProperty] public string Goal { get; set; } = "refusal-risk<=0.1";

    [BindProperty] public string? RangeLow { get; set; }

    [BindProperty] public string? RangeHigh { get; set; }

    // Text, not numbers: a malformed number reaches the check and gets its error instead of a silent default.
    [BindProperty] public string? Replicates { get; set; } = RunRequests.PlanReplicates.ToString(System.Globalization.CultureInfo.InvariantCulture);

    [BindProperty] public string? Seed { get; set; } = "1";

    [BindProperty] public bool Uncertainty { get; set; } = true;

    public IReadOnlyList<ScenarioEntry> Entries { get; private set; } = [];

    /// <summary>Errors by field (scenario, vary, goal, range, replicates, seed); "" for the form as a whole.</summary>
    public Dictionary<string, string> Errors { get; private set; } = new(StringComparer.Ordinal);

    public void OnGet() => Entries = [.. catalog.All().Where(e => e.IsSimulation)];

    public IActionResult OnPost()
    {
        OnGet();
        var form = new FormFields(L);
        int replicates = form.Whole("replicates", Replicates, 2, options.MaxReplicates);
        int seed = form.Whole("seed", Seed, 0, int.MaxValue);
        Errors = form.Errors;
        string? range = string.IsNullOrWhiteSpace(RangeLow) && string.IsNullOrWhiteSpace(RangeHigh)
            ? null
            : $"{Lang.ToInvariant(RangeLow ?? "", L)}:{Lang.ToInvariant(RangeHigh ?? "", L)}";
        try
        {
            ScenarioInput scenario = catalog.Resolve(Scenario, []);
            RunInputs inputs = RunRequests.PlanInputs(scenario, new PlanSpec(Vary.Trim(), Goal.Trim(), range, null), replicates, (ulong)seed, Uncertainty);
            if (!form.Ok) return Page();
            return Redirect($"/runs/{queue.Submit(inputs)}");
        }
        catch (InputException e)
        {
            Errors.TryAdd(FieldOf(e.Message), e.Message);
            return Page();
        }
    }

    /// <summary>The field a plan's message is about: the option it names (plan's messages start with it), or the lever's path.</summary>
    private string FieldOf(string message) =>
        message.StartsWith("--goal", StringComparison.Ordinal) ? "goal"
        : message.StartsWith("--range", StringComparison.Ordinal) ? "range"
        : message.StartsWith("--vary", StringComparison.Ordinal) || message.StartsWith(Vary.Trim() + ":", StringComparison.Ordinal) ? "vary"
        : message.StartsWith("scenario:", StringComparison.Ordinal) ? "scenario"
        : "";
}
