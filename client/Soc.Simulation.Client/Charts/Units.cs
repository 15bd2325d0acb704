using System.Globalization;
using Soc.Simulation.Client.Languages;

namespace Soc.Simulation.Client.Charts;

/// <summary>
/// How the charts and the report write numbers: euros with thousands separators or in k€/M€, rates as %, in the
/// separators of the language being written (<see cref="Say"/>: 1,234.56 in English, 1.234,56 in Catalan and Spanish).
/// </summary>
public static class Units
{
    private static NumberFormatInfo Numbers => Say.Numbers;

    /// <summary>Whole euros with thousands separators: "14,906,456 €".</summary>
    public static string Euros(double eur) => double.IsNaN(eur) ? "n/a" : eur.ToString("#,##0", Numbers) + " €";

    /// <summary>Euros and cents with thousands separators: "14,906,455.85 €".</summary>
    public static string Euros(decimal eur) => eur.ToString("#,##0.00", Numbers) + " €";

    /// <summary>A formatter for euro ticks, in the unit that suits the largest value on the axis: "2.5 M€", "250 k€", "900 €".</summary>
    public static Func<double, string> EuroTicks(double largest)
    {
        double abs = Math.Abs(largest);
        if (abs >= 1e6) return v => Scaled(v, 1e6, " M€");
        if (abs >= 1e4) return v => Scaled(v, 1e3, " k€");
        return v => Scaled(v, 1, " €");
    }

    private static string Scaled(double v, double unit, string suffix)
    {
        double scaled = Math.Round(v / unit, 3);
        if (scaled == 0) return "0";
        return scaled.ToString("#,##0.##", Numbers) + suffix;
    }

    /// <summary>A fraction as a percentage: 0.479 → "47.9 %".</summary>
    public static string Percent(double fraction, int decimals = 1) =>
        double.IsNaN(fraction) ? "n/a" : (fraction * 100).ToString("N" + decimals, Numbers) + " %";

    /// <summary>A difference of two fractions in percentage points, with its sign: "+1.2 pp".</summary>
    public static string PercentagePoints(double difference, int decimals = 1) =>
        double.IsNaN(difference) ? "n/a" : (difference * 100).ToString("+0." + new string('0', decimals) + ";−0." + new string('0', decimals) + ";0", Numbers) + " pp";

    /// <summary>Ticks of a percentage axis whose values are already in %: "45 %".</summary>
    public static string PercentTick(double percent) => Math.Round(percent, 3).ToString("0.##", Numbers) + " %";

    /// <summary>Ticks of a signed percentage-point axis: "+2 pp".</summary>
    public static string PointsTick(double points) => Math.Round(points, 3).ToString("+0.##;−0.##;0", Numbers) + " pp";

    /// <summary>Ticks of a signed relative-change axis: "+5 %".</summary>
    public static string RelativeTick(double percent) => Math.Round(percent, 3).ToString("+0.##;−0.##;0", Numbers) + " %";

    public static string Count(double value) => double.IsNaN(value) ? "n/a" : value.ToString("#,##0.#", Numbers);

    public static string Date(DateOnly? date) => date is DateOnly d ? Say.Date(d) : Say.T("none");
}
