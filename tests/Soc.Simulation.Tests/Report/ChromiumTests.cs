using System.Diagnostics;
using SkiaSharp;
using Soc.Simulation.Client.Report;
using Soc.Simulation.Tests.Charts;
using Soc.Simulation.Tests.TestSupport;

namespace Soc.Simulation.Tests.Report;

/// <summary>
/// report.html opened in headless Chromium (Debian's chromium package; .ci/run installs it): the screenshot is a
/// page with the charts drawn, which also shows that the inline images decode and nothing needed the network.
/// Skipped, with the reason, on a machine without Chromium.
/// </summary>
[Collection(ChromiumCollection.Name)]
public class ChromiumTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(120);

    [ChromiumFact]
    public async Task Report_renders_in_headless_chromium_with_its_charts()
    {
        string chromium = Chromium.Path!;
        ChartInputs.Inputs i = await ChartInputs.GetAsync();
        string dir = TestPaths.TempDir();
        string html = Path.Combine(dir, HtmlReport.FileName);
        await File.WriteAllTextAsync(html, ReportWriter.ForExperiment(i.Summary, i.Scenario).Html);
        string shot = Path.Combine(dir, "screenshot.png");
        string profile = Path.Combine(dir, "chromium-profile");
        Directory.CreateDirectory(profile);

        var (exit, output) = await RunAsync(chromium,
        [
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--hide-scrollbars", $"--user-data-dir={profile}", $"--screenshot={shot}",
            "--window-size=1200,6000", new Uri(html).AbsoluteUri,
        ]);

        Assert.True(exit == 0 && File.Exists(shot), $"chromium exited with {exit} and wrote no screenshot:\n{output}");
        using SKBitmap png = PngCheck.Decode(await File.ReadAllBytesAsync(shot), "screenshot");
        Assert.Equal((1200, 6000), (png.Width, png.Height));
        int colours = PngCheck.Colours(png);
        Assert.True(colours > 300, $"only {colours} colours in the screenshot: blank page or no chart");
        // The header and KPI table: text, so dark pixels near the top.
        Assert.True(PngCheck.DarkPixels(png, 0, 400) > 2_000, "no text at the top of the page");
        // The page's own styling is white, grey and a thin accent; the charts are what bring large coloured areas
        // (bars, lines, bands), and orange comes from the charts only.
        int saturated = PngCheck.Saturated(png, 1000, 6000);
        Assert.True(saturated > 10_000, $"only {saturated} coloured pixels (sampled) below the KPI table: the charts are missing");
        Assert.True(Orange(png) > 1_000, $"only {Orange(png)} orange pixels: the charts' second series is missing");
    }

    private static int Orange(SKBitmap png)
    {
        int n = 0;
        for (int y = 0; y < png.Height; y += 2)
        {
            for (int x = 0; x < png.Width; x += 2)
            {
                SKColor c = png.GetPixel(x, y);
                if (c.Red > 200 && c.Green is > 100 and < 180 && c.Blue < 100) n++;
            }
        }

        return n;
    }

    private static async Task<(int Exit, string Output)> RunAsync(string file, IEnumerable<string> args)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(Timeout);
        try
        {
            await process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new Xunit.Sdk.XunitException($"chromium did not finish within {Timeout.TotalSeconds:0} s");
        }

        return (process.ExitCode, await stdout + await stderr);
    }
}
