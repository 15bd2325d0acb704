using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using Soc.Simulation.Model.Uncertainty;
using Soc.Simulation.Abstractions.Scenarios;

namespace Soc.Simulation.Model.Scenarios;

/// <summary>
/// The uncertainty of a scenario as it is read (H6): a <c>--set</c> of a parameter fixes it (its prior, or its
/// column of the posterior, goes), <c>--uncertainty off</c> drops them all, and every value a prior or the posterior
/// can give must make a valid scenario.
/// </summary>
public static class UncertainParameters
{
    /// <summary>The parameters the user set by path are fixed at the value given, not drawn.</summary>
    public static void Fix(JsonObject root, IReadOnlyList<string> setPaths)
    {
        var fixedPaths = new HashSet<string>(setPaths.Select(ScenarioPaths.Canonical), StringComparer.Ordinal);
        if (fixedPaths.Count == 0) return;
        if (root["uncertainty"] is JsonObject priors)
        {
            foreach (string key in priors.Select(kv => kv.Key).Where(k => fixedPaths.Contains(ScenarioPaths.Canonical(k))).ToArray()) priors.Remove(key);
        }

        if (root["posterior"] is JsonObject { } posterior && posterior["paths"] is JsonArray paths && posterior["samples"] is JsonArray samples)
        {
            int[] drop = [.. Enumerable.Range(0, paths.Count).Where(i => fixedPaths.Contains(ScenarioPaths.Canonical(paths[i]!.GetValue<string>()))).Reverse()];
            foreach (int i in drop)
            {
                paths.RemoveAt(i);
                foreach (JsonNode? row in samples) (row as JsonArray)?.RemoveAt(i);
            }

            if (paths.Count == 0) root.Remove("posterior");
        }
    }

    /// <summary>--uncertainty off: a point scenario, every parameter at the value the file gives.</summary>
    public static void Drop(JsonObject root)
    {
        root.Remove("uncertainty");
        root.Remove("posterior");
    }

    /// <summary>Each prior and the posterior, checked: the path, the distribution's parameters, and the scenario at every end of its range.</summary>
    public static void Check(Scenario s, List<string> errors)
    {
        foreach ((string path, ParameterPrior p) in s.Uncertainty ?? new Dictionary<string, ParameterPrior>())
        {
            string at = $"$.uncertainty[\"{path}\"]";
            if (ScenarioPaths.NumberAt(s, path) is null)
            {
                errors.Add($"{at}: expected the JSON path of a number in the scenario, such as behaviour.deadweight; '{path}' is not one");
                continue;
            }

            if (p.Source.Trim().Length == 0) errors.Add($"{at}.source: expected the evidence for the range, or 'ASSUMPTION: …'");
            string? wrong = Parameters(p);
            if (wrong is not null)
            {
                errors.Add($"{at}: {wrong}");
                continue;
            }

            (double low, double high) = PriorSampler.Support(p);
            CheckEnds(s, at, [(path, low), (path, high)], errors);
        }

        if (s.Posterior is Posterior posterior)
        {
            for (int i = 0; i < posterior.Paths.Count; i++)
            {
                if (ScenarioPaths.NumberAt(s, posterior.Paths[i]) is null) errors.Add($"$.posterior.paths[{i}]: expected the JSON path of a number in the scenario, got '{posterior.Paths[i]}'");
            }

            for (int r = 0; r < posterior.Samples.Count; r++)
            {
                if (posterior.Samples[r].Count != posterior.Paths.Count) errors.Add($"$.posterior.samples[{r}]: expected {posterior.Paths.Count} values, one per path, got {posterior.Samples[r].Count}");
            }

            if (posterior.Samples.Count == 0) errors.Add("$.posterior.samples: expected at least one draw");
            if (errors.Count == 0)
            {
                for (int i = 0; i < posterior.Paths.Count; i++)
                {
                    double[] column = [.. posterior.Samples.Select(row => (double)row[i])];
                    CheckEnds(s, $"$.posterior.samples[*][{i}]", [(posterior.Paths[i], column.Min()), (posterior.Paths[i], column.Max())], errors);
                }
            }
        }
    }

