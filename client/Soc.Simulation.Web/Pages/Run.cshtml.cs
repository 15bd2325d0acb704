using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Soc.Simulation.Web.Forms;
using Soc.Simulation.Web.Hosting;
using Soc.Simulation.Web.Engine;
using Soc.Simulation.Web.Runs;
using Soc.Simulation.Web.Storage;
using Soc.Simulation.Model.Kpis;
using Soc.Simulation.Model;

namespace Soc.Simulation.Web.Pages;

/// <summary>One KPI row of the results: its catalogue label, mean and 95 % interval, formatted in the page's language.</summary>
public sealed record KpiRow(string Name, string Label, string Mean, string Interval);

/// <summary>One paired difference of a comparison, formatted.</summary>
public sealed record DifferenceRow(string Label, string Base, string Alternative, string Difference, string Interval, string ProbabilityBetter);

/// <summary>
/// A run: its progress while it is queued or running (the page polls the API and reloads when it ends), cancel, and
/// once done the results read from the stored files: the KPI table, the comparison, the awards, the charts, downloads.
/// </summary>
public sealed class RunModel(RunStore store, RunQueue queue, RunRequests requests, WebOptions options) : LocalizedPage
{
    public RunRecord? Run { get; private set; }

    public RunInputs? Inputs { get; private set; }

    public IReadOnlyList<string> Files { get; private set; } = [];

    public IReadOnlyList<KpiRow> Kpis { get; private set; } = [];

    public IReadOnlyList<(string Name, IReadOnlyList<DifferenceRow> Rows)> Comparisons { get; private set; } = [];

    public AwardsView? Awards { get; private set; }

    public PlanView? Plan { get; private set; }

    public DesignRunView? Design { get; private set; }

    public ProjectionView? Projection { get; private set; }

    /// <summary>"Project from" on a replay: the as-of day, replicates and seed, as typed (checked, never defaulted).</summary>
    [BindProperty] public string? AsOf { get; set; }

    [BindProperty] public string? ProjectReplicates { get; set; } = RunRequests.ProjectionReplicates.ToString(CultureInfo.InvariantCulture);

    [BindProperty] public string? ProjectSeed { get; set; } = "1";

    /// <summary>The "project from" form's errors by field (asOf, replicates, seed; "" for the form).</summary>
    public Dictionary<string, string> ProjectErrors { get; private set; } = new(StringComparer.Ordinal);

    /// <summary>While a Monte Carlo run runs (or after it was cancelled): the KPI table is over n of N replicates.</summary>
    public (int Done, int Total)? PartialOf { get; private set; }

    [BindProperty(SupportsGet = true)] public string Id { get; set; } = "";

