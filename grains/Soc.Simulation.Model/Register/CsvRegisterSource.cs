namespace Soc.Simulation.Model.Register;

/// <summary>
/// A register in CSV text: finds its locale (',' or ';' in the header line, or as forced), splits it into
/// records and checks that every record has as many fields as the header.
/// </summary>
internal static class CsvRegisterSource
{
    public static RegisterSheet Read(string text, string file, CsvLocale locale)
    {
        text = text.TrimStart('\uFEFF');
        string firstLine = text[..LineEnd(text)];
        if (firstLine.Trim().Length == 0)
        {
            throw new InputException($"{file}:1: expected a header row with the columns {string.Join(",", RegisterColumns.All)}");
        }

        char separator = Separator(firstLine, file, locale);
        IEnumerator<CsvRecord> records = CsvRecords.Read(text, separator).GetEnumerator();
        records.MoveNext();
        CsvRecord header = records.Current;
        if (header.Problem != CsvQuoteProblem.None)
        {
            throw new InputException(header.Problem == CsvQuoteProblem.NotClosed
                ? $"{file}:1: the header has an unclosed quote"
                : $"{file}:1: the header has {Describe(header.Problem)}");
        }

        ValueSyntax syntax = separator == ';' ? ValueSyntax.Spanish : ValueSyntax.Invariant;
        return new RegisterSheet(new RecordPlace(file, null, 1), header.Fields, Rows(records, header.Fields, separator, file), syntax);
    }

    private static IEnumerable<SourceRecord> Rows(IEnumerator<CsvRecord> records, IReadOnlyList<string> header, char separator, string file)
    {
        using (records)
        {
            while (records.MoveNext())
            {
                CsvRecord r = records.Current;
                var place = new RecordPlace(file, null, r.Line);
                if (r.Problem != CsvQuoteProblem.None)
                {
                    throw new InputException($"{ColumnOf(place, header, r.ProblemField)}: {Describe(r.Problem)}");
                }

                if (r.Fields.All(f => f.Trim().Length == 0))
                {
                    continue; // a blank line, or a spreadsheet's empty row (";;;;")
                }

                if (r.Fields.Count != header.Count)
                {
                    throw new InputException($"{place}: expected {header.Count} fields, found {r.Fields.Count}{Hint(separator, r.Fields.Count, header.Count)}");
                }

                yield return new SourceRecord(place, [.. r.Fields.Select(f => new RegisterCell(f))]);
            }
        }
    }

    /// <summary>
    /// The separator: the header names hold neither ',' nor ';', so whichever the header line uses is the file's.
    /// A forced locale that contradicts it is named rather than left to fail as one long unknown column.
    /// </summary>
    private static char Separator(string headerLine, string file, CsvLocale locale)
    {
        bool semicolons = headerLine.Contains(';', StringComparison.Ordinal) && !headerLine.Contains(',', StringComparison.Ordinal);
        if (headerLine.Contains('\t', StringComparison.Ordinal) && headerLine.IndexOfAny([',', ';']) < 0)
        {
            throw new InputException($"{file}:1: the header is separated by tabs; save the register as CSV, with ',' or ';' between the fields");
        }

        return (locale, semicolons) switch
        {
            (CsvLocale.Auto, _) => semicolons ? ';' : ',',
            (CsvLocale.Invariant, true) => throw new InputException(
                $"{file}:1: the header is separated by ';' but the CSV locale is invariant (',' separator); read it with the CSV locale es or auto"),
            (CsvLocale.Es, false) when headerLine.Contains(',', StringComparison.Ordinal) => throw new InputException(
                $"{file}:1: the header is separated by ',' but the CSV locale is es (';' separator); read it with the CSV locale invariant or auto"),
            (CsvLocale.Es, _) => ';',
            _ => ',',
        };
    }

    private static string ColumnOf(RecordPlace place, IReadOnlyList<string> header, int field) =>
        field < header.Count && header[field].Trim().Length > 0 ? place.Column(header[field].Trim(), field) : place.Unnamed(field);

    private static string Describe(CsvQuoteProblem problem) => problem == CsvQuoteProblem.NotClosed
        ? "a quoted field is not closed (no closing quote before the end of the file)"
        : "text after the closing quote of a quoted field (a quote inside a quoted field is written twice: \"\")";

    /// <summary>In a comma file, a field too many is most often a comma inside a value that was not quoted.</summary>
    private static string Hint(char separator, int found, int expected) =>
        separator == ',' && found > expected ? " (an unquoted comma inside a value, such as a decimal comma in 37,5?)" : "";

    private static int LineEnd(string text)
    {
        int end = text.IndexOfAny(['\r', '\n']);
        return end < 0 ? text.Length : end;
    }
}
