using System.Globalization;

namespace Soc.Simulation.Model.Register;

/// <summary>
/// One data record of the register with typed accessors; each failure names the place (file and line, or
/// file, sheet, row and column letter), the column and the value, and says what was expected. A typed xlsx
/// cell is taken for what it is; a text cell is read with the source's <see cref="ValueSyntax"/>.
/// </summary>
internal sealed class RegisterRow(SourceRecord record, IReadOnlyDictionary<string, int> columns, ValueSyntax syntax)
{
    public RecordPlace Place => record.Place;

    private RegisterCell Cell(string column) =>
        columns.TryGetValue(column, out int at) && at < record.Cells.Count ? record.Cells[at] : RegisterCell.Empty;

    public string Raw(string column) => Cell(column).Text.Trim();

    public InputException Error(string column, string expected) =>
        new($"{Place.Column(column, columns[column])}: expected {expected}, got {Cell(column).Shown}");

    public string Text(string column) => Cell(column) switch
    {
        { Value: SpreadsheetError } => throw Error(column, "a value"),
        { IsEmpty: true } => throw Error(column, "a non-empty value"),
        _ => Raw(column),
    };

    public DateOnly Date(string column) => Cell(column).Value switch
    {
        System.DateTime t when t.TimeOfDay == TimeSpan.Zero => DateOnly.FromDateTime(t),
        null when syntax.TryDate(Raw(column), out DateOnly d) => d,
        _ => throw Error(column, syntax.DateExpected),
    };

    public DateOnly? OptionalDate(string column) => Cell(column).IsEmpty ? null : Date(column);

    public DateTime DateTime(string column) => Cell(column).Value switch
    {
        System.DateTime t => t,
        null when syntax.TryDateTime(Raw(column), out System.DateTime t) => t,
        _ => throw Error(column, syntax.DateTimeExpected),
    };

    public bool Bool(string column) => Cell(column).Value switch
    {
        bool b => b,
        null when syntax.TryBool(Raw(column), out bool b) => b,
        _ => throw Error(column, syntax.BoolExpected),
    };

    /// <summary>A true/false of an optional column: null when the register has no such column or leaves the cell empty.</summary>
    public bool? OptionalBool(string column) => Cell(column).IsEmpty ? null : Bool(column);

    /// <summary>A decimal between the bounds with at most <paramref name="decimals"/> decimals.</summary>
    public decimal Decimal(string column, decimal min, decimal max, int decimals, string what)
    {
        decimal? value = Cell(column).Value switch
        {
            decimal d => d,
            null when syntax.TryDecimal(Raw(column), out decimal d) => d,
            _ => null,
        };
        return value is decimal v && v >= min && v <= max && decimal.Round(v, decimals) == v ? v : throw Error(column, what + syntax.DecimalNote);
    }

    public int? OptionalInt(string column, int min, int max, string what)
    {
        if (Cell(column).IsEmpty) return null;
        int? value = Cell(column).Value switch
        {
            decimal d when decimal.Truncate(d) == d && d >= int.MinValue && d <= int.MaxValue => (int)d,
            null when int.TryParse(Raw(column), NumberStyles.None, CultureInfo.InvariantCulture, out int i) => i,
            _ => null,
        };
        return value is int v && v >= min && v <= max ? v : throw Error(column, what);
    }
}
