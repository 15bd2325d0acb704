using ScottPlot;
using Soc.Simulation.Analysis.Summaries;
using Soc.Simulation.Analysis.Projection;
using Soc.Simulation.Abstractions.Budget;
using Soc.Simulation.Abstractions.GrantCall;
using Soc.Simulation.Model.Results;
using Soc.Simulation.Client.Languages;

namespace Soc.Simulation.Client.Charts;

/// <summary>
/// Recipe: the call's cumulative net committed and net paid against its budget, at the end of each month. A
/// register replay gives one line each; a Monte Carlo run and a projection add the P10–P90 band over replicates,
/// and a projection marks the date it was made on and draws the part known from the register in black.
/// </summary>
public sealed class BudgetChart : IChartRecipe<ReplayView>, IChartRecipe<ExperimentView>, IChartRecipe<ProjectionView>
{
    public const string Name = "budget";
    public const string Title = "30 Plus call: cumulative net committed and paid against the budget";
    public const string Description = "Cumulative net committed (grants less money freed) and net paid (payments less refunds) at the end of each month, against the call's budget; Monte Carlo runs and projections show the mean with a P10–P90 band over replicates.";

    private static readonly Color Committed = ChartStyle.Pick(0);
    private static readonly Color Paid = ChartStyle.Pick(1);

    /// <summary>A register replay: the books of one deterministic run.</summary>
    public static RenderedChart Render(ReplayReport report)
    {
        IReadOnlyList<LedgerMonth> months = report.CallMonthly;
        return Draw(report.Scenario, [.. months.Select(m => m.Month)], [.. months.Select(m => (double)m.AllocatedEur)],
        [
            new Curve("net committed", Committed, [.. months.Select(m => (double)m.NetCommittedEur)], null, null),
            new Curve("net paid", Paid, [.. months.Select(m => (double)m.CumulativePaidEur)], null, null),
        ], null);
    }

    /// <summary>A Monte Carlo run: the mean over replicates with the P10–P90 band; the budget from the call's parameters.</summary>
    public static RenderedChart Render(ExperimentSummary summary, CallParameters call)
    {
        IReadOnlyList<SeriesPoint> committed = summary.Monthly["subsidyNetCommittedEur"];
        IReadOnlyList<SeriesPoint> paid = summary.Monthly["subsidyNetPaidEur"];
        string[] months = [.. committed.Select(p => p.Month)];
        return Draw(ChartStyle.Subtitle(summary.Scenario, Say.F("({0} replicates)", summary.Replicates)), months, BudgetByMonth(call, months),
            [Band("net committed", Committed, committed), Band("net paid", Paid, paid)], null);
    }

    /// <summary>A projection of a running call: known books up to <see cref="ProjectionSummary.AsOf"/>, then projected.</summary>
    public static RenderedChart Render(ProjectionSummary projection)
    {
        string[] months = [.. projection.CommittedEur.Select(p => p.Month)];
        return Draw(ChartStyle.Subtitle(projection.Scenario, Say.F("(projection as of {0}, {1} replicates)", Say.Date(projection.AsOf), projection.Replicates)),
            months, [.. months.Select(_ => (double)projection.BudgetEur)],
            [Band("net committed", Committed, projection.CommittedEur), Band("net paid", Paid, projection.PaidEur)], projection.AsOf, Known(projection));
    }

    /// <summary>The committed books known from the register: the month ends before the as-of day, then the as-of day itself.</summary>
    private static (double[] X, double[] Y) Known(ProjectionSummary p)
    {
        DateTime asOf = p.AsOf.ToDateTime(TimeOnly.MinValue);
        SeriesPoint[] before = [.. p.CommittedEur.Where(m => MonthAxis.End(m.Month) < asOf)];
        return ([.. before.Select(m => MonthAxis.End(m.Month).ToOADate()), asOf.ToOADate()], [.. before.Select(m => m.Mean), (double)p.CommittedAsOfEur]);
    }

    /// <summary>The budget at the end of each month: the initial budget with the dated top-ups and cuts (A5, A8) that fell before.</summary>
    public static double[] BudgetByMonth(CallParameters call, IReadOnlyList<string> months) =>
    [
        .. months.Select(m =>
        {
            DateOnly end = DateOnly.FromDateTime(MonthAxis.End(m));
            decimal changes = call.BudgetChanges.Where(c => c.On <= end).Sum(c => c.Kind == BudgetChangeKind.TopUp ? c.AmountEur : -c.AmountEur);
            return (double)(call.BudgetEur + changes);
        }),
    ];

    private sealed record Curve(string Label, Color Color, double[] Mean, double[]? P10, double[]? P90);

