using System.Globalization;
using ScottPlot;
using Soc.Simulation.Budget;
using Soc.Simulation.Results;

namespace Soc.Simulation.Client.Charts;

/// <summary>Recipe: cumulative net committed and net paid against the call's budget, month by month.</summary>
public static class BudgetChart
{
    public const string FileName = "budget.png";
    public const string Description = "Cumulative net committed and net paid against the budget, end of each month (EUR).";

    public static byte[] RenderPng(ReplayReport report, int width = 1000, int height = 560)
    {
        ChartFonts.Ensure();
        var plot = new Plot();
        IReadOnlyList<LedgerMonth> months = report.CallMonthly;
        double[] x = [.. months.Select(m => MonthEnd(m.Month).ToOADate())];
        double[] budget = [.. months.Select(m => (double)m.AllocatedEur)];
        double[] committed = [.. months.Select(m => (double)m.NetCommittedEur)];
        double[] paid = [.. months.Select(m => (double)m.CumulativePaidEur)];

        var budgetLine = plot.Add.Scatter(x, budget);
        budgetLine.LegendText = "budget";
        budgetLine.ConnectStyle = ConnectStyle.StepHorizontal;
        budgetLine.LineWidth = 2;
        budgetLine.LinePattern = LinePattern.Dashed;
        budgetLine.Color = Colors.Black;
        budgetLine.MarkerSize = 0;
        var committedLine = plot.Add.Scatter(x, committed);
        committedLine.LegendText = "net committed";
        committedLine.LineWidth = 2;
        var paidLine = plot.Add.Scatter(x, paid);
        paidLine.LegendText = "net paid";
        paidLine.LineWidth = 2;

        var dateTicks = plot.Axes.DateTimeTicksBottom();
        ((ScottPlot.TickGenerators.DateTimeAutomatic)dateTicks.TickGenerator).LabelFormatter =
            d => d.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = MillionEuros };
        plot.Title(report.Scenario);
        plot.XLabel("month (end)");
        plot.YLabel("cumulative amount (M EUR)");
        plot.Axes.SetLimitsY(0, Math.Max(1, budget.Concat(committed).Concat(paid).Max()) * 1.08);
        plot.ShowLegend(Alignment.LowerRight);
        return plot.GetImageBytes(width, height, ImageFormat.Png);
    }

    private static string MillionEuros(double eur) => (eur / 1e6).ToString("0.#", CultureInfo.InvariantCulture);

    private static DateTime MonthEnd(string month) =>
        DateTime.ParseExact(month, "yyyy-MM", CultureInfo.InvariantCulture).AddMonths(1).AddDays(-1);
}
