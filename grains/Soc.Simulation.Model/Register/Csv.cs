namespace Soc.Simulation.Model.Register;

/// <summary>RFC 4180 with a comma separator: double quotes around fields that need them; reading by <see cref="CsvRecords"/>.</summary>
public static class Csv
{
    /// <summary>
    /// Splits one line into fields; null when its quoting is malformed (a quoted field not closed on the line,
    /// or text after a closing quote). A line break ends the line: for whole files, read with <see cref="CsvRecords"/>.
    /// </summary>
    public static List<string>? SplitLine(string line)
    {
        CsvRecord? record = CsvRecords.Read(line, ',').FirstOrDefault();
        return record is null ? [""] : record.Problem == CsvQuoteProblem.None ? [.. record.Fields] : null;
    }

    public static string Field(string value) =>
        value.IndexOfAny([',', '"', '\n', '\r']) < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    public static string Line(IEnumerable<string> fields) => string.Join(',', fields.Select(Field));
}
