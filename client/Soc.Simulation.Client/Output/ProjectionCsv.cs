using System.Globalization;
using System.Text;
using Soc.Simulation.Analysis.Summaries;
using Soc.Simulation.Analysis.Projection;

namespace Soc.Simulation.Client.Output;

/// <summary>projection.csv: one row per month and budget line (and "call"), cumulative euros with their bands.</summary>
public static class ProjectionCsv
{
    public static string Write(ProjectionSummary p)
    {
        var sb = new StringBuilder("month,line,committed_mean,committed_p10,committed_p90,paid_mean,paid_p10,paid_p90,refunded_mean,refunded_p10,refunded_p90\n");
        void Rows(string line, IReadOnlyList<SeriesPoint> c, IReadOnlyList<SeriesPoint> d, IReadOnlyList<SeriesPoint> r)
        {
            for (int i = 0; i < c.Count; i++)
            {
                sb.Append(Model.Register.Csv.Line([c[i].Month, line, N(c[i].Mean), N(c[i].P10), N(c[i].P90), N(d[i].Mean), N(d[i].P10), N(d[i].P90), N(r[i].Mean), N(r[i].P10), N(r[i].P90)])).Append('\n');
            }
        }

        Rows("call", p.CommittedEur, p.PaidEur, p.RefundedEur);
        foreach (LineProjection l in p.Lines) Rows(l.Line, l.CommittedEur, l.PaidEur, l.RefundedEur);
        return sb.ToString();
    }

    private static string N(double v) => v.ToString("0.00", CultureInfo.InvariantCulture);
}
