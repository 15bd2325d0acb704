namespace Soc.Simulation.Client.Output.Spreadsheets;

/// <summary>How a spreadsheet cell shows its value: the number format Excel applies, never text that looks like a number.</summary>
public enum CellKind
{
    Text,
    /// <summary>A whole number with thousands separators.</summary>
    Count,
    /// <summary>A number with up to four decimals.</summary>
    Number,
    /// <summary>Euros with cents: 1.234,56 € in a Spanish or Catalan Excel.</summary>
    Euros,
    /// <summary>A fraction shown as a percentage (0.479 → 47.90 %).</summary>
    Share,
    /// <summary>A value already in per cent (99.96 → 99.96 %).</summary>
    Percent,
    Date,
    /// <summary>A calendar month, stored as its first day and shown as mm/yyyy.</summary>
    Month,
    Boolean,
}

/// <summary>A column of a sheet: its header and how its cells show.</summary>
public sealed record SheetColumn(string Name, CellKind Kind, double Width = 0);

/// <summary>
/// One cell: a value and how it shows. A KPI table mixes units row by row, so a cell may override its column's
/// kind. Values are string, bool, DateOnly, DateTime, or any number; null is an empty cell.
/// </summary>
public readonly record struct SheetCell(object? Value, CellKind? Kind = null)
{
    public static implicit operator SheetCell(string? value) => new(value);

    public static implicit operator SheetCell(decimal value) => new(value);

    public static implicit operator SheetCell(double value) => new(double.IsNaN(value) || double.IsInfinity(value) ? null : value);

    public static implicit operator SheetCell(double? value) => value is double v ? (SheetCell)v : new SheetCell(null);

    public static implicit operator SheetCell(int value) => new(value);

    public static implicit operator SheetCell(int? value) => new(value);

    public static implicit operator SheetCell(bool value) => new(value);

    public static implicit operator SheetCell(DateOnly value) => new(value);

    public static implicit operator SheetCell(DateOnly? value) => new(value);

    /// <summary>A month key "YYYY-MM" as the date of its first day, so a spreadsheet can sort and chart it.</summary>
    public static SheetCell Month(string key) =>
        DateOnly.TryParseExact(key + "-01", "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out DateOnly d)
            ? new(d, CellKind.Month)
            : new(key);
}

/// <summary>A sheet of a workbook: a name (at most 31 characters), the columns, and the rows.</summary>
public sealed record SheetTable(string Name, IReadOnlyList<SheetColumn> Columns, IEnumerable<IReadOnlyList<SheetCell>> Rows);
