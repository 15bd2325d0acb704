using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.StaticFiles;
using HttpResults = Microsoft.AspNetCore.Http.Results;
using Soc.Simulation.Web.Engine;
using Soc.Simulation.Web.Hosting;
using Soc.Simulation.Web.Languages;
using Soc.Simulation.Web.Runs;
using Soc.Simulation.Web.Scenarios;
using Soc.Simulation.Web.Storage;
using Soc.Simulation.Model;
using Soc.Simulation.Model.Kpis;

namespace Soc.Simulation.Web.Api;

/// <summary>What <c>GET /api/runs/{id}</c> answers.</summary>
public sealed record RunStatus(string Id, string Kind, string State, int Done, int Total, string? Error, IReadOnlyList<string> Files);

/// <summary>A bad request: the JSON path (or field) and what was expected there, as the command line says it.</summary>
public sealed record ApiError(string Error);

/// <summary>The HTTP API (its OpenAPI document is at /openapi/v1.json). Runs are keyed by their inputs' hash.</summary>
public static class ApiEndpoints
{
    private static readonly FileExtensionContentTypeProvider Types = new();

    public static void Map(IEndpointRouteBuilder app)
    {
        RouteGroupBuilder api = app.MapGroup("/api").DisableAntiforgery();

        api.MapGet("/scenarios", (ScenarioCatalog catalog) => catalog.All())
            .WithSummary("The shipped and saved scenarios: their ids are what a run's \"scenario\" names.");

        api.MapPost("/runs", (JsonNode? body, RunRequests requests, RunQueue queue) => Submit(() => requests.Run(body), queue))
            .WithSummary("Queues Monte Carlo replicates of a scenario: {\"scenario\": id or JSON, \"replicates\": N, \"seed\": S, \"set\": {\"path\": value}, \"uncertainty\": true}.")
            .Produces<RunStatus>(StatusCodes.Status202Accepted).Produces<ApiError>(StatusCodes.Status400BadRequest);

        api.MapPost("/compares", (JsonNode? body, RunRequests requests, RunQueue queue) => Submit(() => requests.Compare(body), queue))
            .WithSummary("Queues a comparison: {\"base\": id or JSON, \"alternatives\": [{\"name\": …, \"set\": {…}}], \"replicates\", \"seed\", \"set\", \"uncertainty\"}.")
            .Produces<RunStatus>(StatusCodes.Status202Accepted).Produces<ApiError>(StatusCodes.Status400BadRequest);

        api.MapPost("/replays", async (HttpRequest request, RunRequests requests, RunQueue queue, WebOptions options) =>
        {
            if (!request.HasFormContentType) return HttpResults.BadRequest(new ApiError("expected a multipart form with a \"register\" file (CSV or .xlsx) and a \"scenario\""));
            IFormCollection form;
            try
            {
                form = await request.ReadFormAsync();
            }
            catch (Exception e) when (e is InvalidDataException or BadHttpRequestException)
            {
                return HttpResults.BadRequest(new ApiError($"register: the upload is larger than the {options.MaxUploadBytes / 1024.0 / 1024.0:0.0} MB the app takes"));
            }

            return await ReplayAsync(form, requests, queue, options);
        }).DisableAntiforgery().WithSummary("Queues a register replay: a multipart form with \"register\" (CSV or .xlsx), \"scenario\" (default 30plus-2023) and \"csvLocale\".")
            .Produces<RunStatus>(StatusCodes.Status202Accepted).Produces<ApiError>(StatusCodes.Status400BadRequest);

        api.MapPost("/designs", (JsonNode? body, RunRequests requests, RunQueue queue) => Submit(() => requests.Design(body), queue))
            .WithSummary("Queues a design of the next call (socsim design): {\"scenario\": id or JSON, \"levers\": [\"call.budgetEur=1000000:6000000\", …], \"objectives\": [\"max:insertionsCausedByCall\", …], \"constraints\": [\"exhaustion-risk<=0.1\", …], \"population\" (20), \"generations\" (8), \"replicates\" (80), \"seed\", \"set\", \"uncertainty\"}; design.json is socsim design's.")
            .Produces<RunStatus>(StatusCodes.Status202Accepted).Produces<ApiError>(StatusCodes.Status400BadRequest);
        api.MapPost("/plans", (JsonNode? body, RunRequests requests, RunQueue queue) => Submit(() => requests.Plan(body), queue))
            .WithSummary("Queues a goal-seek of one lever (socsim plan): {\"scenario\": id or JSON, \"vary\": \"call.budgetEur\", \"goal\": \"refusal-risk<=0.1\", \"range\": \"low:high\", \"accuracy\", \"replicates\" (80), \"seed\", \"set\", \"uncertainty\"}; plan.json is socsim plan's.")
            .Produces<RunStatus>(StatusCodes.Status202Accepted).Produces<ApiError>(StatusCodes.Status400BadRequest);

        api.MapPost("/projections", async (HttpRequest request, RunRequests requests, RunQueue queue, WebOptions options) =>
        {
            if (!request.HasFormContentType)
            {
                JsonNode? body;
                try
                {
                    body = await JsonNode.ParseAsync(request.Body);
                }
                catch (System.Text.Json.JsonException e)
                {
                    return HttpResults.BadRequest(new ApiError($"$: expected a JSON object or a multipart form: {e.Message}"));
                }

                return SubmitWithRegister(() => requests.Projection(body), queue);
            }

            IFormCollection form;
            try
            {
                form = await request.ReadFormAsync();
            }
            catch (Exception e) when (e is InvalidDataException or BadHttpRequestException)
            {
                return HttpResults.BadRequest(new ApiError($"register: the upload is larger than the {options.MaxUploadBytes / 1024.0 / 1024.0:0.0} MB the app takes"));
            }

            if (await UploadAsync(form, options) is not { } upload) return HttpResults.BadRequest(new ApiError("register: expected a register file (CSV or .xlsx), at most the size the app takes"));
            string scenario = form["scenario"].FirstOrDefault() is { Length: > 0 } s ? s : "30plus-2023";
            return SubmitWithRegister(() => (requests.Projection(scenario, upload, form["csvLocale"].FirstOrDefault(), form["asOf"].FirstOrDefault(), form["replicates"].FirstOrDefault(), form["seed"].FirstOrDefault()), upload), queue);
        }).DisableAntiforgery().WithSummary("Queues a projection of a running call (socsim project): a multipart form with \"register\" (CSV or .xlsx), \"asOf\" (YYYY-MM-DD), \"scenario\" (default 30plus-2023), \"replicates\" (100), \"seed\", \"csvLocale\"; or JSON {\"register\": the id of a run whose register to use, \"asOf\", …}. projection.json is socsim project's.")
            .Produces<RunStatus>(StatusCodes.Status202Accepted).Produces<ApiError>(StatusCodes.Status400BadRequest);

        api.MapGet("/runs/{id}", (string id, RunStore store) => store.Find(id) is { } run ? HttpResults.Ok(Status(run, store)) : HttpResults.NotFound(new ApiError($"no run '{id}'")))
            .WithSummary("A run's state (queued, running, done, failed, cancelled), replicates done of total, its error and files.")
            .Produces<RunStatus>().Produces<ApiError>(StatusCodes.Status404NotFound);

        api.MapPost("/runs/{id}/cancel", (string id, RunQueue queue) => queue.Cancel(id) ? HttpResults.Accepted() : HttpResults.Conflict(new ApiError($"run '{id}' is not queued or running")))
            .WithSummary("Cancels a queued or running run.");

        api.MapGet("/runs/{id}/partial.json", (string id, RunStore store) => store.Partial(id) is { } partial
                ? HttpResults.Bytes(partial.Summary, "application/json; charset=utf-8")
                : HttpResults.NotFound(new ApiError($"run '{id}' has no partial results (not started, done, or no replicate done yet)")))
            .WithSummary("While a run is running: results.json's summary over the replicates done so far (\"replicates\" is how many); replaced as more are done.");

        api.MapGet("/runs/{id}/{file}", (string id, string file, string? lang, RunStore store) => File(id, file, store, Lang.Parse(lang)))
            .WithSummary("One of a finished run's files (results.json, results.xlsx, replicates.csv, compare.json, awards.csv, report.html, charts…), byte-identical to the command line's; ?lang=ca|es gives report.html and the charts in that language, as socsim --lang does.");
    }

