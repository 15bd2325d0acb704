using System.Globalization;
using System.IO.Compression;
using MiniExcelLibs;
using MiniExcelLibs.OpenXml;

namespace Soc.Simulation.Model.Register;

/// <summary>
/// A register in an .xlsx workbook: the first sheet or a named one, its first non-empty row as the header.
/// MiniExcel gives typed values (DateTime for date-formatted numbers, bool, double, string); this turns them
/// into <see cref="RegisterCell"/>s and every failure of the file itself into an <see cref="InputException"/>.
/// </summary>
internal static class XlsxRegisterSource
{
    private static readonly HashSet<string> ErrorCodes =
        new(["#N/A", "#VALUE!", "#REF!", "#DIV/0!", "#NUM!", "#NAME?", "#NULL!", "#SPILL!", "#CALC!", "#GETTING_DATA"], StringComparer.Ordinal);

    // No shared-string cache: MiniExcel would spill large workbooks to a temporary file, which a grain must not leave behind.
    private static readonly OpenXmlConfiguration Configuration = new() { EnableSharedStringCache = false };

    public static RegisterSheet Read(byte[] content, string file, string? sheet)
    {
        CheckWorkbook(content, file);
        string name = ChooseSheet(Library(() => new MemoryStream(content).GetSheetNames(Configuration), file), sheet, file);
        List<IDictionary<string, object?>> rows = Library<List<IDictionary<string, object?>>>(
            () => [.. new MemoryStream(content).Query(useHeaderRow: false, sheetName: name, excelType: ExcelType.XLSX, configuration: Configuration)
                .Cast<IDictionary<string, object?>>()],
            $"{file}, sheet '{name}'");

        // MiniExcel yields one dictionary per row from row 1, empty ones included, so the index is the row number - 1.
        int headerIndex = rows.FindIndex(r => r.Values.Any(v => !Cell(v).IsEmpty));
        if (headerIndex < 0)
        {
            throw new InputException($"{file}, sheet '{name}': the sheet is empty; expected a header row with the columns {string.Join(",", RegisterColumns.All)}");
        }

        List<string> header = [.. Cells(rows[headerIndex]).Select(c => c.Text)];
        return new RegisterSheet(new RecordPlace(file, name, headerIndex + 1), header, DataRows(rows, headerIndex, file, name), ValueSyntax.Sheet);
    }

    private static IEnumerable<SourceRecord> DataRows(List<IDictionary<string, object?>> rows, int headerIndex, string file, string sheet)
    {
        for (int i = headerIndex + 1; i < rows.Count; i++)
        {
            List<RegisterCell> cells = Cells(rows[i]);
            if (!cells.All(c => c.IsEmpty))
            {
                yield return new SourceRecord(new RecordPlace(file, sheet, i + 1), cells);
            }
        }
    }

    /// <summary>A row's cells by column position (A = 0), whatever order the dictionary keeps its letters in.</summary>
    private static List<RegisterCell> Cells(IDictionary<string, object?> row)
    {
        var cells = new List<RegisterCell>();
        foreach ((string letters, object? value) in row)
        {
            int index = ColumnIndex(letters);
            while (cells.Count <= index) cells.Add(RegisterCell.Empty);
            cells[index] = Cell(value);
        }

        return cells;
    }

    private static int ColumnIndex(string letters) => letters.Aggregate(0, (n, ch) => (n * 26) + (ch - 'A' + 1)) - 1;

    /// <summary>
    /// The cell as the CSV text would have meant it. A date-time is rounded to the second: Excel stores it as a
    /// fraction of a day, which comes back a millisecond off. A number is rounded to 15 significant digits, the
    /// precision Excel shows, so that binary noise such as 37.50000000000001 reads as the 37.5 on the screen.
    /// </summary>
    private static RegisterCell Cell(object? value) => value switch
    {
        null => RegisterCell.Empty,
        string s when ErrorCodes.Contains(s.Trim()) => new RegisterCell(s.Trim(), new SpreadsheetError(s.Trim())),
        string s => new RegisterCell(s),
        bool b => RegisterCell.Of(b),
        DateTime t => RegisterCell.Of(new DateTime((t.Ticks + (TimeSpan.TicksPerSecond / 2)) / TimeSpan.TicksPerSecond * TimeSpan.TicksPerSecond)),
        double d when Math.Abs(d) < 1e27 => RegisterCell.Of(decimal.Parse(d.ToString("G15", CultureInfo.InvariantCulture),
            NumberStyles.Float, CultureInfo.InvariantCulture)),
        double d => RegisterCell.OutOfRange(d),
        _ => new RegisterCell(Convert.ToString(value, CultureInfo.InvariantCulture) ?? ""),
    };

    /// <summary>Tells a damaged or foreign file apart from a workbook before MiniExcel meets it.</summary>
    private static void CheckWorkbook(byte[] content, string file)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content), ZipArchiveMode.Read);
            if (zip.GetEntry("mimetype") is not null && zip.GetEntry("content.xml") is not null)
            {
                throw new InputException($"{file}: an OpenDocument spreadsheet (.ods) is not read; save it as .xlsx or as CSV UTF-8");
            }

            if (!zip.Entries.Any(e => e.FullName.Equals("xl/workbook.xml", StringComparison.OrdinalIgnoreCase)))
            {
                throw new InputException($"{file}: a zip archive but not an xlsx workbook (it has no xl/workbook.xml)");
            }
        }
        catch (Exception e) when (e is not InputException and not OutOfMemoryException)
        {
            // InvalidDataException as a rule; the zip reader documents others for odd headers (NotSupported, Argument).
            throw new InputException($"{file}: the xlsx workbook is damaged or cut short (not a readable zip archive)");
        }
    }

    private static string ChooseSheet(IReadOnlyList<string> names, string? wanted, string file)
    {
        if (names.Count == 0)
        {
            throw new InputException($"{file}: the workbook has no sheet");
        }

        if (wanted is null)
        {
            return names[0];
        }

        // Excel itself treats sheet names case-insensitively: "registre" and "Registre" cannot both exist.
        return names.FirstOrDefault(n => n.Equals(wanted, StringComparison.OrdinalIgnoreCase))
            ?? throw new InputException($"{file}: no sheet '{wanted}'; the workbook has {string.Join(", ", names.Select(n => $"'{n}'"))}");
    }

    /// <summary>
    /// Runs a MiniExcel call. Its failures on a bad workbook are not documented (zip, XML, format and
    /// InvalidOperation exceptions have all been seen), so any of them is the file's fault, said on one line.
    /// </summary>
    private static T Library<T>(Func<T> read, string place)
    {
        try
        {
            return read();
        }
        catch (Exception e) when (e is not InputException and not OutOfMemoryException)
        {
            // The library's own words help whoever repairs the file; control characters from the damage are masked.
            string detail = new([.. e.Message.ReplaceLineEndings(" ").Select(ch => char.IsControl(ch) ? '?' : ch)]);
            throw new InputException($"{place}: the xlsx workbook is damaged and cannot be read ({detail})");
        }
    }
}
