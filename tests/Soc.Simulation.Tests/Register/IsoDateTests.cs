using System.Globalization;
using Soc.Simulation.Model.Register;

namespace Soc.Simulation.Tests.Register;

/// <summary>The register's fast reading of ISO dates gives exactly what the general parser gives, or leaves the text to it.</summary>
public class IsoDateTests
{
    [Theory]
    [InlineData("2023-01-15")]
    [InlineData("2024-02-29")]
    [InlineData("2023-02-29")]
    [InlineData("2023-02-30")]
    [InlineData("2023-13-01")]
    [InlineData("2023-00-10")]
    [InlineData("2023-04-31")]
    [InlineData("0000-01-01")]
    [InlineData("0001-01-01")]
    [InlineData("9999-12-31")]
    [InlineData("2023-1-015")]
    [InlineData("2023/01/15")]
    [InlineData("2023-01-1a")]
    [InlineData("+023-01-15")]
    [InlineData("٢٠٢٣-01-15")]
    public void A_date_reads_as_the_general_parser_reads_it(string text)
    {
        bool general = DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly expected);
        bool fast = IsoDate.TryRead(text, out DateOnly date);

        // The fast path may decline what the general parser reads (it then reads it), never read it differently.
        if (fast) Assert.Equal((true, expected), (general, date));
        Assert.Equal(general, ValueSyntax.Invariant.TryDate(text, out DateOnly both));
        Assert.Equal(expected, both);
    }

    [Theory]
    [InlineData("2022-10-01T08:00:05")]
    [InlineData("2022-10-01T23:59:59")]
    [InlineData("2022-10-01T24:00:00")]
    [InlineData("2022-10-01T12:60:00")]
    [InlineData("2022-10-01T12:00:60")]
    [InlineData("2022-02-30T08:00:05")]
    [InlineData("2022-10-01 08:00:05")]
    [InlineData("2022-10-01T08:00")]
    [InlineData("2022-10-01T8:00:050")]
    public void A_date_time_reads_as_the_general_parser_reads_it(string text)
    {
        string[] formats = ["yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm"];
        bool general = DateTime.TryParseExact(text, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out DateTime expected);
        bool fast = IsoDate.TryReadDateTime(text, out DateTime time);

        if (fast) Assert.Equal((true, expected, expected.Kind), (general, time, time.Kind));
        Assert.Equal(general, ValueSyntax.Invariant.TryDateTime(text, out DateTime both));
        Assert.Equal(expected, both);
    }
}
