using System.Text.Json;
using System.Text.Json.Nodes;
using Soc.Simulation.Tests.Simulation;
using Soc.Simulation.Abstractions.Scenarios;
using Soc.Simulation.Model.Scenarios;
using Soc.Simulation.Model;

namespace Soc.Simulation.Tests.Scenarios;

/// <summary>
/// A scenario of the wrong shape is refused before it is read, with every problem at once and in the user's words:
/// the JSON path and a JSON type ("a whole number"), never a .NET type name.
/// </summary>
public class ScenarioShapeTests
{
    private const string TopFields = "name, description, call, assumptions, horizon, population, services, employers, behaviour, pathway, uncertainty, posterior, territories";

    private const string CallFields = "budgetEur, hiringStart, hiringEnd, filingStart, filingEnd, filingWindowMonths, executionEnd, minimumAge, "
        + "minimumContractMonths, minimumWorkingTimeFraction, fullTimeWeeklyHours, annualMinimumWageEur, monthlyAmountEur, dailyModuleEur, maxSubsidisedMonths, "
        + "maxParticipantsPerEmployer, deMinimisCapEur, deMinimisRoadTransportCapEur, advanceShare, justificationDelayMonths, "
        + "eligibleEmployerTypes, budgetLines, employerTypeLines, awardOrder, partialGrants, budgetChanges, deMinimisWindow, quotas, promoters";

    private const string ServiceFields = "id, area, budgetEur, socShare, costPerParticipantEur, durationMonths, eligibility, uptake, hazardMultiplier, studiesHazard, note";

    private static string Call => File.ReadAllText(TestPaths.Baseline);

    private static string Simulation => File.ReadAllText(Barcelona.ScenarioPath);

    private static string Fails(string json, params string[] sets) =>
        Assert.Throws<InputException>(() => ScenarioFile.Parse(json, "s.json", sets)).Message;

    /// <summary>The scenario with the value at each path replaced by a JSON text, or removed when the text is null.</summary>
    private static string With(string json, params (string Path, string? Json)[] edits)
    {
        JsonNode root = JsonNode.Parse(json, documentOptions: ScenarioJson.Document)!;
        foreach ((string path, string? value) in edits)
        {
            string[] segments = path.Replace("[", ".", StringComparison.Ordinal).Replace("]", "", StringComparison.Ordinal).Split('.');
            JsonNode parent = segments[..^1].Aggregate(root, (node, s) => int.TryParse(s, out int i) ? node[i]! : node[s]!);
            string last = segments[^1];
            if (value is null) parent.AsObject().Remove(last);
            else if (int.TryParse(last, out int i)) parent[i] = JsonNode.Parse(value);
            else parent[last] = JsonNode.Parse(value);
        }

        return root.ToJsonString();
    }

    [Fact]
    public void Unknown_field_at_the_top_level_suggests_the_closest_and_lists_the_fields() =>
        Assert.Equal($"s.json: $.asumptions: unknown field (did you mean assumptions?); the fields of $ are {TopFields}",
            Fails(Call.Replace("\"assumptions\":", "\"asumptions\":", StringComparison.Ordinal)));

    [Fact]
    public void Unknown_field_inside_call_is_one_error_not_also_a_missing_field() =>
        Assert.Equal($"s.json: $.call.budgetEu: unknown field (did you mean budgetEur?); the fields of $.call are {CallFields}",
            Fails(Call.Replace("\"budgetEur\":", "\"budgetEu\":", StringComparison.Ordinal)));

    [Fact]
    public void Unknown_field_inside_a_service_names_its_index() =>
        Assert.Equal($"s.json: $.services[2].durationMonth: unknown field (did you mean durationMonths?); the fields of $.services[2] are {ServiceFields}",
            Fails(Simulation.Replace("\"durationMonths\": 6,", "\"durationMonth\": 6,", StringComparison.Ordinal)));

