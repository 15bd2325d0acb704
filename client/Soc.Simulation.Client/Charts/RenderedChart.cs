namespace Soc.Simulation.Client.Charts;

/// <summary>
/// A chart drawn by one of the recipes: its file stem (<see cref="Name"/>), what it shows, and the same plot as
/// PNG bytes and as SVG text. Both are deterministic: the same inputs give the same bytes.
/// </summary>
public sealed record RenderedChart(string Name, string Title, string Description, int Width, int Height, byte[] Png, string Svg)
{
    public string PngFileName => Name + ".png";

    public string SvgFileName => Name + ".svg";

    /// <summary>The two files of the chart, as an output folder holds them.</summary>
    public IEnumerable<(string FileName, byte[] Content)> Files()
    {
        yield return (PngFileName, Png);
        yield return (SvgFileName, new System.Text.UTF8Encoding(false).GetBytes(Svg));
    }
}
