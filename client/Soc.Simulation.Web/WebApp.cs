using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.WebEncoders;
using Soc.Simulation.Web.Api;
using Soc.Simulation.Web.Engine;
using Soc.Simulation.Web.Hosting;
using Soc.Simulation.Web.Runs;
using Soc.Simulation.Web.Scenarios;
using Soc.Simulation.Web.Security;
using Soc.Simulation.Web.Storage;

namespace Soc.Simulation.Web;

/// <summary>
/// The web app: Razor Pages for people, the HTTP API for scripts, one SQLite store and one run queue. The same setup
/// serves <c>socsim serve</c> (Kestrel, <see cref="StartAsync"/>) and the tests (WebApplicationFactory's test server).
/// </summary>
public sealed class WebApp
{
    /// <summary>The services: options, store, catalogue, queue, engine, Razor Pages with antiforgery, OpenAPI.</summary>
    public static void AddServices(IServiceCollection services, WebOptions options, ISimulationEngine engine)
    {
        Binding.Check(options.Urls, options.ApiKey);
        var store = new RunStore(options.DataDirectory);
        services.AddSingleton(options);
        services.AddSingleton(store);
        services.AddSingleton(new ScenarioCatalog(options.ScenarioDirectory, store));
        services.AddSingleton(engine);
        services.AddSingleton<RunRequests>();
        services.AddSingleton<RunQueue>();
        services.AddHostedService(s => s.GetRequiredService<RunQueue>());
        services.AddRazorPages().AddApplicationPart(typeof(WebApp).Assembly);
        services.AddAntiforgery();
        // Antiforgery's keys live beside the database, so that a form opened before a restart still posts after it.
        services.AddDataProtection().PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(options.DataDirectory, "keys")));
        // Razor escapes every user text; letters such as ò and ñ stay letters in the HTML instead of &#xF2;.
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddOpenApi();
        // A register upload may be a few MB: up to twice the limit is read so that the message can say how large it was
        // (RegisterUpload); beyond that the request itself is refused.
        services.Configure<FormOptions>(f => f.MultipartBodyLengthLimit = RequestLimit(options));
    }

    /// <summary>The request pipeline: the API-key check first, then the pages, the API and its OpenAPI document.</summary>
    public static void Configure(IApplicationBuilder app)
    {
        app.UseMiddleware<ApiKeyCheck>();
        app.UseRouting();
        app.UseAntiforgery();
        app.UseEndpoints(endpoints =>
        {
            endpoints.MapRazorPages();
            endpoints.MapOpenApi();
            ApiEndpoints.Map(endpoints);
        });
    }

    private static long RequestLimit(WebOptions options) => 2 * options.MaxUploadBytes + 1024 * 1024;

    /// <summary>Starts the app on Kestrel at <see cref="WebOptions.Urls"/>; the caller stops it.</summary>
    public static async Task<WebApplication> StartAsync(WebOptions options, ISimulationEngine engine)
    {
        WebApplicationBuilder builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseUrls(options.Urls);
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = RequestLimit(options));
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Warning).SetMinimumLevel(LogLevel.Warning)
            // Keys unencrypted at rest in the data folder: the folder is the app's own, as its database is.
            .AddFilter("Microsoft.AspNetCore.DataProtection", LogLevel.Error);
        AddServices(builder.Services, options, engine);
        WebApplication app = builder.Build();
        Configure(app);
        await app.StartAsync();
        return app;
    }
}