    [Fact]
    public void Unknown_key_in_a_map_of_employer_types_lists_the_types() =>
        Assert.Equal("s.json: $.call.employerTypeLines.companyy: unknown key (did you mean company?); "
            + "the keys of $.call.employerTypeLines are company, self_employed, civil_society, non_profit",
            Fails(Call.Replace("\"company\":", "\"companyy\":", StringComparison.Ordinal)));

    [Fact]
    public void Unknown_key_in_a_map_whose_keys_the_validator_knows_is_said_the_same_way() =>
        Assert.Contains("\n  $.population.ageBands.from30to45: unknown key (did you mean from30to44?); the keys of $.population.ageBands are under30, from30to44, from45\n",
            Fails(Simulation.Replace("\"from30to44\": 0.32", "\"from30to45\": 0.32", StringComparison.Ordinal)) + "\n");

    [Fact]
    public void Unknown_field_with_no_near_name_gets_no_suggestion() =>
        Assert.Equal($"s.json: $.colour: unknown field; the fields of $ are {TopFields}", Fails(With(Call, ("colour", "\"red\""))));

    [Fact]
    public void The_read_only_isSimulation_is_not_a_field() =>
        Assert.Equal($"s.json: $.isSimulation: unknown field; the fields of $ are {TopFields}", Fails(With(Call, ("isSimulation", "true"))));

    [Theory]
    [InlineData("call.budgetEur", "\"lots\"", "$.call.budgetEur: expected a number, got \"lots\"")]
    [InlineData("call.budgetEur", "1e40", "$.call.budgetEur: expected a number, got 1e40 (too large)")]
    [InlineData("call.minimumAge", "30.5", "$.call.minimumAge: expected a whole number, got 30.5")]
    [InlineData("call.minimumAge", "30.0", "$.call.minimumAge: expected a whole number, got 30.0")]
    [InlineData("call.minimumAge", "3000000000", "$.call.minimumAge: expected a whole number from -2147483648 to 2147483647, got 3000000000")]
    [InlineData("name", "5", "$.name: expected a string, got 5")]
    [InlineData("description", "null", "$.description: expected a string, got null")]
    [InlineData("call.partialGrants", "\"no\"", "$.call.partialGrants: expected true or false, got \"no\"")]
    [InlineData("call.hiringEnd", "\"01/04/2023\"", "$.call.hiringEnd: expected a date YYYY-MM-DD, got \"01/04/2023\"")]
    [InlineData("call.hiringEnd", "\"2023-02-30\"", "$.call.hiringEnd: expected a date YYYY-MM-DD, got \"2023-02-30\" (no such date)")]
    [InlineData("call.awardOrder", "\"first_come\"", "$.call.awardOrder: expected one of strict | skip_to_fit, got \"first_come\"")]
    [InlineData("call.awardOrder", "\"SkipToFit\"", "$.call.awardOrder: expected one of strict | skip_to_fit, got \"SkipToFit\"")]
    [InlineData("call.eligibleEmployerTypes[1]", "\"self-employed\"",
        "$.call.eligibleEmployerTypes[1]: expected one of company | self_employed | civil_society | non_profit, got \"self-employed\"")]
    [InlineData("call.budgetLines", "{}", "$.call.budgetLines: expected a list, got an object")]
    [InlineData("assumptions", "\"one\"", "$.assumptions: expected a list, got \"one\"")]
    [InlineData("assumptions[0]", "null", "$.assumptions[0]: expected a string, got null")]
    [InlineData("call", "\"x\"", "$.call: expected an object, got \"x\"")]
    [InlineData("call.employerTypeLines", "[]",
        "$.call.employerTypeLines: expected an object whose keys are company, self_employed, civil_society, non_profit, got a list")]
    [InlineData("call.employerTypeLines.company", "470", "$.call.employerTypeLines.company: expected a string, got 470")]
    [InlineData("call.budgetChanges", """[{"on":"2023-01-01","kind":"top_up","amountEur":1000,"line":5}]""",
        "$.call.budgetChanges[0].line: expected null or a string, got 5")]
    [InlineData("horizon", "[]", "$.horizon: expected null or an object, got a list")]
    public void Wrong_type_says_the_json_type_expected_at_its_path(string path, string json, string expected)
    {
        string scenario = path.StartsWith("call", StringComparison.Ordinal) || path is "name" or "description" || path.StartsWith("assumptions", StringComparison.Ordinal)
            ? Call
            : Simulation;
        Assert.Equal($"s.json: {expected}", Fails(With(scenario, (path, json))));
    }

