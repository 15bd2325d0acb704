using Soc.Simulation.Client.Experiments;
using Soc.Simulation.Abstractions.Scenarios;
using Soc.Simulation.Model.Scenarios;
using Soc.Simulation.Abstractions.Simulation;

namespace Soc.Simulation.Tests.Simulation;

/// <summary>The shipped Barcelona policy scenario, loaded with <c>--set</c> style overrides.</summary>
internal static class Barcelona
{
    public static string ScenarioPath => Path.Combine(TestPaths.Root, "scenarios", "barcelona-2023.json");

    public static Scenario Load(params string[] overrides) => ScenarioFile.Load(ScenarioPath, overrides);

    /// <summary>A progress reporter that prints nothing.</summary>
    public static Progress Silent => new(TextWriter.Null, false);

    public static Task<ReplicateResult[]> DirectAsync(Scenario scenario, ulong seed, int replicates) =>
        MonteCarloRunner.DirectAsync(scenario, seed, replicates, Silent);

    public static double Kpi(this ReplicateResult r, string name)
    {
        int i = Array.IndexOf(r.KpiNames, name);
        Assert.True(i >= 0, $"no KPI '{name}' among {string.Join(", ", r.KpiNames)}");
        return r.Kpis[i];
    }

    public static double[] Series(this ReplicateResult r, string name)
    {
        int i = Array.IndexOf(r.SeriesNames, name);
        Assert.True(i >= 0, $"no series '{name}' among {string.Join(", ", r.SeriesNames)}");
        return r.Series[i];
    }
}

/// <summary>Exact comparison of replicate results; a NaN KPI (no value in that replicate) equals NaN.</summary>
internal static class ReplicateAssert
{
    public static void Equal(IReadOnlyList<ReplicateResult> expected, IReadOnlyList<ReplicateResult> actual, string label)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (int i = 0; i < expected.Count; i++)
        {
            Equal(expected[i], actual[i], $"{label}, replicate {i}");
        }
    }

    public static void Equal(ReplicateResult expected, ReplicateResult actual, string label)
    {
        Assert.Equal(expected.Replicate, actual.Replicate);
        Assert.Equal(expected.KpiNames, actual.KpiNames);
        Assert.Equal(expected.Kpis.Length, actual.Kpis.Length);
        for (int k = 0; k < expected.Kpis.Length; k++)
        {
            // double.Equals is exact and treats NaN as equal to NaN.
            Assert.True(expected.Kpis[k].Equals(actual.Kpis[k]),
                $"{label}: KPI {expected.KpiNames[k]} is {actual.Kpis[k]:R}, expected {expected.Kpis[k]:R}");
        }

        Assert.Equal(expected.Months, actual.Months);
        Assert.Equal(expected.SeriesNames, actual.SeriesNames);
        for (int s = 0; s < expected.Series.Length; s++)
        {
            Assert.True(expected.Series[s].SequenceEqual(actual.Series[s]),
                $"{label}: series {expected.SeriesNames[s]} is [{string.Join(", ", actual.Series[s])}], expected [{string.Join(", ", expected.Series[s])}]");
        }

        Assert.Equal(expected.ExhaustedOn, actual.ExhaustedOn);
    }

    /// <summary>True when the KPI vectors are the same number for number (NaN equal to NaN).</summary>
    public static bool SameKpis(ReplicateResult a, ReplicateResult b) =>
        a.Kpis.Length == b.Kpis.Length && a.Kpis.Zip(b.Kpis).All(p => p.First.Equals(p.Second));
}
