using System.Text.Json;
using Soc.Simulation.Abstractions.Portfolio;
using Soc.Simulation.Abstractions.Scenarios;
using Soc.Simulation.Model.Scenarios;

namespace Soc.Simulation.Model.Portfolio;

/// <summary>A portfolio as read from its file, with the register each call names (resolved beside the file), if any.</summary>
public sealed record LoadedPortfolio(Abstractions.Portfolio.Portfolio Portfolio, IReadOnlyDictionary<string, string> Registers);

/// <summary>
/// Reads a portfolio file: its calls, each a scenario file (beside the portfolio, with optional <c>set</c> overrides as on
/// the command line) charged to a fiscal year; the budget lines of each year with their allocations and funding sources;
/// and the service programmes charging them. Errors name the file, the line and column, and the JSON path.
/// </summary>
public static class PortfolioFile
{
    // Read from the text itself, so that an error has its line and column.
    private static readonly JsonSerializerOptions Options = new(ScenarioJson.Options)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = false,
        AllowDuplicateProperties = false,
    };

    public static LoadedPortfolio Load(string path)
    {
        string text = ReadText(path);
        Shape shape;
        try
        {
            shape = JsonSerializer.Deserialize<Shape>(text, Options) ?? throw new InputException($"{path}: expected a portfolio object");
        }
        catch (JsonException e)
        {
            string at = e.LineNumber is long line ? $":{line + 1}:{(e.BytePositionInLine ?? 0) + 1}" : "";
            throw new InputException($"{path}{at}: {e.Path ?? "$"}: {JsonKinds.WithoutTypeNames(ScenarioFile.FirstSentence(e.Message))}");
        }

        string folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        var registers = new Dictionary<string, string>(StringComparer.Ordinal);
        var calls = new List<PortfolioCall>();
        for (int i = 0; i < shape.Calls.Count; i++)
        {
            CallEntry entry = shape.Calls[i];
            string scenarioPath = Path.Combine(folder, entry.Scenario);
            Scenario scenario;
            try
            {
                scenario = ScenarioFile.Load(scenarioPath, entry.Set ?? [], uncertainty: false);
            }
            catch (InputException e)
            {
                throw new InputException($"{path}: $.calls[{i}].scenario: {e.Message}");
            }

            calls.Add(new PortfolioCall(entry.Id, entry.Name ?? scenario.Name, entry.FiscalYear, scenario.Call));
            if (entry.Register is string register) registers[entry.Id] = Path.Combine(folder, register);
        }

        var portfolio = new Abstractions.Portfolio.Portfolio(shape.Name, shape.Notes ?? "", calls,
            [.. (shape.BudgetLines ?? []).Select(l => new LineYear(l.Year, l.Code, l.AllocationEur, l.Sources ?? []))])
        {
            Programmes = [.. (shape.Programmes ?? []).Select(p => new ProgrammeSpending(p.Id, p.Name, p.FiscalYear, p.Line, p.BudgetEur, p.Start, p.Months))],
        };
        try
        {
            PortfolioCheck.Require(portfolio);
        }
        catch (InputException e)
        {
            throw new InputException($"{path}: {e.Message}");
        }

        return new LoadedPortfolio(portfolio, registers);
    }

    private static string ReadText(string path)
    {
        if (!File.Exists(path)) throw new InputException($"{path}: portfolio file not found");
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException($"{path}: cannot read the portfolio file ({e.Message.TrimEnd('.')})");
        }
    }

    // The file's shape; "$schema" and "notes" are for people.
    private sealed record Shape(string Name, IReadOnlyList<CallEntry> Calls, string? Notes = null, IReadOnlyList<LineEntry>? BudgetLines = null, IReadOnlyList<ProgrammeEntry>? Programmes = null)
    {
        [System.Text.Json.Serialization.JsonPropertyName("$schema")]
        public string? Schema { get; init; }
    }

    private sealed record CallEntry(string Id, int FiscalYear, string Scenario, string? Name = null, IReadOnlyList<string>? Set = null, string? Register = null);

    private sealed record LineEntry(int Year, string Code, decimal? AllocationEur = null, IReadOnlyList<FundingShare>? Sources = null);

    private sealed record ProgrammeEntry(string Id, string Name, int FiscalYear, string Line, decimal BudgetEur, DateOnly Start, int Months);
}
