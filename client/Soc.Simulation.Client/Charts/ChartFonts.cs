namespace Soc.Simulation.Client.Charts;

/// <summary>
/// Charts use the DejaVu Sans font shipped beside the program: on a machine without fonts, ScottPlot would
/// otherwise draw no text at all, silently.
/// </summary>
public static class ChartFonts
{
    public const string Name = "DejaVu Sans";
    private static readonly Lazy<bool> Registered = new(() =>
    {
        string path = Path.Combine(AppContext.BaseDirectory, "Fonts", "DejaVuSans.ttf");
        ScottPlot.Fonts.AddFontFile(Name, path);
        ScottPlot.Fonts.Default = Name;
        return true;
    });

    public static void Ensure() => _ = Registered.Value;
}
