using DocumentFormat.OpenXml.Spreadsheet;

namespace Soc.Simulation.Client.Output.Spreadsheets;

/// <summary>The workbook's one stylesheet: a bold header, and a number format per <see cref="CellKind"/>.</summary>
internal static class XlsxStyles
{
    public const uint Header = 1;

    // Custom number formats start at 164; Excel's built-in 3 is "#,##0" and 14 a short date (we give our own, dd/mm/yyyy).
    private static readonly (CellKind Kind, uint FormatId, string? Code, double Width)[] Formats =
    [
        (CellKind.Text, 0, null, 12),
        (CellKind.Count, 3, null, 10),
        (CellKind.Number, 164, "#,##0.00##", 12),
        (CellKind.Euros, 165, "#,##0.00\\ \"€\"", 16),
        (CellKind.Share, 166, "0.00%", 10),
        (CellKind.Percent, 167, "0.00\\ \"%\"", 10),
        (CellKind.Date, 168, "dd/mm/yyyy", 12),
        (CellKind.Month, 169, "mm/yyyy", 10),
        (CellKind.Boolean, 0, null, 8),
    ];

    /// <summary>The style index of a kind: 0 is the default style, 1 the header, then one per kind in order.</summary>
    public static uint Index(CellKind kind) => 2 + (uint)Array.FindIndex(Formats, f => f.Kind == kind);

    public static double Width(CellKind kind) => Formats.First(f => f.Kind == kind).Width;

    public static Stylesheet Stylesheet()
    {
        var numberingFormats = new NumberingFormats(Formats.Where(f => f.Code is not null)
            .Select(f => new NumberingFormat { NumberFormatId = f.FormatId, FormatCode = f.Code }));
        var fonts = new Fonts(new Font(new FontSize { Val = 11 }, new FontName { Val = "Calibri" }),
            new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Calibri" }));
        // A stylesheet must have these two fills first, whatever the cells use.
        var fills = new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 }));
        var borders = new Borders(new Border());
        var formats = new CellFormats(
            new CellFormat { NumberFormatId = 0, FontId = 0 },
            new CellFormat { NumberFormatId = 0, FontId = 1, ApplyFont = true });
        foreach (var f in Formats)
        {
            formats.Append(new CellFormat { NumberFormatId = f.FormatId, FontId = 0, ApplyNumberFormat = f.FormatId != 0 });
        }

        return new Stylesheet(numberingFormats, fonts, fills, borders, formats);
    }
}
