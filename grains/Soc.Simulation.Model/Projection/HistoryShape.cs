
using Soc.Simulation.Abstractions.GrantCall;

namespace Soc.Simulation.Model.Projection;

/// <summary>
/// A previous edition's daily profile of contract starts (<c>--history</c>), moved to this call's dates: the prior
/// shape of demand, whose level this call's register sets. ASSUMPTION: editions run on the same calendar dates a whole
/// number of years apart, so the history is moved by the whole years that bring its median contract start nearest the
/// middle of this call's hiring window. The profile is smoothed over 15 days (weekday effects are estimated from this
/// call) and kept above 5 % of its mean, so that no day is ruled out.
/// </summary>
public sealed class HistoryShape
{
    private readonly double[] _weight;
    private readonly DateOnly _first;

    public HistoryShape(IReadOnlyList<Application> previous, CallParameters call)
    {
        _first = call.HiringStart;
        int days = call.HiringEnd.DayNumber - call.HiringStart.DayNumber + 1;
        DateOnly[] starts = [.. previous.Select(a => a.ContractStart).Order()];
        int years = 0;
        if (starts.Length > 0)
        {
            DateOnly middle = call.HiringStart.AddDays(days / 2), median = starts[starts.Length / 2];
            years = (int)Math.Round((middle.DayNumber - median.DayNumber) / 365.25);
        }

        var counts = new double[days];
        foreach (DateOnly s in starts)
        {
            int i = s.AddYears(years).DayNumber - _first.DayNumber;
            if (i >= 0 && i < days) counts[i]++;
        }

        _weight = new double[days];
        for (int i = 0; i < days; i++)
        {
            int from = Math.Max(0, i - 7), to = Math.Min(days - 1, i + 7);
            double sum = 0;
            for (int j = from; j <= to; j++) sum += counts[j];
            _weight[i] = sum / (to - from + 1);
        }

        double mean = _weight.Average();
        for (int i = 0; i < days; i++) _weight[i] = mean > 0 ? Math.Max(_weight[i] / mean, 0.05) : 1;
    }

    /// <summary>The relative density of contract starts on that day of this call's hiring window (mean 1).</summary>
    public double At(DateOnly day) => _weight[Math.Clamp(day.DayNumber - _first.DayNumber, 0, _weight.Length - 1)];
}
