namespace Soc.Simulation.Model.Register;

/// <summary>
/// Where a record of the register is, for messages: a CSV line ("reg.csv:14") or an xlsx row
/// ("reg.xlsx, sheet 'Registre', row 14"). For CSV it is the physical line where the record starts, so an
/// editor's "go to line" lands on it even when a quoted field spans several lines.
/// </summary>
internal sealed record RecordPlace(string File, string? Sheet, int Number)
{
    /// <summary>How the place is counted in a sentence: "line 14" of a CSV file, "row 14" of a sheet.</summary>
    public string Noun => Sheet is null ? "line" : "row";

    public override string ToString() => Sheet is null ? $"{File}:{Number}" : $"{File}, sheet '{Sheet}', row {Number}";

    /// <summary>A named column of this record; in a sheet also its letter, which is what a spreadsheet shows.</summary>
    public string Column(string name, int index) =>
        Sheet is null ? $"{this}: column '{name}'" : $"{this}, column '{name}' ({Letter(index)})";

    /// <summary>A column with no header name: its letter in a sheet, its position among the fields in a CSV line.</summary>
    public string Unnamed(int index) => Sheet is null ? $"{this}: field {index + 1}" : $"{this}, column {Letter(index)}";

    /// <summary>The spreadsheet letters of a 0-based column index: 0 → A, 25 → Z, 26 → AA.</summary>
    public static string Letter(int index)
    {
        string letters = "";
        for (int n = index + 1; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + ((n - 1) % 26)) + letters;
        }

        return letters;
    }
}
