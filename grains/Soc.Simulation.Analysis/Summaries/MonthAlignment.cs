namespace Soc.Simulation.Analysis.Summaries;

/// <summary>
/// Monthly series of scenarios whose simulated periods differ (a shorter programme ends the run earlier), put on
/// one calendar: the union of their months, in order. A stock (a cumulative balance) is 0 before a series starts
/// and keeps its last value after it ends, because the books are closed; a flow is 0 in months it does not have.
/// </summary>
public static class MonthAlignment
{
    /// <summary>Every month of any of the series, in calendar order ("YYYY-MM" sorts as the calendar does).</summary>
    public static string[] Union(IEnumerable<IReadOnlyList<SeriesPoint>> series) =>
        [.. series.SelectMany(s => s.Select(p => p.Month)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    /// <summary>The series on those months.</summary>
    public static SeriesPoint[] Align(IReadOnlyList<SeriesPoint> series, IReadOnlyList<string> months, bool cumulative)
    {
        var byMonth = series.ToDictionary(p => p.Month, StringComparer.Ordinal);
        var aligned = new SeriesPoint[months.Count];
        SeriesPoint? last = null;
        for (int i = 0; i < months.Count; i++)
        {
            if (byMonth.TryGetValue(months[i], out SeriesPoint? p)) last = p;
            aligned[i] = p is not null ? p
                : cumulative && last is not null ? last with { Month = months[i] }
                : new SeriesPoint(months[i], 0, 0, 0);
        }

        return aligned;
    }
}
