
using Soc.Simulation.Model.Randomness;

namespace Soc.Simulation.Model.Register;

/// <summary>
/// The shape of demand in a synthetic register (<see cref="SampleRegisterGenerator"/>): how contract starts spread over
/// the hiring window and how long employers wait to file. <c>flat</c> is the original generator, draw for draw (so the
/// shipped sample register is unchanged); the other shapes are the ones H7 names. The weights are illustrative
/// (ASSUMPTION), not estimates: they exist to test the projection on shapes it must cope with.
/// </summary>
public sealed class DemandProfile
{
    /// <summary>The first day of the 2023 hiring window and its last (domain F1), on which the shapes are laid.</summary>
    private static readonly DateOnly HiringStart = new(2022, 10, 1), HiringEnd = new(2023, 4, 1);

    /// <summary>
    /// A shape: <paramref name="startWeight"/> gives the relative density of contract starts at a fraction t ∈ [0, 1] of
    /// the hiring window; <paramref name="lastMinuteFiling"/> makes filing delays pile up just before the 2-month limit.
    /// Shaped profiles also carry weekday effects (ASSUMPTION: contracts start on Mondays 1.6× as often as on other
    /// weekdays, rarely at weekends; a filing that would fall at a weekend is made on the Friday before, 80 %).
    /// </summary>
    public DemandProfile(string name, Func<double, double>? startWeight, bool lastMinuteFiling)
    {
        Name = name;
        _startWeight = startWeight;
        _lastMinuteFiling = lastMinuteFiling;
    }

    private readonly Func<double, double>? _startWeight;
    private readonly bool _lastMinuteFiling;
    private double[]? _cumulative;

    public string Name { get; }

    /// <summary>Starts evenly spread, delays uniform: the shape the old projection assumed.</summary>
    public static DemandProfile Flat { get; } = new("flat", null, false);

    /// <summary>Promoters recruit: starts grow linearly from 0.2 to 1.8 times the mean over the window.</summary>
    public static DemandProfile Ramp { get; } = new("ramp", t => 0.2 + 1.6 * t, false);

    /// <summary>Employers file just before the 2-month limit (delays 58·u^⅓ days), and hiring picks up 1.8× in the last 4 weeks before hiringEnd.</summary>
    public static DemandProfile Surge { get; } = new("surge", t => t > 0.85 ? 1.8 : 1.0, true);

    /// <summary>Pent-up demand at opening that drains: 0.3 plus an exponential bump with a 35-day time constant.</summary>
    public static DemandProfile Frontload { get; } = new("frontload", t => 0.3 + 3.0 * Math.Exp(-t * 182 / 35.0), false);

    public static IReadOnlyList<DemandProfile> Shipped { get; } = [Flat, Ramp, Surge, Frontload];

    /// <summary>The shipped profile of that name, or null.</summary>
    public static DemandProfile? Named(string name) => Shipped.FirstOrDefault(p => p.Name == name);

    /// <summary>A contract start from <paramref name="first"/> to <paramref name="last"/>; one uniform per draw for shaped profiles.</summary>
    internal DateOnly DrawStart(RandomStream rng, DateOnly first, DateOnly last)
    {
        if (_startWeight is null) return first.AddDays(rng.Next(0, last.DayNumber - first.DayNumber + 1));
        double[] cumulative = _cumulative ??= Cumulative(first, last);
        double u = rng.NextDouble() * cumulative[^1];
        int i = Array.BinarySearch(cumulative, u);
        return first.AddDays(Math.Min(cumulative.Length - 1, i < 0 ? ~i : i + 1));
    }

    /// <summary>Days from the contract start to filing for an on-time filer, below the 58 days that fit every 2-month window.</summary>
    internal int DrawOnTimeDelay(RandomStream rng) =>
        _lastMinuteFiling ? (int)(58 * Math.Pow(rng.NextDouble(), 1 / 3.0)) : rng.Next(0, 58);

    /// <summary>Shaped profiles move most weekend filings to the Friday before (not before the contract start).</summary>
    internal DateOnly FilingDay(DateOnly filed, DateOnly start, RandomStream rng)
    {
        if (_startWeight is null || filed.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) || !rng.Chance(0.8)) return filed;
        DateOnly friday = filed.AddDays(filed.DayOfWeek == DayOfWeek.Saturday ? -1 : -2);
        return friday >= start ? friday : filed;
    }

    private double[] Cumulative(DateOnly first, DateOnly last)
    {
        double span = HiringEnd.DayNumber - HiringStart.DayNumber;
        var c = new double[last.DayNumber - first.DayNumber + 1];
        double total = 0;
        for (int i = 0; i < c.Length; i++)
        {
            DateOnly day = first.AddDays(i);
            double t = Math.Clamp((day.DayNumber - HiringStart.DayNumber) / span, 0, 1);
            // Contracts outside the window are the few edge cases of F1 (refused A1), not demand.
            double outside = day < HiringStart || day > HiringEnd ? 0.3 : 1;
            total += Math.Max(0, _startWeight!(t)) * outside * Weekday(day);
            c[i] = total;
        }

        return c;
    }

    private static double Weekday(DateOnly day) => day.DayOfWeek switch
    {
        DayOfWeek.Monday => 1.6,
        DayOfWeek.Saturday => 0.25,
        DayOfWeek.Sunday => 0.15,
        _ => 1.0,
    };
}