    [Theory]
    [InlineData("services[2].durationMonths", "\"six\"", "$.services[2].durationMonths: expected a whole number, got \"six\"")]
    [InlineData("services[0].eligibility", "true", "$.services[0].eligibility: expected an object, got true")]
    [InlineData("pathway[1][0]", "3", "$.pathway[1][0]: expected a string, got 3")]
    [InlineData("population.ageBands.under30", "\"18%\"", "$.population.ageBands.under30: expected a number, got \"18%\"")]
    [InlineData("employers.countByType.company", "1500.5", "$.employers.countByType.company: expected a whole number, got 1500.5")]
    [InlineData("behaviour.temporaryContractMonths[0]", "[3, 0.15]", "$.behaviour.temporaryContractMonths[0]: expected an object, got a list")]
    public void Wrong_type_in_the_simulation_parts_names_its_path(string path, string json, string expected) =>
        Assert.Equal($"s.json: {expected}", Fails(With(Simulation, (path, json))));

    [Fact]
    public void Missing_required_field_says_what_it_takes()
    {
        Assert.Equal("s.json: $.call.budgetLines[0]: missing field 'note' (a string)", Fails(With(Call, ("call.budgetLines[0].note", null))));
        Assert.Equal("s.json: $: missing field 'call' (an object)", Fails(With(Call, ("call", null))));
        Assert.Equal("s.json: $.call.budgetChanges[0]: missing field 'line' (null or a string)",
            Fails(With(Call, ("call.budgetChanges", """[{"on":"2023-01-01","kind":"top_up","amountEur":1000}]"""))));
    }

    [Fact]
    public void Optional_fields_may_be_left_out()
    {
        Scenario s = ScenarioFile.Parse(With(Simulation, ("description", null), ("services[1].eligibility", null), ("services[1].note", null)), "s.json", []);
        Assert.Equal("", s.Description);
        Assert.Equal(120, s.Services![1].Eligibility.MaxAge);
    }

    [Fact]
    public void Every_shape_error_is_given_at_once_one_per_line() =>
        Assert.Equal(
            "s.json: invalid scenario:\n"
            + "  $.name: expected a string, got null\n"
            + "  $.services[0].uptake: expected a number, got true\n"
            + "  $.behaviour: missing field 'deadweight' (a number)\n"
            + "  $.call.budgetEur: expected a number, got \"lots\"\n"
            + "  $.call.minimumAge: expected a whole number, got 30.5\n"
            + "  $.call.budgetLines[1]: missing field 'share' (a number)\n"
            + $"  $.call.awardOrdr: unknown field (did you mean awardOrder?); the fields of $.call are {CallFields}",
            Fails(With(Simulation.Replace("\"awardOrder\":", "\"awardOrdr\":", StringComparison.Ordinal),
                ("name", "null"), ("call.budgetEur", "\"lots\""), ("call.minimumAge", "30.5"), ("call.budgetLines[1].share", null),
                ("services[0].uptake", "true"), ("behaviour.deadweight", null))));

    [Fact]
    public void Set_writing_text_where_a_number_goes_gets_the_words_of_the_file_check()
    {
        Assert.Equal("--set call.budgetEur: $.call.budgetEur: expected a number, got \"lots\"", Fails(Call, "call.budgetEur=lots"));
        Assert.Equal("--set call.minimumAge: $.call.minimumAge: expected a whole number, got 30.5", Fails(Call, "call.minimumAge=30.5"));
        Assert.Equal("--set call.partialGrants: $.call.partialGrants: expected true or false, got \"yes\"", Fails(Call, "call.partialGrants=yes"));
        Assert.Equal("--set call.budgetEur: $.call.budgetEur: expected a number, got null", Fails(Call, "call.budgetEur=null"));
    }

