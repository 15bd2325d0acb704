using Soc.Simulation.Analysis.Summaries;
namespace Soc.Simulation.Tests.Experiments;

public class ExperimentSummaryTests
{
    [Fact]
    public void T_interval_of_a_mean_matches_the_textbook_value()
    {
        // mean 3, sd 1.5811, n 5, t(0.975, 4) = 2.7764: half-width 1.9632.
        KpiEstimate e = ExperimentSummary.Estimate([1, 2, 3, 4, 5]);
        Assert.Equal(3, e.Mean, 10);
        Assert.Equal(3 - 1.9632, e.Ci95Low, 3);
        Assert.Equal(3 + 1.9632, e.Ci95High, 3);
    }

    [Fact]
    public void Missing_values_are_left_out_and_none_gives_no_estimate()
    {
        Assert.Equal(2, ExperimentSummary.Estimate([double.NaN, 1, 3]).Replicates);
        Assert.True(double.IsNaN(ExperimentSummary.Estimate([double.NaN, double.NaN]).Mean));
    }

    [Fact]
    public void Yes_no_kpi_gets_a_Wilson_interval_inside_0_and_1()
    {
        // 3 of 4: Wilson 95% is [0.301, 0.954]; the t-interval would be [-0.046, 1.546].
        KpiEstimate e = ExperimentSummary.Estimate([1, 1, 0, 1]);
        Assert.Equal(0.75, e.Mean, 10);
        Assert.Equal(0.301, e.Ci95Low, 3);
        Assert.Equal(0.954, e.Ci95High, 3);
        KpiEstimate all = ExperimentSummary.Estimate([1, 1, 1]);
        Assert.True(all.Ci95Low > 0.4 && all.Ci95High == 1);
    }
}
