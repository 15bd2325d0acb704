using Soc.Simulation.Tests.Simulation;
using Soc.Simulation.Model.Kpis;
using Soc.Simulation.Abstractions.Simulation;
using Soc.Simulation.Model.Simulation;
using Soc.Simulation.Model.Replicates;

namespace Soc.Simulation.Tests.Kpis;

/// <summary>The catalogue is the one definition of every KPI and series: complete, unique, labelled in three languages.</summary>
public class KpiCatalogueTests
{
    [Fact]
    public async Task Every_kpi_and_series_of_a_run_is_in_the_catalogue_with_three_labels()
    {
        ReplicateResult r = await DirectBackend.RunAsync(new SimulationSetup(Barcelona.Load(), 1, 0));

        Assert.Equal(r.KpiNames.Length, r.KpiNames.Distinct().Count());
        foreach (string name in r.KpiNames)
        {
            KpiDefinition k = KpiCatalogue.Describe(name);
            Assert.Equal(name, k.Name);
            Assert.All(new[] { k.Label.Ca, k.Label.Es, k.Label.En }, l => Assert.False(string.IsNullOrWhiteSpace(l), $"{name} lacks a label"));
        }

        foreach (string name in r.SeriesNames) Assert.Equal(name, SeriesCatalogue.Describe(name).Name);
        Assert.Contains("backToStudiesRate_programme_taller_oficis", r.KpiNames);
        Assert.Contains("insertionRate_area_employment_promotion", r.KpiNames);
    }

    [Fact]
    public void Families_resolve_any_member_and_unknown_names_are_not_invented()
    {
        KpiDefinition pic = KpiCatalogue.Describe("insertionRate_programme_pic");
        Assert.Equal((KpiUnit.Share, Better.Higher), (pic.Unit, pic.Better));
        Assert.Equal("taxa d'inserció, programa pic", pic.Label.Ca);
        Assert.Null(KpiCatalogue.Find("insertionRate_programme_"));
        Assert.Null(KpiCatalogue.Find("insertionRat"));
        Assert.Equal(KpiUnit.Euros, SeriesCatalogue.Describe("subsidyPaidEur_line_D/470000121/331L/0000").Unit);
    }

    [Fact]
    public void Names_are_unique_across_fixed_kpis()
    {
        Assert.Equal(KpiCatalogue.Fixed.Count, KpiCatalogue.Fixed.Select(k => k.Name).Distinct().Count());
        Assert.Equal(SeriesCatalogue.Fixed.Count, SeriesCatalogue.Fixed.Select(k => k.Name).Distinct().Count());
    }

    [Theory]
    [InlineData("insertionRate", 0.4793, Language.En, "47.93 %")]
    [InlineData("insertionRate", 0.4793, Language.Es, "47,93 %")]
    [InlineData("subsidyCommittedEur", 2650521.4, Language.En, "2,650,521 €")]
    [InlineData("subsidyCommittedEur", 2650521.4, Language.Ca, "2.650.521 €")]
    [InlineData("applications", 473.25, Language.En, "473.3")]
    [InlineData("subsidyBudgetExecutionPct", 99.96, Language.Es, "99,96 %")]
    [InlineData("exhaustionDayOfCall", 190, Language.Ca, "190 dies")]
    public void Values_are_written_from_the_unit_in_each_language(string kpi, double value, Language language, string expected) =>
        Assert.Equal(expected, KpiFormat.Value(kpi, value, language));

    [Theory]
    [InlineData("insertionRate", 0.0123, Language.En, "+1.23 pp")]
    [InlineData("insertionRate", -0.0123, Language.Es, "−1,23 pp")]
    [InlineData("subsidyBudgetExecutionPct", 2.5, Language.En, "+2.50 pp")]
    [InlineData("subsidyCommittedEur", -12345.6, Language.Ca, "−12.346 €")]
    [InlineData("applications", 0, Language.En, "0")]
    public void Differences_are_in_points_or_in_the_unit_with_a_sign(string kpi, double difference, Language language, string expected) =>
        Assert.Equal(expected, KpiFormat.Difference(kpi, difference, language));
}
