using System.Globalization;

namespace Soc.Simulation.Model.Register;

/// <summary>
/// One field of a register record: text (every CSV field, an xlsx text cell) or a typed xlsx cell, whose
/// <see cref="Value"/> is a decimal, a DateTime, a bool or a <see cref="SpreadsheetError"/>. <see cref="Text"/> is
/// what a spreadsheet would show, used for text columns (an id typed as a number) and in messages.
/// </summary>
internal readonly record struct RegisterCell(string Text, object? Value = null)
{
    public static readonly RegisterCell Empty = new("");

    public bool IsTyped => Value is not null;

    public bool IsEmpty => Value is null && Text.Trim().Length == 0;

    /// <summary>The cell as it appears after "got" in a message: quoted text, or its type and value.</summary>
    public string Shown => Value switch
    {
        null => $"'{Text.Trim()}'",
        decimal or double => $"the number {Text}",
        DateTime t when t.TimeOfDay == TimeSpan.Zero => $"the date {Text}",
        DateTime => $"the date-time {Text}",
        bool => $"the boolean {Text}",
        SpreadsheetError => $"the spreadsheet error {Text}",
        _ => $"'{Text}'",
    };

    public static RegisterCell Of(decimal value) => new(value.ToString(CultureInfo.InvariantCulture), value);

    /// <summary>A number that no register column can hold (beyond decimal's range): shown, never converted.</summary>
    public static RegisterCell OutOfRange(double value) => new(value.ToString("G15", CultureInfo.InvariantCulture), value);

    public static RegisterCell Of(DateTime value) =>
        new(value.ToString(value.TimeOfDay == TimeSpan.Zero ? "yyyy-MM-dd" : "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture), value);

    public static RegisterCell Of(bool value) => new(value ? "TRUE" : "FALSE", value);
}

/// <summary>An xlsx cell holding an error such as #N/A or #REF!: a broken formula, never a value to import.</summary>
internal sealed record SpreadsheetError(string Code);
