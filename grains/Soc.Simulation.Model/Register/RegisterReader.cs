using Soc.Simulation.Abstractions.GrantCall;

namespace Soc.Simulation.Model.Register;

/// <summary>
/// Reads the register of applications (domain.md G) from CSV (UTF-8 or UTF-16 with a byte-order mark, plain or
/// from a Spanish/Catalan spreadsheet) or from an xlsx workbook; every form gives the same applications. Any
/// mistake in the file is an <see cref="InputException"/> naming its place, and the whole file is rejected.
/// </summary>
public static class RegisterReader
{
    public static IReadOnlyList<Application> ReadFile(string path, RegisterOptions? options = null)
    {
        if (Directory.Exists(path))
        {
            throw new InputException($"{path}: a folder, not a register file");
        }

        if (!File.Exists(path))
        {
            throw new InputException($"{path}: register file not found");
        }

        byte[] content;
        try
        {
            content = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException($"{path}: register file cannot be read ({e.Message.ReplaceLineEndings(" ")})");
        }

        return Read(content, path, options);
    }

    /// <summary>Reads an uploaded register; <paramref name="name"/> is only for messages and its extension.</summary>
    public static IReadOnlyList<Application> Read(byte[] content, string name, RegisterOptions? options = null)
    {
        options ??= new RegisterOptions();
        if (RegisterFormats.Detect(content, name) == RegisterFormat.Xlsx) return RegisterTable.Read(XlsxRegisterSource.Read(content, name, options.Sheet));
        // A plain register written as the tool writes it is read straight from its bytes; anything else, mistakes
        // included, by the general reader below, which gives the same applications and names what is wrong.
        return options.Sheet is null && FastCsvRegister.TryRead(content, options.CsvLocale) is { } applications
            ? applications
            : Read(TextDecoding.Decode(content, name), name, options);
    }

    /// <summary>Reads CSV text that is already decoded; <paramref name="file"/> names it in messages.</summary>
    public static IReadOnlyList<Application> Read(string text, string file, RegisterOptions? options = null)
    {
        options ??= new RegisterOptions();
        if (options.Sheet is not null)
        {
            throw new InputException($"{file}: a sheet ('{options.Sheet}') was asked for, but a CSV register has no sheets");
        }

        return RegisterTable.Read(CsvRegisterSource.Read(text, file, options.CsvLocale));
    }
}
