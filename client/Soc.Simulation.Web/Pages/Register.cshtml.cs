using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Soc.Simulation.Web.Hosting;
using Soc.Simulation.Web.Runs;
using Soc.Simulation.Web.Scenarios;
using Soc.Simulation.Model;

namespace Soc.Simulation.Web.Pages;

/// <summary>Call register: upload a register (CSV or .xlsx, within the size and row limits) and replay it through a call.</summary>
public sealed class RegisterModel(ScenarioCatalog catalog, RunRequests requests, RunQueue queue, WebOptions options) : LocalizedPage
{
    [BindProperty] public string Scenario { get; set; } = "30plus-2023";

    [BindProperty] public IFormFile? Upload { get; set; }

    public string? Error { get; private set; }

    public IReadOnlyList<ScenarioEntry> Entries => catalog.All();

    public WebOptions Options => options;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (Upload is null || Upload.Length == 0)
        {
            Error = "register: choose a register file (CSV or .xlsx)";
            return Page();
        }

        if (Upload.Length > options.MaxUploadBytes)
        {
            Error = $"{Path.GetFileName(Upload.FileName)}: the file is {Upload.Length / 1024.0 / 1024.0:0.0} MB; the largest the app takes is {options.MaxUploadBytes / 1024.0 / 1024.0:0.0} MB";
            return Page();
        }

        using var buffer = new MemoryStream();
        await Upload.CopyToAsync(buffer);
        string name = Path.GetFileName(Upload.FileName.Replace('\\', '/'));
        byte[] content = buffer.ToArray();
        try
        {
            RunInputs inputs = requests.Replay(Scenario, content, name.Length == 0 ? "register.csv" : name, null);
            return Redirect($"/runs/{queue.Submit(inputs, (name, content))}");
        }
        catch (InputException e)
        {
            Error = e.Message;
            return Page();
        }
    }
}
