using static Soc.Simulation.Tests.Register.RegisterForms;
using Soc.Simulation.Abstractions.GrantCall;
using Soc.Simulation.Model.Register;
using Soc.Simulation.Model;

namespace Soc.Simulation.Tests.Register;

/// <summary>CSV saved by a Spanish or Catalan spreadsheet: ';', decimal comma, day-first dates, VERDADERO/FALSO.</summary>
public class RegisterCsvLocaleTests
{
    private const string EsHeader =
        "application_id;registered_at;employer_id;employer_type;road_transport;prior_de_minimis_eur;participant_id;birth_date;unemployed;contract_start;contract_months;weekly_hours;permanent;ended_on;renounced_on";

    private const string EsGood = "A-1;20/01/2023 9:30;E-1;company;FALSO;1.234,50;P-1;05/05/1980;vertader;15/1/2023;12;37,5;VERDADERO;;";

    private static readonly Application Expected = Assert.Single(RegisterReader.Read($"{Header}\n{Good}\n", "reg.csv"));

    private static Application Read(string row, CsvLocale locale = CsvLocale.Auto) =>
        Assert.Single(RegisterReader.Read($"{EsHeader}\n{row}\n", "reg.csv", new RegisterOptions(CsvLocale: locale)));

    private static string Fails(string row, CsvLocale locale = CsvLocale.Auto) =>
        Assert.Throws<InputException>(() => Read(row, locale)).Message;

    [Fact]
    public void A_semicolon_header_is_read_with_the_spanish_conventions() => Assert.Equal(Expected, Read(EsGood));

    [Fact]
    public void The_locale_can_be_forced() => Assert.Equal(Expected, Read(EsGood, CsvLocale.Es));

    [Fact]
    public void A_comma_file_forced_as_es_says_which_locale_to_use() =>
        Assert.Equal("reg.csv:1: the header is separated by ',' but the CSV locale is es (';' separator); read it with the CSV locale invariant or auto",
            Assert.Throws<InputException>(() => RegisterReader.Read($"{Header}\n{Good}\n", "reg.csv", new RegisterOptions(CsvLocale: CsvLocale.Es))).Message);

    [Theory]
    [InlineData("20/01/2023 09:30:00")]
    [InlineData("20/01/2023 09:30")]
    [InlineData("2023-01-20T09:30:00")]
    [InlineData("2023-01-20 09:30")]
    public void Date_times_may_be_day_first_or_ISO(string value) =>
        Assert.Equal(new DateTime(2023, 1, 20, 9, 30, 0), Read(EsGood.Replace("20/01/2023 9:30", value, StringComparison.Ordinal)).RegisteredAt);

    [Theory]
    [InlineData("05/05/1980")]
    [InlineData("5/5/1980")]
    [InlineData("1980-05-05")]
    public void Dates_may_be_day_first_or_ISO(string value) =>
        Assert.Equal(new DateOnly(1980, 5, 5), Read(EsGood.Replace("05/05/1980", value, StringComparison.Ordinal)).BirthDate);

    [Theory]
    [InlineData("verdadero", true)]
    [InlineData("VERTADER", true)]
    [InlineData("True", true)]
    [InlineData("Falso", false)]
    [InlineData("FALS", false)]
    [InlineData("false", false)]
    public void Booleans_may_be_the_spreadsheet_words_in_any_case(string value, bool expected) =>
        Assert.Equal(expected, Read(EsGood.Replace("FALSO", value, StringComparison.Ordinal)).RoadTransport);

    [Theory]
    [InlineData("1.234,50", 1234.50)]
    [InlineData("1234,5", 1234.5)]
    [InlineData("1.234", 1234)] // '.' groups thousands in this locale: 1234, never 1.234 (which has a decimal too many anyway)
    [InlineData("1.234.567,89", 1234567.89)]
    [InlineData("0", 0)]
    public void Amounts_take_a_decimal_comma_and_a_thousands_point(string value, double expected) =>
        Assert.Equal((decimal)expected, Read(EsGood.Replace("1.234,50", value, StringComparison.Ordinal)).PriorDeMinimisEur);

    [Theory]
    [InlineData("1.5")] // an invariant decimal point: refused, not guessed
    [InlineData("1234.50")]
    [InlineData("1.23,5")] // not a group of three
    [InlineData("12.3456")]
    [InlineData("1,234,5")]
    [InlineData("1,005")] // fractions of a cent
    public void An_ambiguous_or_malformed_amount_is_refused_never_misread(string value) =>
        Assert.Equal($"reg.csv:2: column 'prior_de_minimis_eur': expected a non-negative amount in euros with at most 2 decimals with a decimal comma, got '{value}'",
            Fails(EsGood.Replace("1.234,50", value, StringComparison.Ordinal)));

    [Fact]
    public void Hours_with_a_decimal_point_are_refused_in_this_locale() =>
        Assert.Equal("reg.csv:2: column 'weekly_hours': expected weekly hours above 0 and at most 168 with a decimal comma, got '37.5'",
            Fails(EsGood.Replace("37,5", "37.5", StringComparison.Ordinal)));

    [Theory]
    [InlineData("01/20/2023 09:30")] // month first: never read
    [InlineData("20/01/23 09:30")] // a two-digit year is refused rather than guessed
    [InlineData("20-01-2023 09:30")]
    public void Other_date_time_orders_are_refused(string value) =>
        Assert.Equal($"reg.csv:2: column 'registered_at': expected a date-time DD/MM/YYYY HH:MM[:SS] or YYYY-MM-DDTHH:MM:SS, got '{value}'",
            Fails(EsGood.Replace("20/01/2023 9:30", value, StringComparison.Ordinal)));

    [Fact]
    public void A_bad_boolean_lists_the_words() =>
        Assert.Equal("reg.csv:2: column 'road_transport': expected true or false (or VERDADERO/FALSO, VERTADER/FALS), got 'sí'",
            Fails(EsGood.Replace("FALSO", "sí", StringComparison.Ordinal)));

    [Fact]
    public void A_trailing_empty_column_and_empty_rows_from_the_spreadsheet_are_ignored()
    {
        string text = $"{EsHeader};\r\n{EsGood};\r\n;;;;;;;;;;;;;;;\r\n";

        Assert.Equal(Expected, Assert.Single(RegisterReader.Read(text, "reg.csv")));
    }

    [Fact]
    public void The_plain_csv_keeps_its_invariant_rules() =>
        Assert.Equal("reg.csv:2: column 'birth_date': expected an ISO date (YYYY-MM-DD), got '05/05/1980'",
            Assert.Throws<InputException>(() => RegisterReader.Read($"{Header}\n{Good.Replace("1980-05-05", "05/05/1980", StringComparison.Ordinal)}\n", "reg.csv")).Message);
}