    /// <summary>The scenario with these values, rounded as their fields hold them, and no uncertainty left.</summary>
    public static Scenario PointScenario(Scenario scenario, IReadOnlyDictionary<string, double> values)
    {
        JsonObject root = JsonNode.Parse(WithoutUncertainty.GetValue(scenario, Utf8WithoutUncertainty))!.AsObject();
        foreach ((string path, double value) in values)
        {
            decimal v = ScenarioPaths.IsWholeNumber(path) ? Math.Round((decimal)value, MidpointRounding.AwayFromZero)
                : path.EndsWith("Eur", StringComparison.Ordinal) ? Money.Cents((decimal)value)
                : Math.Round((decimal)value, 6, MidpointRounding.AwayFromZero);
            ScenarioOverrides.Apply(root, $"{path}={v.ToString(CultureInfo.InvariantCulture)}");
        }

        return root.Deserialize<Scenario>(ScenarioJson.Options)!;
    }

    /// <summary>
    /// Each scenario's JSON without its priors and posterior, written once: every replicate's draw starts from it (writing
    /// the scenario's records as JSON was most of the cost of a draw).
    /// </summary>
    private static readonly ConditionalWeakTable<Scenario, byte[]> WithoutUncertainty = new();

    private static byte[] Utf8WithoutUncertainty(Scenario scenario)
    {
        JsonObject root = JsonSerializer.SerializeToNode(scenario, ScenarioJson.Options)!.AsObject();
        root.Remove("uncertainty");
        root.Remove("posterior");
        return JsonSerializer.SerializeToUtf8Bytes(root, ScenarioJson.Options);
    }

    private static string? Parameters(ParameterPrior p)
    {
        bool Has(params decimal?[] v) => v.All(x => x is not null);
        return p.Distribution switch
        {
            DistributionKind.Uniform => !Has(p.Min, p.Max) ? "a uniform prior needs min and max" : p.Min >= p.Max ? "expected min < max" : null,
            DistributionKind.Triangular => !Has(p.Min, p.Mode, p.Max) ? "a triangular prior needs min, mode and max" : !(p.Min <= p.Mode && p.Mode <= p.Max && p.Min < p.Max) ? "expected min <= mode <= max, min < max" : null,
            DistributionKind.TruncatedNormal => !Has(p.Mean, p.Sd) ? "a truncated normal prior needs mean and sd (min and max optional)" : p.Sd <= 0 ? "expected sd > 0" : p.Min >= p.Max ? "expected min < max" : null,
            DistributionKind.Beta => !Has(p.Alpha, p.Beta) ? "a beta prior needs alpha and beta (min and max optional)" : p.Alpha <= 0 || p.Beta <= 0 ? "expected alpha > 0 and beta > 0" : (p.Min is null) != (p.Max is null) || p.Min >= p.Max ? "expected both min and max, min < max, or neither" : null,
            DistributionKind.Lognormal => !Has(p.Median, p.Sigma) ? "a lognormal prior needs median and sigma" : p.Median <= 0 || p.Sigma <= 0 ? "expected median > 0 and sigma > 0" : null,
            _ => "unknown distribution",
        };
    }

    /// <summary>The scenario with the parameter at each end of its range must pass the validator, so no draw breaks a run.</summary>
    private static void CheckEnds(Scenario s, string at, IReadOnlyList<(string Path, double Value)> ends, List<string> errors)
    {
        foreach ((string path, double value) in ends)
        {
            Scenario moved = PointScenario(s, new Dictionary<string, double> { [ScenarioPaths.Canonical(path)] = value });
            foreach (string e in ScenarioValidator.Errors(moved))
            {
                errors.Add($"{at}: at {value.ToString("G6", System.Globalization.CultureInfo.InvariantCulture)}, the end of its range, the scenario is invalid: {e}");
            }
        }
    }
}