    [BindProperty(SupportsGet = true)] public string? Q { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    public IActionResult OnGet()
    {
        Run = store.Find(Id);
        if (Run is null)
        {
            Response.StatusCode = 404;
            return Page();
        }

        Inputs = RunInputs.FromJson(Run.Inputs);
        if (Run.State != RunStore.States.Done)
        {
            if (store.Partial(Id) is { } partial)
            {
                Kpis = KpiRows(partial.Summary);
                PartialOf = (partial.Done, partial.Total);
            }

            return Page();
        }

        Files = [.. store.FileNames(Id).Where(f => !RunFiles.IsTranslation(f))];
        if (store.File(Id, "results.json") is { } results && Run.Kind == RunInputs.Experiment) Kpis = KpiRows(results);
        if (store.File(Id, "compare.json") is { } compare) Comparisons = ComparisonRows(compare);
        if (store.File(Id, "awards.csv") is { } awards) Awards = AwardsView.Of(awards, store.File(Id, "decision-trail.csv"), Q, PageNumber, L);
        if (store.File(Id, "plan.json") is { } plan) Plan = PlanView.Of(plan, L);
        if (store.File(Id, "design.json") is { } design) Design = DesignRunView.Of(design, L);
        if (store.File(Id, "projection.json") is { } projection) Projection = ProjectionView.Of(projection, L);
        return Page();
    }

    /// <summary>Projects the replayed register from an as-of day (socsim project), through the call it was replayed with.</summary>
    public IActionResult OnPostProject()
    {
        var form = new FormFields(L);
        DateOnly asOf = form.Date("asOf", AsOf);
        int replicates = form.Whole("replicates", ProjectReplicates, 2, options.MaxReplicates);
        int seed = form.Whole("seed", ProjectSeed, 0, int.MaxValue);
        if (form.Ok && store.Find(Id) is { } run && store.Register(Id) is { } register)
        {
            try
            {
                RunInputs replay = RunInputs.FromJson(run.Inputs);
                RunInputs projection = requests.Projection(replay.Scenarios[0], register, replay.RegisterOptions, asOf, replicates, (ulong)seed);
                return Redirect($"/runs/{queue.Submit(projection, register)}");
            }
            catch (InputException e)
            {
                form.Errors[e.Message.StartsWith("--as-of", StringComparison.Ordinal) ? "asOf" : ""] = e.Message;
            }
        }

        IActionResult page = OnGet();
        ProjectErrors = form.Errors;
        return page;
    }

    public IActionResult OnPostCancel()
    {
        queue.Cancel(Id);
        return Redirect($"/runs/{Id}");
    }

    /// <summary>The charts a run stored, as PNG (the SVG twins are downloads).</summary>
    public IEnumerable<string> Charts => Files.Where(f => f.EndsWith(".png", StringComparison.Ordinal));

    public IEnumerable<string> Downloads => Files.Where(f => !f.EndsWith(".png", StringComparison.Ordinal) && !f.EndsWith(".svg", StringComparison.Ordinal));

    private IReadOnlyList<KpiRow> KpiRows(byte[] json)
    {
        using JsonDocument doc = JsonDocument.Parse(json);
        return [.. doc.RootElement.GetProperty("kpis").EnumerateObject().Where(k => KpiCatalogue.Find(k.Name) is not null).Select(k => Row(k.Name, k.Value))];
    }

    private KpiRow Row(string name, JsonElement e) =>
        new(name, KpiFormat.Label(name, L), Value(name, e, "mean"), $"[{Value(name, e, "ci95Low")}, {Value(name, e, "ci95High")}]");

    private string Value(string kpi, JsonElement e, string field) =>
        e.TryGetProperty(field, out JsonElement v) && v.ValueKind == JsonValueKind.Number ? KpiFormat.Value(kpi, v.GetDouble(), L) : "n/a";

    private IReadOnlyList<(string, IReadOnlyList<DifferenceRow>)> ComparisonRows(byte[] json)
    {
        using JsonDocument doc = JsonDocument.Parse(json);
        var all = new List<(string, IReadOnlyList<DifferenceRow>)>();
        foreach (JsonElement alt in doc.RootElement.GetProperty("differences").EnumerateArray())
        {
            var rows = new List<DifferenceRow>();
            foreach (JsonElement d in alt.GetProperty("kpis").EnumerateArray())
            {
                string kpi = d.GetProperty("kpi").GetString()!;
                if (KpiCatalogue.Find(kpi) is null) continue;
                string Diff(string f) => d.TryGetProperty(f, out JsonElement v) && v.ValueKind == JsonValueKind.Number ? KpiFormat.Difference(kpi, v.GetDouble(), L) : "n/a";
                string p = d.TryGetProperty("probabilityBetter", out JsonElement pb) && pb.ValueKind == JsonValueKind.Number
                    ? KpiFormat.Value(KpiUnit.Share, pb.GetDouble(), L) : "—";
                rows.Add(new DifferenceRow(KpiFormat.Label(kpi, L), Value(kpi, d.GetProperty("base"), "mean"), Value(kpi, d.GetProperty("alternative"), "mean"),
                    Diff("meanDifference"), $"[{Diff("ci95Low")}, {Diff("ci95High")}]", p));
            }

            all.Add((alt.GetProperty("name").GetString()!, rows));
        }

        return all;
    }
}
