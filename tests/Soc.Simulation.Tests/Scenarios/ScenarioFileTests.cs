using Soc.Simulation.Abstractions.GrantCall;
using Soc.Simulation.Abstractions.Scenarios;
using Soc.Simulation.Model.Scenarios;
using Soc.Simulation.Model;

namespace Soc.Simulation.Tests.Scenarios;

public class ScenarioFileTests
{
    private static string Shipped => File.ReadAllText(TestPaths.Baseline);

    private static InputException Fails(string json, params string[] sets) =>
        Assert.Throws<InputException>(() => ScenarioFile.Parse(json, "s.json", sets));

    [Fact]
    public void Shipped_2023_call_loads_with_the_values_of_domain_md()
    {
        Scenario s = ScenarioFile.Load(TestPaths.Baseline);
        CallParameters c = s.Call;
        Assert.Equal(14_906_455.85m, c.BudgetEur);
        Assert.Equal(new DateOnly(2023, 4, 1), c.HiringEnd);
        Assert.Equal(new DateOnly(2023, 9, 30), c.ExecutionEnd);
        // H5: both amounts from the 2022 annual minimum wage, 14,000 € in 14 payments.
        Assert.Equal(14_000m, c.AnnualMinimumWageEur);
        Assert.Equal(1166.67m, c.Monthly);
        Assert.Equal(38.36m, c.Daily);
        Assert.Equal(4, c.BudgetLines.Count);
        Assert.Equal("D/481000121/331L/0000", c.EmployerTypeLines[EmployerType.NonProfit]);
        Assert.Equal(AwardOrder.Strict, c.AwardOrder);
        Assert.NotEmpty(s.Assumptions);
    }

    [Fact]
    public void Set_overrides_a_field_by_its_json_path()
    {
        Scenario s = ScenarioFile.Parse(Shipped, "s.json", ["call.budgetEur=30000", "call.budgetLines[0].share=0.6", "call.budgetLines[1].share=0.25", "call.awardOrder=skip_to_fit", "call.partialGrants=true"]);
        Assert.Equal(30000m, s.Call.BudgetEur);
        Assert.Equal(0.6m, s.Call.BudgetLines[0].Share);
        Assert.Equal(AwardOrder.SkipToFit, s.Call.AwardOrder);
        Assert.True(s.Call.PartialGrants);
    }

    [Fact]
    public void Set_with_an_unknown_path_lists_the_fields_there()
    {
        Assert.StartsWith("--set call.budgetEru: $.call has no field 'budgetEru'; its fields are budgetEur, hiringStart",
            Fails(Shipped, "call.budgetEru=1").Message);
    }

    [Fact]
    public void Set_with_a_value_of_the_wrong_type_says_what_is_expected() =>
        Assert.Equal("--set call.budgetEur: $.call.budgetEur: expected a number, got \"lots\"", Fails(Shipped, "call.budgetEur=lots").Message);

    [Fact]
    public void Set_without_equals_is_explained() =>
        Assert.StartsWith("--set call.budgetEur: expected path=value", Fails(Shipped, "call.budgetEur").Message);

    [Fact]
    public void Set_with_an_index_out_of_range_is_refused() =>
        Assert.Contains("$.call.budgetLines is a list of 4", Fails(Shipped, "call.budgetLines[7].share=1").Message);

    [Fact]
    public void Negative_budget_names_its_path() =>
        Assert.Contains("$.call.budgetEur: expected a non-negative amount in whole cents, got -1", Fails(Shipped, "call.budgetEur=-1").Message);

    [Fact]
    public void Shares_that_do_not_sum_to_one_are_refused() =>
        Assert.Contains("$.call.budgetLines: expected shares that sum to 1, they sum to 0.95", Fails(Shipped, "call.budgetLines[3].share=0").Message);

    [Fact]
    public void Unknown_field_in_the_file_is_an_error_with_its_path() =>
        Assert.Contains("$.call.budgetEru", Fails(Shipped.Replace("\"budgetEur\"", "\"budgetEru\"")).Message);

    [Fact]
    public void Bad_date_names_its_path() =>
        Assert.Equal("--set call.hiringEnd: $.call.hiringEnd: expected a date YYYY-MM-DD, got \"2023-02-30\" (no such date)",
            Fails(Shipped, "call.hiringEnd=2023-02-30").Message);

