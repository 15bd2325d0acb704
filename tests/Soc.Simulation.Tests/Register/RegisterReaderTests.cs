using Soc.Simulation.Abstractions.GrantCall;
using Soc.Simulation.Model.Register;
using Soc.Simulation.Model;

namespace Soc.Simulation.Tests.Register;

public class RegisterReaderTests
{
    private const string Header =
        "application_id,registered_at,employer_id,employer_type,road_transport,prior_de_minimis_eur,participant_id,birth_date,unemployed,contract_start,contract_months,weekly_hours,permanent,ended_on,renounced_on";

    private const string Good = "A-1,2023-01-20T09:30:00,E-1,company,false,0.00,P-1,1980-05-05,true,2023-01-15,12,40,true,,";

    private static InputException Fails(params string[] rows) =>
        Assert.Throws<InputException>(() => RegisterReader.Read(string.Join("\n", [Header, .. rows]) + "\n", "reg.csv"));

    [Fact]
    public void Reads_a_well_formed_row_with_every_field()
    {
        var apps = RegisterReader.Read($"{Header}\n{Good}\nA-2,2023-01-21 10:00,E-2,non_profit,true,1234.5,P-2,1990-01-01,false,2023-01-10,,20,true,2023-03-01,2023-02-01\n", "reg.csv");

        Assert.Equal(2, apps.Count);
        Application b = apps[1];
        Assert.Equal(new DateTime(2023, 1, 21, 10, 0, 0), b.RegisteredAt);
        Assert.Equal(EmployerType.NonProfit, b.EmployerType);
        Assert.True(b.RoadTransport);
        Assert.Equal(1234.5m, b.PriorDeMinimisEur);
        Assert.Null(b.ContractMonths);
        Assert.Equal(20m, b.WeeklyHours);
        Assert.Equal(new DateOnly(2023, 3, 1), b.EndedOn);
        Assert.Equal(new DateOnly(2023, 2, 1), b.RenouncedOn);
    }

    [Fact]
    public void Columns_may_come_in_any_order_and_a_BOM_and_CRLF_are_accepted()
    {
        string[] cols = Header.Split(',');
        string[] vals = Good.Split(',');
        int[] order = [.. Enumerable.Range(0, cols.Length).Reverse()];
        string text = "\uFEFF" + string.Join(',', order.Select(i => cols[i])) + "\r\n" + string.Join(',', order.Select(i => vals[i])) + "\r\n";

        Assert.Equal("A-1", Assert.Single(RegisterReader.Read(text, "reg.csv")).ApplicationId);
    }

    [Fact]
    public void The_optional_long_term_unemployed_column_is_read_when_given_and_null_when_empty_or_absent()
    {
        string text = $"{Header},long_term_unemployed\n{Good},true\n{Good.Replace("A-1", "A-2")},\n{Good.Replace("A-1", "A-3")},false\n";
        Assert.Equal(new bool?[] { true, null, false }, RegisterReader.Read(text, "reg.csv").Select(a => a.LongTermUnemployed));
        Assert.Null(Assert.Single(RegisterReader.Read($"{Header}\n{Good}\n", "reg.csv")).LongTermUnemployed);
        Assert.Equal("reg.csv:2: column 'long_term_unemployed': expected true or false, got 'yes'",
            Assert.Throws<InputException>(() => RegisterReader.Read($"{Header},long_term_unemployed\n{Good},yes\n", "reg.csv")).Message);
    }

    [Fact]
    public void The_writer_adds_the_long_term_unemployed_column_only_when_some_application_says_it()
    {
        IReadOnlyList<Application> without = RegisterReader.Read($"{Header}\n{Good}\n", "reg.csv");
        Assert.StartsWith(Header + "\n", RegisterWriter.Write(without), StringComparison.Ordinal);
        Application[] with = [without[0] with { LongTermUnemployed = true }, without[0] with { ApplicationId = "A-2" }];
        string written = RegisterWriter.Write(with);
        Assert.StartsWith(Header + ",long_term_unemployed\n", written, StringComparison.Ordinal);
        Assert.Equal(new bool?[] { true, null }, RegisterReader.Read(written, "reg.csv").Select(a => a.LongTermUnemployed));
    }