    private static Curve Band(string label, Color color, IReadOnlyList<SeriesPoint> series) =>
        new(label, color, [.. series.Select(p => p.Mean)], [.. series.Select(p => p.P10)], [.. series.Select(p => p.P90)]);

    private static RenderedChart Draw(string subtitle, string[] months, double[] budget, IReadOnlyList<Curve> curves, DateOnly? asOf, (double[] X, double[] Y)? known = null)
    {
        Plot plot = ChartStyle.NewPlot(Title, subtitle, "end of month", "cumulative amount (€)");
        double[] x = [.. months.Select(m => MonthAxis.End(m).ToOADate())];

        double top = Math.Max(1, budget.Concat(curves.SelectMany(c => c.P90 ?? c.Mean)).DefaultIfEmpty(1).Max());
        if (asOf is DateOnly day && x.Length > 0)
        {
            // Known books up to the as-of date, projected after it (shaded).
            double at = day.ToDateTime(TimeOnly.MinValue).ToOADate();
            var projected = plot.Add.HorizontalSpan(at, Math.Max(at, x[^1] + 20), Colors.SlateGray.WithAlpha(0.13));
            projected.LineWidth = 0;
            projected.LegendText = Say.T("projected");
            var line = plot.Add.VerticalLine(at, 2, Colors.DimGray, LinePattern.Dashed);
            line.ExcludeFromLegend = true;
            var label = plot.Add.Text(Say.F("as of {0}: known before, projected after", Say.Date(day)), at, top * 1.07);
            label.LabelFontSize = 12;
            label.LabelFontColor = Colors.Black;
            label.LabelAlignment = Alignment.MiddleLeft;
            label.OffsetX = 6;
        }

        foreach (Curve c in curves.Where(c => c.P10 is not null))
        {
            var band = plot.Add.FillY(x, c.P10!, c.P90!);
            band.FillColor = c.Color.WithAlpha(0.22);
            band.LineWidth = 0;
            band.MarkerSize = 0;
            band.LegendText = Say.T(c.Label) + ", P10–P90";
        }

        foreach (Curve c in curves)
        {
            var line = plot.Add.Scatter(x, c.Mean);
            line.LegendText = c.P10 is null ? Say.T(c.Label) : Say.T(c.Label) + Say.T(", mean");
            line.Color = c.Color;
            line.LineWidth = 2.5f;
            line.MarkerSize = x.Length <= 36 ? 4 : 0;
        }

        if (known is (double[] kx, double[] ky) && kx.Length > 0)
        {
            var k = plot.Add.Scatter(kx, ky);
            k.LegendText = Say.T("net committed, known on the as-of day");
            k.Color = Colors.Black;
            k.LineWidth = 3.5f;
            k.MarkerSize = 6;
        }

        // The budget last, so the committed line that reaches it does not hide it.
        var budgetLine = plot.Add.Scatter(x, budget);
        budgetLine.LegendText = Say.T("budget");
        budgetLine.ConnectStyle = ConnectStyle.StepHorizontal;
        budgetLine.LineWidth = 2;
        budgetLine.LinePattern = LinePattern.Dashed;
        budgetLine.Color = Colors.Black;
        budgetLine.MarkerSize = 0;

        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = Units.EuroTicks(top) };
        MonthAxis.MonthEndTicks(plot, months);
        if (x.Length > 0) plot.Axes.SetLimitsX(x[0] - 20, x[^1] + 20);
        plot.Axes.SetLimitsY(0, top * 1.1);
        plot.ShowLegend(Alignment.LowerRight);
        return ChartStyle.Finish(plot, Name, Title, Description);
    }

    string IChartRecipe<ReplayView>.Name => Name;

    string IChartRecipe<ReplayView>.Description => Description;

    int IChartRecipe<ReplayView>.Order => 10;

    IEnumerable<RenderedChart> IChartRecipe<ReplayView>.Render(ReplayView view) => [Render(view.Report)];

    string IChartRecipe<ExperimentView>.Name => Name;

    string IChartRecipe<ExperimentView>.Description => Description;

    int IChartRecipe<ExperimentView>.Order => 10;

    IEnumerable<RenderedChart> IChartRecipe<ExperimentView>.Render(ExperimentView view) => [Render(view.Summary, view.Scenario.Call)];

    string IChartRecipe<ProjectionView>.Name => Name;

    string IChartRecipe<ProjectionView>.Description => Description;

    int IChartRecipe<ProjectionView>.Order => 10;

    IEnumerable<RenderedChart> IChartRecipe<ProjectionView>.Render(ProjectionView view) => [Render(view.Projection)];
}
