using System.Globalization;
using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Soc.Simulation.Client.Output.Spreadsheets;

/// <summary>
/// Writes the tables a user opens in Excel as an .xlsx workbook (DocumentFormat.OpenXml): numbers as numbers, dates
/// as dates, euros in a euro format, a bold frozen header row with a filter. Number formats follow the reader's own
/// separators, so 1234.56 shows as 1.234,56 € in a Spanish or Catalan Excel. Sheets stream row by row, so a large
/// register's awards do not sit in memory twice.
/// </summary>
public static class XlsxWriter
{
    /// <summary>Excel's limit: a sheet holds at most this many rows, header included.</summary>
    public const int MaxRows = 1_048_576;

    public static byte[] Write(IReadOnlyList<SheetTable> tables)
    {
        using var stream = new MemoryStream();
        using (SpreadsheetDocument document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            WorkbookPart workbook = document.AddWorkbookPart();
            document.ChangeIdOfPart(workbook, "rIdWorkbook");
            workbook.Workbook = new Workbook();
            // Relationship ids are given, not left to the SDK's random ones, so the same tables give the same bytes.
            workbook.AddNewPart<WorkbookStylesPart>("rIdStyles").Stylesheet = XlsxStyles.Stylesheet();
            Sheets sheets = workbook.Workbook.AppendChild(new Sheets());
            uint id = 1;
            foreach (SheetTable table in tables)
            {
                WorksheetPart part = workbook.AddNewPart<WorksheetPart>($"rIdSheet{id}");
                WriteSheet(part, table);
                sheets.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = id++, Name = SheetName(table.Name) });
            }

            workbook.Workbook.Save();
        }

        return Repack(stream.ToArray());
    }

    /// <summary>
    /// The package again with every entry dated 1980-01-01 (the zip epoch) instead of the clock: a workbook's bytes
    /// depend on its tables alone, like every other output file.
    /// </summary>
    private static byte[] Repack(byte[] package)
    {
        using var output = new MemoryStream();
        using (var source = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read))
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (ZipArchiveEntry entry in source.Entries)
            {
                ZipArchiveEntry copy = target.CreateEntry(entry.FullName, CompressionLevel.Optimal);
                copy.LastWriteTime = new DateTimeOffset(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);
                using Stream from = entry.Open(), to = copy.Open();
                from.CopyTo(to);
            }
        }

        return output.ToArray();
    }

    private static void WriteSheet(WorksheetPart part, SheetTable table)
    {
        using OpenXmlWriter w = OpenXmlWriter.Create(part);
        w.WriteStartElement(new Worksheet());
        w.WriteElement(new SheetViews(new SheetView(new Pane
        {
            VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen,
        }) { WorkbookViewId = 0 }));
        w.WriteStartElement(new Columns());
        for (int c = 0; c < table.Columns.Count; c++)
        {
            SheetColumn column = table.Columns[c];
            double width = column.Width > 0 ? column.Width : Math.Max(column.Name.Length + 2, XlsxStyles.Width(column.Kind));
            w.WriteElement(new Column { Min = (uint)c + 1, Max = (uint)c + 1, Width = width, CustomWidth = true });
        }

        w.WriteEndElement();
        w.WriteStartElement(new SheetData());
        WriteRow(w, 1, [.. table.Columns.Select(c => new SheetCell(c.Name))], null);
        int rowNumber = 1;
        foreach (IReadOnlyList<SheetCell> row in table.Rows)
        {
            if (++rowNumber > MaxRows) throw new OutputException($"{table.Name}: more than {MaxRows - 1:N0} rows, the most an Excel sheet holds; use the CSV file");
            WriteRow(w, rowNumber, row, table.Columns);
        }

        w.WriteEndElement();
        w.WriteElement(new AutoFilter { Reference = $"A1:{ColumnLetters(table.Columns.Count)}{Math.Max(1, rowNumber)}" });
        w.WriteEndElement();
    }

    private static void WriteRow(OpenXmlWriter w, int rowNumber, IReadOnlyList<SheetCell> cells, IReadOnlyList<SheetColumn>? columns)
    {
        w.WriteStartElement(new Row { RowIndex = (uint)rowNumber });
        for (int c = 0; c < cells.Count; c++)
        {
            SheetCell cell = cells[c];
            if (cell.Value is null) continue;
            CellKind kind = cell.Kind ?? columns?[c].Kind ?? CellKind.Text;
            w.WriteElement(Cell($"{ColumnLetters(c + 1)}{rowNumber}", cell.Value, kind, header: columns is null));
        }

        w.WriteEndElement();
    }

    private static Cell Cell(string reference, object value, CellKind kind, bool header)
    {
        var cell = new Cell { CellReference = reference, StyleIndex = header ? XlsxStyles.Header : XlsxStyles.Index(kind) };
        switch (value)
        {
            case string text:
                cell.DataType = CellValues.InlineString;
                cell.InlineString = new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
                break;
            case bool b:
                cell.DataType = CellValues.Boolean;
                cell.CellValue = new CellValue(b);
                break;
            case DateOnly d:
                cell.CellValue = new CellValue(d.ToDateTime(TimeOnly.MinValue).ToOADate().ToString(CultureInfo.InvariantCulture));
                break;
            case DateTime t:
                cell.CellValue = new CellValue(t.ToOADate().ToString("R", CultureInfo.InvariantCulture));
                break;
            case decimal m:
                cell.CellValue = new CellValue(m.ToString(CultureInfo.InvariantCulture));
                break;
            case IConvertible number:
                cell.CellValue = new CellValue(Convert.ToDouble(number, CultureInfo.InvariantCulture).ToString("R", CultureInfo.InvariantCulture));
                break;
            default:
                throw new ArgumentException($"no spreadsheet cell for a {value.GetType().Name}");
        }

        return cell;
    }

    /// <summary>1 → A, 27 → AA.</summary>
    public static string ColumnLetters(int column)
    {
        string letters = "";
        for (int n = column; n > 0; n = (n - 1) / 26) letters = (char)('A' + ((n - 1) % 26)) + letters;
        return letters;
    }

    /// <summary>Excel refuses sheet names over 31 characters or with : \ / ? * [ ].</summary>
    private static string SheetName(string name)
    {
        string clean = new([.. name.Select(ch => ":\\/?*[]".Contains(ch) ? '-' : ch)]);
        return clean.Length <= 31 ? clean : clean[..31];
    }
}
