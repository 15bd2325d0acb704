using ScottPlot;

namespace Soc.Simulation.Client.Charts;

/// <summary>
/// Horizontal bars with their 95% confidence interval as whiskers, one row per label from the top down, each
/// bar's value written past the end of its whisker.
/// </summary>
public static class CiBars
{
    /// <summary>One bar: its row, offset within the row (for several series), value and interval, colour and value label.</summary>
    public sealed record Item(int Row, double Offset, double Value, double Low, double High, Color Color, string ValueLabel);

    /// <summary>A series: the bars of one colour, with their legend entry.</summary>
    public sealed record Series(string Legend, Color Color, IReadOnlyList<Item> Items);

    public static void Add(Plot plot, IReadOnlyList<string> rows, IReadOnlyList<Series> series, double barSize)
    {
        // Row 0 at the top.
        double Y(Item item) => rows.Count - 1 - item.Row + item.Offset;
        foreach (Series s in series)
        {
            // A KPI without a value (no participant in that group) keeps its row, with "n/a" and no bar.
            var bars = s.Items.Where(item => !double.IsNaN(item.Value)).Select(item => new Bar
            {
                Position = Y(item),
                Value = item.Value,
                FillColor = item.Color,
                LineWidth = 0,
                Size = barSize,
                Orientation = Orientation.Horizontal,
            }).ToList();
            var plottable = plot.Add.Bars(bars);
            plottable.Horizontal = true;
            plottable.LegendText = s.Legend;
            plottable.Color = s.Color;

            Item[] withCi = [.. s.Items.Where(i => !double.IsNaN(i.Value) && !double.IsNaN(i.Low) && !double.IsNaN(i.High))];
            if (withCi.Length > 0)
            {
                var whiskers = new ScottPlot.Plottables.ErrorBar(
                    [.. withCi.Select(i => i.Value)], [.. withCi.Select(Y)],
                    [.. withCi.Select(i => Math.Max(0, i.High - i.Value))], [.. withCi.Select(i => Math.Max(0, i.Value - i.Low))],
                    null, null)
                {
                    Color = Colors.Black,
                    LineWidth = 1.5f,
                    CapSize = 6,
                };
                plot.Add.Plottable(whiskers);
            }

            foreach (Item item in s.Items)
            {
                bool negative = item.Value < 0;
                double end = double.IsNaN(item.Value) ? 0
                    : negative ? Math.Min(item.Value, double.IsNaN(item.Low) ? item.Value : item.Low)
                    : Math.Max(item.Value, double.IsNaN(item.High) ? item.Value : item.High);
                var text = plot.Add.Text(item.ValueLabel, end, Y(item));
                text.LabelFontSize = 11;
                text.LabelFontColor = Colors.Black;
                text.LabelAlignment = negative ? Alignment.MiddleRight : Alignment.MiddleLeft;
                text.OffsetX = negative ? -4 : 4;
            }
        }

        var ticks = new ScottPlot.TickGenerators.NumericManual();
        for (int r = 0; r < rows.Count; r++) ticks.AddMajor(rows.Count - 1 - r, rows[r]);
        plot.Axes.Left.TickGenerator = ticks;
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Grid.YAxisStyle.MajorLineStyle.Width = 0;
        plot.Axes.SetLimitsY(-0.7, rows.Count - 0.3);
    }

    /// <summary>A height that gives each row room for its bars and label.</summary>
    public static int HeightFor(int rows, int barsPerRow) => Math.Max(ChartStyle.Height, 170 + rows * (14 + 20 * barsPerRow));
}
