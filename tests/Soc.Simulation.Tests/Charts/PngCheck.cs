using SkiaSharp;

namespace Soc.Simulation.Tests.Charts;

/// <summary>Checks that a PNG is a drawn chart: many colours, and text (dark pixels) in the title band.</summary>
internal static class PngCheck
{
    public static SKBitmap Decode(byte[] png, string what)
    {
        SKBitmap? bitmap = SKBitmap.Decode(png);
        Assert.True(bitmap is not null, $"{what}: not a PNG that SkiaSharp can decode");
        return bitmap!;
    }

    public static int Colours(SKBitmap png, int top = 0, int bottom = int.MaxValue)
    {
        var colours = new HashSet<SKColor>();
        for (int y = top; y < Math.Min(bottom, png.Height); y += 2)
        {
            for (int x = 0; x < png.Width; x += 2) colours.Add(png.GetPixel(x, y));
        }

        return colours.Count;
    }

    public static int DarkPixels(SKBitmap png, int top, int bottom)
    {
        int dark = 0;
        for (int y = top; y < Math.Min(bottom, png.Height); y++)
        {
            for (int x = 0; x < png.Width; x++)
            {
                SKColor c = png.GetPixel(x, y);
                if (c.Red < 100 && c.Green < 100 && c.Blue < 100) dark++;
            }
        }

        return dark;
    }

    /// <summary>Pixels of a saturated colour (a bar, a line, a band), not grey, black or white.</summary>
    public static int Saturated(SKBitmap png, int top = 0, int bottom = int.MaxValue)
    {
        int n = 0;
        for (int y = top; y < Math.Min(bottom, png.Height); y += 2)
        {
            for (int x = 0; x < png.Width; x += 2)
            {
                SKColor c = png.GetPixel(x, y);
                if (Math.Max(c.Red, Math.Max(c.Green, c.Blue)) - Math.Min(c.Red, Math.Min(c.Green, c.Blue)) > 60) n++;
            }
        }

        return n;
    }

    /// <summary>A not-blank chart: many colours, and the title's text in the top band.</summary>
    public static void IsChart(byte[] pngBytes, int width, int height, string what)
    {
        using SKBitmap png = Decode(pngBytes, what);
        Assert.Equal((width, height), (png.Width, png.Height));
        int colours = Colours(png);
        Assert.True(colours > 20, $"{what}: only {colours} colours: blank chart");
        Assert.True(Saturated(png) > 200, $"{what}: hardly any coloured pixels: no data drawn");
        // Only the title is drawn in the top band: without a usable font ScottPlot draws no text at all.
        int titleInk = DarkPixels(png, 0, 32);
        Assert.True(titleInk > 300, $"{what}: only {titleInk} dark pixels in the title band: text missing");
    }
}
