using ScottPlot;
using Soc.Simulation.Analysis.Planning;
using Soc.Simulation.Client.Languages;

namespace Soc.Simulation.Client.Charts;

/// <summary>Recipe: the goal-seek path — the statistic at each value tried, with its 95% interval, the target and the answers.</summary>
public sealed class PlanChart : IChartRecipe<PlanView>
{
    public const string Name = "plan-path";

    public static RenderedChart Render(PlanResult result, Lever lever)
    {
        string title = $"Goal seek: {result.Goal}";
        Plot plot = ChartStyle.NewPlot(title, $"varying {result.Path}; {result.Replicates} replicates per value, seed {result.Seed}",
            lever.Euros ? $"{result.Path} (€)" : result.Path, "goal statistic (95% CI)");
        GoalEvaluation[] path = [.. result.Evaluations];
        double[] x = [.. path.Select(e => e.Value)], y = [.. path.Select(e => e.Statistic.Mean)];
        var line = plot.Add.Scatter(x, y);
        line.LegendText = Say.T("evaluations (same seed)");
        line.Color = ChartStyle.Pick(0);
        line.MarkerSize = 7;
        foreach (GoalEvaluation e in path.Where(e => !double.IsNaN(e.Statistic.Ci95Low)))
        {
            var bar = plot.Add.Line(e.Value, e.Statistic.Ci95Low, e.Value, e.Statistic.Ci95High);
            bar.Color = ChartStyle.Pick(0).WithAlpha(0.5);
            bar.LineWidth = 2;
        }

        var target = plot.Add.HorizontalLine(Goal.Parse(result.Goal).Target);
        target.LegendText = Say.T("target");
        target.LinePattern = LinePattern.Dashed;
        target.Color = Colors.Black;
        if (result.Answer is double a) Mark(plot, a, "answer", ChartStyle.Pick(2));
        if (result.CautiousAnswer is double c) Mark(plot, c, "cautious answer", ChartStyle.Pick(3));
        if (result.Check is GoalEvaluation check)
        {
            var point = plot.Add.Scatter(new[] { check.Value }, new[] { check.Statistic.Mean });
            point.LegendText = $"check, fresh seeds ({result.CheckReplicates} replicates)";
            point.Color = ChartStyle.Pick(1);
            point.MarkerSize = 11;
            point.MarkerShape = MarkerShape.FilledDiamond;
        }

        if (lever.Euros) plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = Units.EuroTicks(x.Max()) };
        plot.ShowLegend(Alignment.UpperRight);
        return ChartStyle.Finish(plot, Name, title, "The goal statistic at every value tried (same seed), the target, the answer and the cautious answer, and the check with fresh seeds.");
    }

    private static void Mark(Plot plot, double x, string label, Color color)
    {
        var v = plot.Add.VerticalLine(x);
        v.LegendText = label;
        v.Color = color;
        v.LineWidth = 2;
    }

    string IChartRecipe<PlanView>.Name => Name;

    string IChartRecipe<PlanView>.Description => "The goal's statistic at each value the search tried, with its 95% CI, and the answers.";

    int IChartRecipe<PlanView>.Order => 10;

    IEnumerable<RenderedChart> IChartRecipe<PlanView>.Render(PlanView view) => [Render(view.Result, view.Lever)];
}
