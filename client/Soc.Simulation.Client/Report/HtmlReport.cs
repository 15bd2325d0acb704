using Soc.Simulation.Client.Charts;

namespace Soc.Simulation.Client.Report;

/// <summary>A written report: the page and the charts it shows, which also go to the output folder as PNG and SVG.</summary>
public sealed record HtmlReport(string Html, IReadOnlyList<RenderedChart> Charts)
{
    public const string FileName = "report.html";

    /// <summary><c>report.html</c> and each chart's <c>.png</c> and <c>.svg</c>, to add to an output folder.</summary>
    public IReadOnlyList<(string FileName, byte[] Content)> Files() =>
        [(FileName, new System.Text.UTF8Encoding(false).GetBytes(Html)), .. ChartSet.Files(Charts)];
}
