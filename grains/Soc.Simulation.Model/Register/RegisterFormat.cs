namespace Soc.Simulation.Model.Register;

/// <summary>The two kinds of register file: CSV text and an xlsx workbook.</summary>
internal enum RegisterFormat
{
    Csv,
    Xlsx,
}

/// <summary>
/// Tells the format by the content first (an xlsx file is a zip archive: "PK\x03\x04"), so that a workbook
/// renamed .csv is still read; the extension only turns a non-zip ".xlsx" into a clear error rather than
/// a pile of unknown columns.
/// </summary>
internal static class RegisterFormats
{
    private static readonly byte[] Zip = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] EmptyZip = [0x50, 0x4B, 0x05, 0x06];
    private static readonly byte[] Ole2 = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    private static readonly string[] WorkbookExtensions = [".xlsx", ".xlsm", ".xls", ".ods"];

    public static RegisterFormat Detect(ReadOnlySpan<byte> content, string name)
    {
        if (content.StartsWith(Zip) || content.StartsWith(EmptyZip))
        {
            return RegisterFormat.Xlsx;
        }

        if (content.StartsWith(Ole2))
        {
            throw new InputException($"{name}: an Excel 97-2003 workbook (.xls) is not read; save it as .xlsx or as CSV UTF-8");
        }

        string extension = Path.GetExtension(name).ToLowerInvariant();
        if (WorkbookExtensions.Contains(extension))
        {
            throw new InputException(content.Length == 0
                ? $"{name}: the file is empty (0 bytes), not an xlsx workbook"
                : $"{name}: not an xlsx workbook (an xlsx file is a zip archive starting with 'PK'); if it is CSV text, name it .csv");
        }

        return RegisterFormat.Csv;
    }
}
