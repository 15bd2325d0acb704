using System.Globalization;
using System.Text;
using C = Soc.Simulation.Model.Register.RegisterColumns;
using Soc.Simulation.Abstractions.GrantCall;
using Soc.Simulation.Model.Employers;

namespace Soc.Simulation.Model.Register;

/// <summary>
/// The common case of a CSV register, read straight from its UTF-8 bytes: ASCII text, ',' between unquoted fields with
/// no blanks around them, values written as the tool writes them (ISO dates and date-times, true/false, 1234.56), LF or
/// CRLF line ends. It builds the very applications <see cref="RegisterTable"/> builds, and only those: at any other byte,
/// shape or value, and at any row the general reader would refuse, it gives up (null) and the general reader reads the
/// file and names the mistake. The general reader turns every field into a string and a cell before parsing it; a
/// register of a million rows holds fifteen million fields, of which only the three identifiers need a string.
/// </summary>
internal static class FastCsvRegister
{
    private static readonly NumberStyles DecimalStyle = NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign;

    public static List<Application>? TryRead(ReadOnlySpan<byte> content, CsvLocale locale)
    {
        if (locale == CsvLocale.Es) return null;
        if (content.StartsWith("\uFEFF"u8)) content = content[3..];
        // Non-ASCII (the general reader checks its UTF-8), quotes, NUL bytes and tabs all go to the general reader.
        if (!Ascii.IsValid(content) || content.IndexOfAny("\"\0\t"u8) >= 0) return null;

        int headerEnd = LineEnd(content, 0, out int next);
        if (headerEnd < 0 || ColumnsOf(content[..headerEnd]) is not int[] at) return null;

        var applications = new List<Application>(content.Length / 110);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var employers = new Dictionary<string, Application>(StringComparer.Ordinal);
        Dictionary<string, Application>.AlternateLookup<ReadOnlySpan<char>> employerOf = employers.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<Range> fields = stackalloc Range[at[^1]];
        Span<char> chars = stackalloc char[256];
        while (next < content.Length)
        {
            int start = next;
            int end = LineEnd(content, start, out next);
            if (end < 0) return null;
            ReadOnlySpan<byte> line = content[start..end];
            if (line.IsEmpty) continue; // a blank line, as the general reader skips it
            if (!Split(line, fields)) return null;
            if (Parse(line, fields, at, employerOf, chars) is not Application a || !ids.Add(a.ApplicationId)) return null;
            if (employerOf.TryGetValue(a.EmployerId.AsSpan(), out Application? first))
            {
                if (first.EmployerType != a.EmployerType || first.RoadTransport != a.RoadTransport || first.PriorDeMinimisEur != a.PriorDeMinimisEur) return null;
            }
            else
            {
                employers.Add(a.EmployerId, a);
            }

            applications.Add(a);
        }

        return applications;
    }

    /// <summary>The line's fields, exactly as many as the header has.</summary>
    private static bool Split(ReadOnlySpan<byte> line, Span<Range> fields)
    {
        int start = 0;
        for (int f = 0; f < fields.Length - 1; f++)
        {
            int comma = line[start..].IndexOf((byte)',');
            if (comma < 0) return false;
            fields[f] = start..(start + comma);
            start += comma + 1;
        }

        fields[^1] = start..line.Length;
        return line[start..].IndexOf((byte)',') < 0;
    }

    /// <summary>Each known column's field index (the optional one -1 when absent), or null for a header the general reader must judge.</summary>
    private static int[]? ColumnsOf(ReadOnlySpan<byte> header)
    {
        string[] names = Encoding.ASCII.GetString(header).Split(',');
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < names.Length; i++)
        {
            if (!(C.All.Contains(names[i]) || C.Optional.Contains(names[i])) || !columns.TryAdd(names[i], i)) return null;
        }

