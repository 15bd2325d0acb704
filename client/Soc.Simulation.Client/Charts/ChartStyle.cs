using System.Globalization;
using System.Text.RegularExpressions;
using ScottPlot;
using Soc.Simulation.Client.Languages;

namespace Soc.Simulation.Client.Charts;

/// <summary>What every recipe shares: the size, the palette, the fonts and the way a plot becomes a <see cref="RenderedChart"/>.</summary>
public static partial class ChartStyle
{
    public const int Width = 1000;
    public const int Height = 560;

    /// <summary>Tableau 10: distinct in print and for most colour-blind readers.</summary>
    public static readonly Color[] Palette = Color.FromHex(["#4E79A7", "#F28E2B", "#59A14F", "#E15759", "#76B7B2", "#EDC948", "#B07AA1", "#FF9DA7", "#9C755F", "#BAB0AC"]);

    public static Color Pick(int index) => Palette[index % Palette.Length];

    /// <summary>
    /// A plot with the title (and a smaller second line, e.g. the scenario), the axis labels and the shared fonts. The
    /// recipes give their texts in English; they are drawn in the language being written (<see cref="Say"/>), here and in
    /// <see cref="Finish"/> and <see cref="Note"/>.
    /// </summary>
    public static Plot NewPlot(string title, string? subtitle, string xLabel, string yLabel)
    {
        ChartFonts.Ensure();
        var plot = new Plot();
        plot.Title(subtitle is null ? Say.T(title) : $"{Say.T(title)}\n{Shorten(subtitle, 100)}");
        // Centred on the figure, not on the data area, which a wide axis of labels pushes to the right.
        plot.Axes.Title.FullFigureCenter = true;
        plot.Axes.Title.Label.FontSize = 17;
        plot.Axes.Title.Label.Bold = true;
        plot.Axes.Title.Label.ForeColor = Colors.Black;
        plot.XLabel(Say.T(xLabel));
        plot.YLabel(Say.T(yLabel));
        foreach (IAxis axis in plot.Axes.GetAxes())
        {
            axis.Label.FontSize = 14;
            axis.Label.Bold = false;
            axis.TickLabelStyle.FontSize = 12;
        }

        plot.Legend.FontSize = 12;
        plot.Grid.MajorLineColor = Color.FromHex("#E4E4E4");
        return plot;
    }

    /// <summary>A second title line: the scenario's name, shortened if need be so that the suffix (replicates…) still shows.</summary>
    public static string Subtitle(string scenario, string suffix) => $"{Shorten(scenario, 99 - suffix.Length)} {suffix}";

    /// <summary>Cuts a long text (a scenario's name) to fit a line of the title, with an ellipsis.</summary>
    public static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)].TrimEnd() + "…";

    /// <summary>Renders the plot as PNG and SVG at the chart size.</summary>
    public static RenderedChart Finish(Plot plot, string name, string title, string description, int width = Width, int height = Height)
    {
        byte[] png = plot.GetImageBytes(width, height, ImageFormat.Png);
        string svg = StableClipIds(plot.GetSvgXml(width, height));
        return new RenderedChart(name, Say.T(title), Say.T(description), width, height, png, svg);
    }

    /// <summary>
    /// Skia numbers SVG clip paths from a counter shared by the whole process, so the same chart drawn second would
    /// get other ids: they are renumbered from 1 in their order in the file, which makes the SVG depend on the chart only.
    /// </summary>
    public static string StableClipIds(string svg)
    {
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        return ClipId().Replace(svg, m =>
        {
            if (!ids.TryGetValue(m.Value, out string? id)) ids[m.Value] = id = "clip" + (ids.Count + 1).ToString(CultureInfo.InvariantCulture);
            return id;
        });
    }

    [GeneratedRegex(@"(?<=id=""|url\(#)cl_[0-9A-Za-z]+")]
    private static partial Regex ClipId();

    /// <summary>A note inside the data area (e.g. "no replicate ran out"), in a framed box.</summary>
    public static void Note(Plot plot, string text, Alignment alignment = Alignment.UpperLeft)
    {
        var note = plot.Add.Annotation(Say.T(text), alignment);
        note.LabelFontSize = 13;
        note.LabelFontColor = Colors.Black;
        note.LabelBackgroundColor = Colors.White.WithAlpha(0.9);
        note.LabelBorderColor = Color.FromHex("#999999");
        note.LabelShadowColor = Colors.Transparent;
    }
}
