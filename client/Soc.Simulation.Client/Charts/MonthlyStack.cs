using ScottPlot;
using Soc.Simulation.Client.Languages;

namespace Soc.Simulation.Client.Charts;

/// <summary>
/// Monthly bars stacked by part (budget line, funding source): positive amounts stack up from zero, negative ones
/// (months where refunds exceed payments) stack down, so no part hides another.
/// </summary>
public static class MonthlyStack
{
    public sealed record Part(string Label, Color Color, double[] Values);

    public static RenderedChart Draw(string name, string title, string description, string? subtitle, IReadOnlyList<string> months, IReadOnlyList<Part> parts)
    {
        // Months before the first and after the last with any amount are left out.
        int first = 0, last = months.Count - 1;
        while (first < last && parts.All(p => p.Values[first] == 0)) first++;
        while (last > first && parts.All(p => p.Values[last] == 0)) last--;
        string[] shown = [.. months.Skip(first).Take(last - first + 1)];

        Plot plot = ChartStyle.NewPlot(title, subtitle, "month", "spending in the month (€)");
        double[] up = new double[shown.Length], down = new double[shown.Length];
        foreach (Part part in parts)
        {
            var bars = new List<Bar>();
            for (int i = 0; i < shown.Length; i++)
            {
                double v = part.Values[first + i];
                if (v == 0) continue;
                double[] stack = v > 0 ? up : down;
                bars.Add(new Bar { Position = i, ValueBase = stack[i], Value = stack[i] + v, FillColor = part.Color, LineWidth = 0, Size = 0.8 });
                stack[i] += v;
            }

            var plottable = plot.Add.Bars(bars);
            plottable.LegendText = Say.T(part.Label);
            plottable.Color = part.Color;
        }

        double top = Math.Max(1, up.DefaultIfEmpty(0).Max());
        double bottom = Math.Min(0, down.DefaultIfEmpty(0).Min());
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = Units.EuroTicks(Math.Max(top, -bottom)) };
        MonthAxis.SlotTicks(plot, shown);
        plot.Axes.SetLimitsX(-0.6, shown.Length - 0.4);
        plot.Axes.SetLimitsY(bottom < 0 ? bottom * 1.15 : 0, top * 1.12);
        if (bottom < 0) plot.Add.HorizontalLine(0, 1, Colors.Black);
        plot.ShowLegend(Alignment.UpperRight);
        return ChartStyle.Finish(plot, name, title, description);
    }
}
