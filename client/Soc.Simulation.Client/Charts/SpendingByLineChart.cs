using Soc.Simulation.Analysis.Summaries;
using Soc.Simulation.Analysis.Projection;
using Soc.Simulation.Abstractions.GrantCall;
using Soc.Simulation.Model.Results;
using Soc.Simulation.Client.Languages;

namespace Soc.Simulation.Client.Charts;

/// <summary>Recipe: the call's payments net of refunds in each month, stacked by budget line (A4, B8).</summary>
public sealed class SpendingByLineChart : IChartRecipe<ReplayView>, IChartRecipe<ExperimentView>, IChartRecipe<ProjectionView>
{
    public const string Name = "spending-by-line";
    public const string Title = "30 Plus call: monthly payments by budget line";
    public const string Description = "Subsidy paid in each month net of refunds, stacked by budget line (mean over replicates for a Monte Carlo run or a projection). Advances are paid on the grant, balances at justification.";

    public const string SeriesPrefix = "subsidyPaidEur_line_";

    /// <summary>A Monte Carlo run: the mean of the subsidyPaidEur_line_* series.</summary>
    public static RenderedChart Render(ExperimentSummary summary, CallParameters call)
    {
        var lines = summary.Monthly.Where(s => s.Key.StartsWith(SeriesPrefix, StringComparison.Ordinal)).ToList();
        IReadOnlyList<string> months = lines.Count > 0 ? [.. lines[0].Value.Select(p => p.Month)] : [];
        return MonthlyStack.Draw(Name, Title, Description, ChartStyle.Subtitle(summary.Scenario, Say.F("(mean of {0} replicates)", summary.Replicates)), months,
            [.. lines.Select((s, i) => new MonthlyStack.Part(LineLabel(s.Key[SeriesPrefix.Length..], call), ChartStyle.Pick(i), [.. s.Value.Select(p => p.Mean)]))]);
    }

    /// <summary>A register replay: each line's payments less refunds by month.</summary>
    public static RenderedChart Render(ReplayReport report, CallParameters call)
    {
        IReadOnlyList<string> months = [.. report.CallMonthly.Select(m => m.Month)];
        return MonthlyStack.Draw(Name, Title, Description, report.Scenario, months,
            [.. report.BudgetLines.Select((l, i) => new MonthlyStack.Part(LineLabel(l.Code, call), ChartStyle.Pick(i),
                [.. months.Select(m => l.Months.FirstOrDefault(x => x.Month == m) is { } lm ? (double)(lm.PaidEur - lm.RefundedEur) : 0)]))]);
    }

    /// <summary>A projection: the month-on-month change of each line's mean cumulative net paid.</summary>
    public static RenderedChart Render(ProjectionSummary projection, CallParameters call)
    {
        IReadOnlyList<string> months = projection.Lines.Count > 0 ? [.. projection.Lines[0].PaidEur.Select(p => p.Month)] : [];
        return MonthlyStack.Draw(Name, Title, Description, ChartStyle.Subtitle(projection.Scenario, Say.F("(projection as of {0}, {1} replicates)", Say.Date(projection.AsOf), projection.Replicates)), months,
            [.. projection.Lines.Select((l, i) => new MonthlyStack.Part(LineLabel(l.Line, call), ChartStyle.Pick(i),
                [.. l.PaidEur.Select((p, m) => m == 0 ? p.Mean : p.Mean - l.PaidEur[m - 1].Mean)]))]);
    }

    /// <summary>The line's code and the start of its note ("470: to private companies"), when the call has one.</summary>
    public static string LineLabel(string code, CallParameters call)
    {
        string note = call.BudgetLines.FirstOrDefault(l => l.Code == code)?.Note ?? "";
        int cut = note.IndexOfAny(['(', '.', ';']);
        string shortNote = (cut < 0 ? note : note[..cut]).Trim();
        return shortNote.Length == 0 ? code : $"{code}  {ChartStyle.Shorten(shortNote, 40)}";
    }

    string IChartRecipe<ReplayView>.Name => Name;

    string IChartRecipe<ReplayView>.Description => Description;

    int IChartRecipe<ReplayView>.Order => 20;

    IEnumerable<RenderedChart> IChartRecipe<ReplayView>.Render(ReplayView view) => [Render(view.Report, view.Scenario.Call)];

    string IChartRecipe<ExperimentView>.Name => Name;

    string IChartRecipe<ExperimentView>.Description => Description;

    int IChartRecipe<ExperimentView>.Order => 20;

    IEnumerable<RenderedChart> IChartRecipe<ExperimentView>.Render(ExperimentView view) => [Render(view.Summary, view.Scenario.Call)];

    string IChartRecipe<ProjectionView>.Name => Name;

    string IChartRecipe<ProjectionView>.Description => Description;

    int IChartRecipe<ProjectionView>.Order => 20;

    IEnumerable<RenderedChart> IChartRecipe<ProjectionView>.Render(ProjectionView view) => [Render(view.Projection, view.Scenario.Call)];
}