    [Fact]
    public void Mapping_to_an_unknown_line_is_refused() =>
        Assert.Contains("$.call.employerTypeLines.company: expected one of the budget line codes", Fails(Shipped, "call.employerTypeLines.company=D/999").Message);

    [Fact]
    public void Budget_change_outside_the_call_is_refused() =>
        Assert.Contains("$.call.budgetChanges[0].on: expected a date from 2022-10-01 to executionEnd 2023-09-30",
            Fails(Shipped, """call.budgetChanges=[{"on":"2024-01-01","kind":"top_up","amountEur":1000,"line":null}]""").Message);

    private static string WithQuotas(string quotas) =>
        Shipped.Replace("\"awardOrder\": \"strict\",", $"\"awardOrder\": \"strict\", \"quotas\": {quotas},", StringComparison.Ordinal);

    [Fact]
    public void Participant_quotas_are_read_and_checked_at_their_path()
    {
        Scenario s = ScenarioFile.Parse(WithQuotas("""[{"group": "long_term_unemployed", "minShare": 0.25}, {"group": "forty_five_or_older", "minShare": 0.6, "reservedUntil": "2023-03-31"}]"""), "s.json", []);
        Assert.Equal([new ParticipantQuota(QuotaGroup.LongTermUnemployed, 0.25m), new ParticipantQuota(QuotaGroup.FortyFiveOrOlder, 0.6m, new DateOnly(2023, 3, 31))], s.Call.Quotas);
        Assert.Equal(new DateOnly(2023, 6, 1), s.Call.ReservedUntil(s.Call.Quotas[0]));
        Assert.Empty(ScenarioFile.Load(TestPaths.Baseline).Call.Quotas);

        string bad = Fails(WithQuotas("""[{"group": "long_term_unemployed", "minShare": 1}, {"group": "long_term_unemployed", "minShare": 0.2, "reservedUntil": "2024-01-01"}]""")).Message;
        Assert.Contains("$.call.quotas[0].minShare: expected a share above 0 and below 1, got 1", bad);
        Assert.Contains("$.call.quotas[1].group: expected a group no other quota of the call has", bad);
        Assert.Contains("$.call.quotas[1].reservedUntil: expected null (the filing end) or a date from filingStart 2022-10-01 to executionEnd 2023-09-30", bad);
        Assert.Contains("$.call.quotas[0].group: expected one of long_term_unemployed | forty_five_or_older, got \"aged_45\"",
            Fails(WithQuotas("""[{"group": "aged_45", "minShare": 0.6}]""")).Message);
    }

    [Fact]
    public void Promoters_are_read_and_an_employer_pre_selected_twice_is_refused_at_its_path()
    {
        string With(string promoters) => Shipped.Replace("\"awardOrder\": \"strict\",", $"\"awardOrder\": \"strict\", \"promoters\": {promoters},", StringComparison.Ordinal);
        Scenario s = ScenarioFile.Parse(With("""[{"id": "bcn", "places": 40, "employers": ["E1", "E2"], "territory": "Barcelona"}]"""), "s.json", []);
        Abstractions.Promoters.Promoter p = Assert.Single(s.Call.Promoters);
        Assert.Equal(("bcn", 40, "Barcelona", ""), (p.Id, p.Places, p.Territory, p.Name));
        Assert.Equal(["E1", "E2"], p.Employers);

        string bad = Fails(With("""[{"id": "bcn", "places": -1, "employers": ["E1"]}, {"id": "bcn", "places": 3, "employers": ["E1"]}]""")).Message;
        Assert.Contains("$.call.promoters[0].places: expected a number of places >= 0", bad);
        Assert.Contains("$.call.promoters[1].id: expected a non-empty id no other promoter of the call has", bad);
        Assert.Contains("$.call.promoters[1].employers[0]: expected an employer no other promoter pre-selected ('E1' is already promoter 'bcn''s)", bad);
        Assert.Contains("$.call.promoters[0]: missing field 'employers'", Fails(With("""[{"id": "bcn", "places": 1}]""")).Message);
    }

    [Fact]
    public void Malformed_json_gives_the_line() =>
        Assert.StartsWith("s.json:2: not valid JSON", Fails("{\n  \"name\": ,\n}").Message);
}