    [Fact]
    public void Set_writing_a_string_field_is_checked_against_its_type()
    {
        Assert.Equal("--set call.hiringEnd: $.call.hiringEnd: expected a date YYYY-MM-DD, got \"tomorrow\"", Fails(Call, "call.hiringEnd=tomorrow"));
        Assert.Equal("--set call.awardOrder: $.call.awardOrder: expected one of strict | skip_to_fit, got \"fast\"", Fails(Call, "call.awardOrder=fast"));
    }

    [Fact]
    public void Set_writing_a_list_or_an_object_is_checked_inside()
    {
        Assert.Equal("--set call.budgetLines: $.call.budgetLines: expected a list, got 5", Fails(Call, "call.budgetLines=5"));
        Assert.Equal(
            "s.json: invalid scenario:\n"
            + "  --set call.hiringStart: $.call.hiringStart: expected a date YYYY-MM-DD, got \"2022-13-01\" (no such date)\n"
            + "  --set call.budgetChanges: $.call.budgetChanges[0].kind: expected one of top_up | cut, got \"topup\"\n"
            + "  --set call.budgetChanges: $.call.budgetChanges[0].amountEur: expected a number, got \"1\"",
            Fails(Call, """call.budgetChanges=[{"on":"2023-01-01","kind":"topup","amountEur":"1","line":null}]""", "call.hiringStart=2022-13-01"));
        Assert.Equal("--set call.employerTypeLines: $.call.employerTypeLines takes a value written in JSON; "
            + "'{bad' is not valid JSON ('b' is an invalid start of a property name. Expected a '\"')",
            Fails(Call, "call.employerTypeLines={bad"));
    }

    [Fact]
    public void The_file_is_checked_before_the_sets_are_applied() =>
        Assert.Equal("s.json: $.call.minimumAge: expected a whole number, got 30.5", Fails(With(Call, ("call.minimumAge", "30.5")), "call.budgetEur=lots"));

    [Fact]
    public void A_key_given_twice_is_refused_not_a_crash() =>
        Assert.Equal("s.json: not valid JSON (Duplicate property 'name' encountered during deserialization)",
            Fails(Call.Replace("\"name\":", "\"name\": \"x\", \"name\":", StringComparison.Ordinal)));

    [Fact]
    public void Syntax_errors_keep_their_line() =>
        Assert.Equal("s.json:3: not valid JSON (',' is an invalid start of a value)", Fails("{\n  \"name\": \"x\",\n  \"call\": ,\n}"));

    [Fact]
    public void The_fallback_for_a_refused_read_names_the_path_and_no_dotnet_type()
    {
        // Straight to System.Text.Json, past the shape check, to see the messages it would give.
        JsonException number = Assert.ThrowsAny<JsonException>(() =>
            JsonNode.Parse(With(Call, ("call.budgetEur", "\"lots\"")))!.Deserialize<Scenario>(ScenarioJson.Options));
        Assert.Equal("s.json: $.call.budgetEur: The JSON value could not be converted to a number", ScenarioFile.ReadError("s.json", number));

        JsonException missing = Assert.ThrowsAny<JsonException>(() =>
            JsonNode.Parse(With(Call, ("call.budgetLines[0].note", null)))!.Deserialize<Scenario>(ScenarioJson.Options));
        Assert.DoesNotContain("Soc.", ScenarioFile.ReadError("s.json", missing), StringComparison.Ordinal);
        Assert.Contains("'note'", ScenarioFile.ReadError("s.json", missing), StringComparison.Ordinal);

        Assert.Equal("The JSON value could not be converted to a list",
            JsonKinds.WithoutTypeNames("The JSON value could not be converted to System.Collections.Generic.IReadOnlyList`1[System.String]"));
        Assert.Equal("JSON deserialization for an object was missing required properties including: 'note'",
            JsonKinds.WithoutTypeNames("JSON deserialization for type 'Soc.Simulation.Abstractions.GrantCall.BudgetLineSpec' was missing required properties including: 'note'"));
    }
}
