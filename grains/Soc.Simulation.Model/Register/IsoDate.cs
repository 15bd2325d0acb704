namespace Soc.Simulation.Model.Register;

/// <summary>
/// The two shapes a register writes most, read without the general parser: "yyyy-MM-dd" and "yyyy-MM-ddTHH:mm:ss",
/// exactly as those formats of <see cref="ValueSyntax"/> read them (four-digit year, two-digit fields, a real calendar
/// day). Anything else returns false and goes to DateTime.TryParseExact, which gives the same answer more slowly: a
/// register of a million rows holds five million dates.
/// </summary>
internal static class IsoDate
{
    public static bool TryRead(string text, out DateOnly date)
    {
        date = default;
        if (text.Length != 10 || text[4] != '-' || text[7] != '-') return false;
        if (!Digits(text, 0, 4, out int year) || !Digits(text, 5, 2, out int month) || !Digits(text, 8, 2, out int day)) return false;
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
        date = new DateOnly(year, month, day);
        return true;
    }

    public static bool TryReadDateTime(string text, out DateTime time)
    {
        time = default;
        if (text.Length != 19 || text[10] != 'T' || text[13] != ':' || text[16] != ':') return false;
        if (!TryRead(text[..10], out DateOnly date)) return false;
        if (!Digits(text, 11, 2, out int hour) || !Digits(text, 14, 2, out int minute) || !Digits(text, 17, 2, out int second)) return false;
        if (hour > 23 || minute > 59 || second > 59) return false;
        time = date.ToDateTime(new TimeOnly(hour, minute, second));
        return true;
    }

    private static bool Digits(string text, int from, int count, out int value)
    {
        value = 0;
        for (int i = from; i < from + count; i++)
        {
            int d = text[i] - '0';
            if (d is < 0 or > 9) return false;
            value = value * 10 + d;
        }

        return true;
    }
}