    /// <summary>A run's file, found by name in the database; the name is never a path.</summary>
    public static IResult File(string id, string file, RunStore store, Language? language = null)
    {
        byte[]? content = (language is { } l && RunFiles.Translated.Contains(l) ? store.File(id, RunFiles.In(l, file)) : null) ?? store.File(id, file);
        if (content is null) return HttpResults.NotFound(new ApiError($"run '{id}' has no file '{file}'"));
        string type = Types.TryGetContentType(file, out string? t) ? t : "application/octet-stream";
        if (type.StartsWith("text/", StringComparison.Ordinal) || type == "application/json") type += "; charset=utf-8";
        // A report or SVG from a run is shown as the app's own page; the policy keeps anything it holds from running script.
        return HttpResults.File(content, type, file.EndsWith(".html", StringComparison.Ordinal) || file.EndsWith(".png", StringComparison.Ordinal) || file.EndsWith(".svg", StringComparison.Ordinal) ? null : file);
    }

    public static async Task<IResult> ReplayAsync(IFormCollection form, RunRequests requests, RunQueue queue, WebOptions options)
    {
        IFormFile? file = form.Files["register"];
        if (file is null || file.Length == 0) return HttpResults.BadRequest(new ApiError("register: expected a register file (CSV or .xlsx)"));
        if (file.Length > options.MaxUploadBytes) return HttpResults.BadRequest(new ApiError($"register: the file is {file.Length / 1024.0 / 1024.0:0.0} MB; the largest the app takes is {options.MaxUploadBytes / 1024.0 / 1024.0:0.0} MB"));
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer);
        // Only the file's own name is kept (as a label), never the path a browser may send.
        string name = Path.GetFileName(file.FileName.Replace('\\', '/'));
        string scenario = form["scenario"].FirstOrDefault() is { Length: > 0 } s ? s : "30plus-2023";
        byte[] content = buffer.ToArray();
        return Submit(() => requests.Replay(scenario, content, name.Length == 0 ? "register.csv" : name, form["csvLocale"].FirstOrDefault()), queue, (name, content));
    }

    /// <summary>The register file of a form, within the size limit; null when there is none or it is too large.</summary>
    private static async Task<(string Name, byte[] Content)?> UploadAsync(IFormCollection form, WebOptions options)
    {
        IFormFile? file = form.Files["register"];
        if (file is null || file.Length == 0 || file.Length > options.MaxUploadBytes) return null;
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer);
        string name = Path.GetFileName(file.FileName.Replace('\\', '/'));
        return (name.Length == 0 ? "register.csv" : name, buffer.ToArray());
    }

    private static IResult Submit(Func<RunInputs> read, RunQueue queue, (string, byte[])? register = null) => SubmitWithRegister(() => (read(), register), queue);

    /// <summary>Queues what the request asks for, with the register to store beside it; a mistake in it is 400 with the message.</summary>
    private static IResult SubmitWithRegister(Func<(RunInputs Inputs, (string, byte[])? Register)> read, RunQueue queue)
    {
        (RunInputs Inputs, (string, byte[])? Register) asked;
        try
        {
            asked = read();
        }
        catch (InputException e)
        {
            return HttpResults.BadRequest(new ApiError(e.Message));
        }

        string id = queue.Submit(asked.Inputs, asked.Register);
        return HttpResults.Accepted($"/api/runs/{id}", new { id });
    }

    public static RunStatus Status(RunRecord run, RunStore store) =>
        new(run.Id, run.Kind, run.State, run.Done, run.Total, run.Error, run.State == RunStore.States.Done ? [.. store.FileNames(run.Id).Where(f => !RunFiles.IsTranslation(f))] : []);
}
