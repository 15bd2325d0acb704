using System.Globalization;

namespace Soc.Simulation.Register;

/// <summary>
/// One data line of the register with typed accessors; each failure names the file, line, column and the
/// value, and says what was expected.
/// </summary>
internal sealed class RegisterRow(string file, int lineNumber, IReadOnlyDictionary<string, int> columns, IReadOnlyList<string> fields)
{
    private static readonly string[] DateTimeFormats =
    [
        "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm",
    ];

    public int LineNumber { get; } = lineNumber;

    public string Raw(string column) => fields[columns[column]].Trim();

    public InputException Error(string column, string expected) =>
        new($"{file}:{LineNumber}: column '{column}': expected {expected}, got '{Raw(column)}'");

    public string Text(string column)
    {
        string value = Raw(column);
        return value.Length > 0 ? value : throw Error(column, "a non-empty value");
    }

    public DateOnly Date(string column) =>
        DateOnly.TryParseExact(Raw(column), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly d)
            ? d
            : throw Error(column, "an ISO date (YYYY-MM-DD)");

    public DateOnly? OptionalDate(string column) => Raw(column).Length == 0 ? null : Date(column);

    public DateTime DateTime(string column) =>
        System.DateTime.TryParseExact(Raw(column), DateTimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out DateTime t)
            ? t
            : throw Error(column, "an ISO date-time (YYYY-MM-DDTHH:MM:SS)");

    public bool Bool(string column) => Raw(column) switch
    {
        "true" => true,
        "false" => false,
        _ => throw Error(column, "true or false"),
    };

    /// <summary>A decimal between the bounds with at most <paramref name="decimals"/> decimals.</summary>
    public decimal Decimal(string column, decimal min, decimal max, int decimals, string what)
    {
        bool ok = decimal.TryParse(Raw(column), NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign,
            CultureInfo.InvariantCulture, out decimal value);
        return ok && value >= min && value <= max && decimal.Round(value, decimals) == value ? value : throw Error(column, what);
    }

    public int? OptionalInt(string column, int min, int max, string what)
    {
        if (Raw(column).Length == 0) return null;
        return int.TryParse(Raw(column), NumberStyles.None, CultureInfo.InvariantCulture, out int value) && value >= min && value <= max
            ? value
            : throw Error(column, what);
    }
}
