namespace Soc.Simulation.Register;

/// <summary>RFC 4180 writing: comma separator, double quotes around fields that need them (reading: <see cref="CsvRecords"/>).</summary>
public static class Csv
{
    public static string Field(string value) =>
        value.IndexOfAny([',', '"', '\n', '\r']) < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    public static string Line(IEnumerable<string> fields) => string.Join(',', fields.Select(Field));
}