    [Fact]
    public void Missing_column_is_named()
    {
        var e = Assert.Throws<InputException>(() => RegisterReader.Read(Header.Replace(",weekly_hours", "") + "\n", "reg.csv"));
        Assert.Equal("reg.csv:1: missing column(s) weekly_hours", e.Message);
    }

    [Fact]
    public void Unknown_column_is_named() =>
        Assert.StartsWith("reg.csv:1: unknown column 'weekly_hour'", Assert.Throws<InputException>(
            () => RegisterReader.Read(Header.Replace("weekly_hours", "weekly_hour") + "\n", "reg.csv")).Message);

    [Fact]
    public void Row_with_a_missing_field_gives_its_line() =>
        Assert.Equal("reg.csv:3: expected 15 fields, found 14", Fails(Good, Good.Replace("A-1", "A-2")[..^1]).Message);

    [Fact]
    public void Bad_date_names_line_column_and_value() =>
        Assert.Equal("reg.csv:2: column 'birth_date': expected an ISO date (YYYY-MM-DD), got '1980-13-05'",
            Fails(Good.Replace("1980-05-05", "1980-13-05")).Message);

    [Fact]
    public void Bad_date_time_is_refused() =>
        Assert.Contains("column 'registered_at': expected an ISO date-time", Fails(Good.Replace("2023-01-20T09:30:00", "20/01/2023")).Message);

    [Fact]
    public void Unknown_employer_type_lists_the_expected_ones() =>
        Assert.Equal("reg.csv:2: column 'employer_type': expected company | self_employed | civil_society | non_profit, got 'sme'",
            Fails(Good.Replace("company", "sme")).Message);

    [Fact]
    public void Negative_amount_is_refused() =>
        Assert.StartsWith("reg.csv:2: column 'prior_de_minimis_eur': expected a non-negative amount",
            Fails(Good.Replace("false,0.00", "false,-5.00")).Message);

    [Fact]
    public void Amount_with_fractions_of_a_cent_is_refused() =>
        Assert.Contains("prior_de_minimis_eur", Fails(Good.Replace("false,0.00", "false,10.005")).Message);

    [Fact]
    public void Negative_or_zero_hours_are_refused() =>
        Assert.Contains("column 'weekly_hours'", Fails(Good.Replace(",40,", ",-40,")).Message);

    [Fact]
    public void Bad_boolean_is_refused() =>
        Assert.Contains("column 'unemployed': expected true or false, got 'yes'", Fails(Good.Replace("1980-05-05,true", "1980-05-05,yes")).Message);

    [Fact]
    public void Duplicate_application_id_points_to_the_first() =>
        Assert.Equal("reg.csv:3: column 'application_id': expected a unique id (it is already on line 2), got 'A-1'",
            Fails(Good, Good.Replace("P-1", "P-9")).Message);

    [Fact]
    public void Temporary_contract_needs_its_months() =>
        Assert.Contains("column 'contract_months'", Fails(Good.Replace(",12,40,true", ",,40,false")).Message);

    [Fact]
    public void End_before_start_is_refused() =>
        Assert.Contains("column 'ended_on'", Fails(Good[..^1] + "2023-01-14,").Message);

    [Fact]
    public void Renunciation_before_registration_is_refused() =>
        Assert.Contains("column 'renounced_on'", Fails(Good + "2023-01-19").Message);

    [Fact]
    public void An_employer_has_one_type_across_rows() =>
        Assert.Equal("reg.csv:3: column 'employer_type': expected the same value as line 2 for employer E-1, got 'non_profit'",
            Fails(Good, Good.Replace("A-1", "A-2").Replace("company", "non_profit")).Message);

    [Fact]
    public void Missing_file_is_named() =>
        Assert.Equal("nope/reg.csv: register file not found", Assert.Throws<InputException>(() => RegisterReader.ReadFile("nope/reg.csv")).Message);

    [Fact]
    public void Writer_and_reader_round_trip_the_sample()
    {
        IReadOnlyList<Application> sample = SampleRegisterGenerator.Generate(300, 7);
        Assert.Equal(sample, RegisterReader.Read(RegisterWriter.Write(sample), "x.csv"));
    }
}
