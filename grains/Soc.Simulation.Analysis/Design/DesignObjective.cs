using Soc.Simulation.Model;

namespace Soc.Simulation.Analysis.Design;

/// <summary>An objective as <c>--objective</c> gives it: <c>max:insertionsCausedByCall</c> or <c>min:costPerCausedInsertionEur</c>, on the KPI's mean.</summary>
public sealed record DesignObjective(string Kpi, bool Maximise)
{
    public static DesignObjective Parse(string text, IReadOnlyCollection<string> kpis)
    {
        string[] parts = text.Split(':', 2, StringSplitOptions.TrimEntries);
        if (parts.Length != 2 || parts[0] is not ("max" or "min") || parts[1].Length == 0)
        {
            throw new InputException($"--objective {text}: expected max:kpi or min:kpi");
        }

        return kpis.Contains(parts[1])
            ? new DesignObjective(parts[1], parts[0] == "max")
            : throw new InputException($"--objective {text}: unknown KPI '{parts[1]}'; KPIs are {string.Join(", ", kpis)}");
    }

    public override string ToString() => $"{(Maximise ? "max" : "min")}:{Kpi}";
}