        if (!C.All.All(columns.ContainsKey)) return null;
        // The field index of each column, in the order of Column below; the last entry is the number of fields.
        return [.. Column.Names.Select(n => columns.GetValueOrDefault(n, -1)), names.Length];
    }

    /// <summary>The columns read, in a fixed order (indexes into the header's field positions).</summary>
    private static class Column
    {
        public const int ApplicationId = 0, RegisteredAt = 1, EmployerId = 2, EmployerType = 3, RoadTransport = 4, PriorDeMinimis = 5,
            ParticipantId = 6, BirthDate = 7, Unemployed = 8, ContractStart = 9, ContractMonths = 10, WeeklyHours = 11, Permanent = 12,
            EndedOn = 13, RenouncedOn = 14, LongTermUnemployed = 15;

        public static readonly string[] Names =
        [
            C.ApplicationId, C.RegisteredAt, C.EmployerId, C.EmployerType, C.RoadTransport, C.PriorDeMinimisEur, C.ParticipantId, C.BirthDate,
            C.Unemployed, C.ContractStart, C.ContractMonths, C.WeeklyHours, C.Permanent, C.EndedOn, C.RenouncedOn, C.LongTermUnemployed,
        ];
    }

    /// <summary>One row as <see cref="RegisterTable"/> would read it, or null where it would refuse it or read it another way.</summary>
    private static Application? Parse(ReadOnlySpan<byte> line, ReadOnlySpan<Range> fields, int[] at,
        Dictionary<string, Application>.AlternateLookup<ReadOnlySpan<char>> employers, Span<char> chars)
    {
        if (Id(line[fields[at[Column.ApplicationId]]]) is not string applicationId
            || !DateTimeOf(line[fields[at[Column.RegisteredAt]]], out DateTime registeredAt)
            || EmployerId(line[fields[at[Column.EmployerId]]], employers, chars) is not string employerId
            || !TypeOf(line[fields[at[Column.EmployerType]]], out EmployerType type)
            || !Bool(line[fields[at[Column.RoadTransport]]], out bool roadTransport)
            || !Decimal(line[fields[at[Column.PriorDeMinimis]]], 0m, 100_000_000m, out decimal prior)
            || Id(line[fields[at[Column.ParticipantId]]]) is not string participantId
            || !IsoDateOf(line[fields[at[Column.BirthDate]]], out DateOnly birthDate)
            || !Bool(line[fields[at[Column.Unemployed]]], out bool unemployed)
            || !IsoDateOf(line[fields[at[Column.ContractStart]]], out DateOnly contractStart)
            || !Months(line[fields[at[Column.ContractMonths]]], out int? months)
            || !Decimal(line[fields[at[Column.WeeklyHours]]], 0.01m, 168m, out decimal hours)
            || !Bool(line[fields[at[Column.Permanent]]], out bool permanent)
            || !OptionalDate(line[fields[at[Column.EndedOn]]], out DateOnly? endedOn)
            || !OptionalDate(line[fields[at[Column.RenouncedOn]]], out DateOnly? renouncedOn))
        {
            return null;
        }

        bool? longTerm = null;
        if (at[Column.LongTermUnemployed] >= 0 && !line[fields[at[Column.LongTermUnemployed]]].IsEmpty)
        {
            if (!Bool(line[fields[at[Column.LongTermUnemployed]]], out bool yes)) return null;
            longTerm = yes;
        }

        var a = new Application(applicationId, registeredAt, employerId, type, roadTransport, prior, participantId, birthDate, unemployed,
            contractStart, months, hours, permanent, endedOn, renouncedOn) { LongTermUnemployed = longTerm };
        // The checks across a row's fields that RegisterTable makes: the general reader names the one that fails.
        bool refused = (months is null && !permanent) || birthDate >= contractStart || endedOn < contractStart || renouncedOn < a.RegisteredOn;
        return refused ? null : a;
    }

    /// <summary>A text column as the general reader keeps it (trimmed, not empty): here, only a value with no blank at either end.</summary>
    private static string? Id(ReadOnlySpan<byte> field) =>
        field.IsEmpty || field[0] == ' ' || field[^1] == ' ' ? null : Encoding.ASCII.GetString(field);

    /// <summary>An employer's id, the same string for every row of the employer (a register repeats them).</summary>
    private static string? EmployerId(ReadOnlySpan<byte> field, Dictionary<string, Application>.AlternateLookup<ReadOnlySpan<char>> employers, Span<char> chars)
    {
        if (field.IsEmpty || field[0] == ' ' || field[^1] == ' ' || field.Length > chars.Length) return Id(field);
        Span<char> text = chars[..Encoding.ASCII.GetChars(field, chars)];
        return employers.TryGetValue(text, out string? known, out _) ? known : new string(text);
    }

    /// <summary>The names <see cref="EmployerTypeNames"/> reads.</summary>
    private static bool TypeOf(ReadOnlySpan<byte> field, out EmployerType type)
    {
        (bool known, type) = field.SequenceEqual("company"u8) ? (true, EmployerType.Company)
            : field.SequenceEqual("self_employed"u8) ? (true, EmployerType.SelfEmployed)
            : field.SequenceEqual("civil_society"u8) ? (true, EmployerType.CivilSociety)
            : field.SequenceEqual("non_profit"u8) ? (true, EmployerType.NonProfit)
            : (false, default);
        return known;
    }

    private static bool Bool(ReadOnlySpan<byte> field, out bool value)
    {
        value = field.SequenceEqual("true"u8);
        return value || field.SequenceEqual("false"u8);
    }

    /// <summary>A decimal as the invariant syntax reads it, within the bounds and with at most two decimals.</summary>
    private static bool Decimal(ReadOnlySpan<byte> field, decimal min, decimal max, out decimal value)
    {
        value = 0m;
        return !field.IsEmpty && field[0] != ' ' && field[^1] != ' '
            && decimal.TryParse(field, DecimalStyle, CultureInfo.InvariantCulture, out value)
            && value >= min && value <= max && decimal.Round(value, 2) == value;
    }

    private static bool Months(ReadOnlySpan<byte> field, out int? months)
    {
        months = null;
        if (field.IsEmpty) return true;
        if (!int.TryParse(field, NumberStyles.None, CultureInfo.InvariantCulture, out int m) || m > 600) return false;
        months = m;
        return true;
    }

    private static bool OptionalDate(ReadOnlySpan<byte> field, out DateOnly? date)
    {
        date = null;
        if (field.IsEmpty) return true;
        if (!IsoDateOf(field, out DateOnly d)) return false;
        date = d;
        return true;
    }

    /// <summary>"yyyy-MM-dd", as <see cref="IsoDate.TryRead"/> reads it.</summary>
    private static bool IsoDateOf(ReadOnlySpan<byte> field, out DateOnly date)
    {
        date = default;
        if (field.Length != 10 || field[4] != '-' || field[7] != '-') return false;
        if (!Digits(field[..4], out int year) || !Digits(field[5..7], out int month) || !Digits(field[8..], out int day)) return false;
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
        date = new DateOnly(year, month, day);
        return true;
    }

    /// <summary>"yyyy-MM-ddTHH:mm:ss", as <see cref="IsoDate.TryReadDateTime"/> reads it.</summary>
    private static bool DateTimeOf(ReadOnlySpan<byte> field, out DateTime time)
    {
        time = default;
        if (field.Length != 19 || field[10] != 'T' || field[13] != ':' || field[16] != ':') return false;
        if (!IsoDateOf(field[..10], out DateOnly date)) return false;
        if (!Digits(field[11..13], out int hour) || !Digits(field[14..16], out int minute) || !Digits(field[17..], out int second)) return false;
        if (hour > 23 || minute > 59 || second > 59) return false;
        time = date.ToDateTime(new TimeOnly(hour, minute, second));
        return true;
    }

    private static bool Digits(ReadOnlySpan<byte> field, out int value)
    {
        value = 0;
        foreach (byte b in field)
        {
            int d = b - '0';
            if (d is < 0 or > 9) return false;
            value = (value * 10) + d;
        }

        return true;
    }

    /// <summary>Where the line from <paramref name="start"/> ends (LF or CRLF), and where the next begins; -1 at a lone CR.</summary>
    private static int LineEnd(ReadOnlySpan<byte> content, int start, out int next)
    {
        int length = content[start..].IndexOfAny((byte)'\n', (byte)'\r');
        if (length < 0)
        {
            next = content.Length;
            return content.Length;
        }

        int end = start + length;
        if (content[end] == '\n')
        {
            next = end + 1;
            return end;
        }

        // A CR must be followed by an LF; an old Mac file's lone CR goes to the general reader.
        next = end + 2;
        return end + 1 < content.Length && content[end + 1] == '\n' ? end : -1;
    }
}
