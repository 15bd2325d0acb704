using System.Globalization;
using ScottPlot;
using ScottPlot.TickGenerators;
using Soc.Simulation.Client.Languages;

namespace Soc.Simulation.Client.Charts;

/// <summary>
/// ISO months (yyyy-MM) on an x axis: either one slot per month (bars at 0, 1, 2…) or dates (a line's value at
/// the end of each month). At most about a dozen labels, on quarters when there are many months.
/// </summary>
public static class MonthAxis
{
    public static DateTime Start(string month) => DateTime.ParseExact(month, "yyyy-MM", CultureInfo.InvariantCulture);

    public static DateTime End(string month) => Start(month).AddMonths(1).AddDays(-1);

    public static string Key(DateTime date) => date.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>Every month from <paramref name="first"/> to <paramref name="last"/>, inclusive.</summary>
    public static IReadOnlyList<string> Range(string first, string last)
    {
        var months = new List<string>();
        for (DateTime m = Start(first); m <= Start(last); m = m.AddMonths(1)) months.Add(Key(m));
        return months;
    }

    /// <summary>Labels every 1, 2, 3, 6 or 12 months so that no more than 12 labels are drawn.</summary>
    public static int Step(int count) => new[] { 1, 2, 3, 6, 12 }.FirstOrDefault(s => (count + s - 1) / s <= 12, 24);

    /// <summary>Ticks for bars at 0..n-1, one per month, labelled on the months that fall on the step.</summary>
    public static void SlotTicks(Plot plot, IReadOnlyList<string> months)
    {
        var ticks = new NumericManual();
        int step = Step(months.Count);
        for (int i = 0; i < months.Count; i++)
        {
            if (IsLabelled(months[i], step, i)) ticks.AddMajor(i, Say.Month(months[i]));
            else ticks.AddMinor(i);
        }

        plot.Axes.Bottom.TickGenerator = ticks;
    }

    /// <summary>Ticks at the end of each month (where the month's value is drawn), labelled with the month.</summary>
    public static void MonthEndTicks(Plot plot, IReadOnlyList<string> months)
    {
        var ticks = new NumericManual();
        int step = Step(months.Count);
        for (int i = 0; i < months.Count; i++)
        {
            double x = End(months[i]).ToOADate();
            if (IsLabelled(months[i], step, i)) ticks.AddMajor(x, Say.Month(months[i]));
            else ticks.AddMinor(x);
        }

        plot.Axes.Bottom.TickGenerator = ticks;
    }

    // Steps of 3, 6 or 12 fall on calendar quarters, half-years, years; smaller steps count from the first month.
    private static bool IsLabelled(string month, int step, int index) =>
        step <= 2 ? index % step == 0 : (Start(month).Month - 1) % step == 0;
}
