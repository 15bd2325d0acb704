using System.Text;

namespace Soc.Simulation.Register;

/// <summary>Minimal RFC 4180 reading and writing: comma separator, double quotes around fields that need them.</summary>
public static class Csv
{
    /// <summary>Splits one line into fields; null when a quoted field is not closed on the line.</summary>
    public static List<string>? SplitLine(string line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        bool quoted = false;
        for (int i = 0; i < line.Length; i++)
        {
            char ch = line[i];
            if (quoted)
            {
                if (ch != '"') field.Append(ch);
                else if (i + 1 < line.Length && line[i + 1] == '"') { field.Append('"'); i++; }
                else quoted = false;
            }
            else if (ch == '"') quoted = true;
            else if (ch == ',') { fields.Add(field.ToString()); field.Clear(); }
            else field.Append(ch);
        }

        if (quoted) return null;
        fields.Add(field.ToString());
        return fields;
    }

    public static string Field(string value) =>
        value.IndexOfAny([',', '"', '\n', '\r']) < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    public static string Line(IEnumerable<string> fields) => string.Join(',', fields.Select(Field));
}
