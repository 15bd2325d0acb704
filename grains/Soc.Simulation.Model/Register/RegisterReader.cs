using System.Text;
using Soc.Simulation.GrantCall;
using C = Soc.Simulation.Register.RegisterColumns;

namespace Soc.Simulation.Register;

/// <summary>
/// Reads the register of applications (domain.md G). The whole file is rejected at its first malformed row,
/// with the line and column: an analyst must never get a silently partial import.
/// </summary>
public static class RegisterReader
{
    public static IReadOnlyList<Application> ReadFile(string path, RegisterOptions? options = null)
    {
        if (!File.Exists(path))
        {
            throw new InputException($"{path}: register file not found");
        }

        return Read(File.ReadAllText(path, Encoding.UTF8), path);
    }

    public static IReadOnlyList<Application> Read(string text, string file)
    {
        string[] lines = text.TrimStart('\uFEFF').Split('\n');
        if (lines.Length == 0 || lines[0].Trim().Length == 0)
        {
            throw new InputException($"{file}:1: expected a header row with the columns {string.Join(",", C.All)}");
        }

        Dictionary<string, int> columns = ReadHeader(lines[0].TrimEnd('\r'), file);
        var applications = new List<Application>();
        var firstLineOfId = new Dictionary<string, int>(StringComparer.Ordinal);
        var employers = new Dictionary<string, (Application First, int Line)>(StringComparer.Ordinal);
        for (int i = 1; i < lines.Length; i++)
        {
            string line = lines[i].TrimEnd('\r');
            if (line.Trim().Length == 0)
            {
                continue;
            }

            int lineNumber = i + 1;
            List<string> fields = Csv.SplitLine(line)
                ?? throw new InputException($"{file}:{lineNumber}: a quoted field is not closed");
            if (fields.Count != columns.Count)
            {
                throw new InputException($"{file}:{lineNumber}: expected {columns.Count} fields, found {fields.Count}");
            }

            var row = new RegisterRow(file, lineNumber, columns, fields);
            Application a = Parse(row);
            if (!firstLineOfId.TryAdd(a.ApplicationId, lineNumber))
            {
                throw row.Error(C.ApplicationId, $"a unique id (it is already on line {firstLineOfId[a.ApplicationId]})");
            }

            CheckSameEmployer(row, a, employers);
            applications.Add(a);
        }

        return applications;
    }

    private static Dictionary<string, int> ReadHeader(string header, string file)
    {
        List<string> names = Csv.SplitLine(header) ?? throw new InputException($"{file}:1: the header has an unclosed quote");
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < names.Count; i++)
        {
            string name = names[i].Trim();
            if (!C.All.Contains(name))
            {
                throw new InputException($"{file}:1: unknown column '{name}'; expected the columns {string.Join(",", C.All)}");
            }

            if (!columns.TryAdd(name, i))
            {
                throw new InputException($"{file}:1: column '{name}' appears twice");
            }
        }

        string[] missing = [.. C.All.Where(c => !columns.ContainsKey(c))];
        return missing.Length == 0
            ? columns
            : throw new InputException($"{file}:1: missing column(s) {string.Join(", ", missing)}");
    }

    private static Application Parse(RegisterRow row)
    {
        string typeName = row.Raw(C.EmployerType);
        if (!EmployerTypeNames.TryParse(typeName, out EmployerType type))
        {
            throw row.Error(C.EmployerType, EmployerTypeNames.Expected);
        }

        bool permanent = row.Bool(C.Permanent);
        var a = new Application(
            ApplicationId: row.Text(C.ApplicationId),
            RegisteredAt: row.DateTime(C.RegisteredAt),
            EmployerId: row.Text(C.EmployerId),
            EmployerType: type,
            RoadTransport: row.Bool(C.RoadTransport),
            PriorDeMinimisEur: row.Decimal(C.PriorDeMinimisEur, 0m, 100_000_000m, 2, "a non-negative amount in euros with at most 2 decimals"),
            ParticipantId: row.Text(C.ParticipantId),
            BirthDate: row.Date(C.BirthDate),
            Unemployed: row.Bool(C.Unemployed),
            ContractStart: row.Date(C.ContractStart),
            ContractMonths: row.OptionalInt(C.ContractMonths, 0, 600, "a whole number of months from 0 to 600"),
            WeeklyHours: row.Decimal(C.WeeklyHours, 0.01m, 168m, 2, "weekly hours above 0 and at most 168"),
            Permanent: permanent,
            EndedOn: row.OptionalDate(C.EndedOn),
            RenouncedOn: row.OptionalDate(C.RenouncedOn));

        if (a.ContractMonths is null && !permanent)
        {
            throw row.Error(C.ContractMonths, "the planned months (only a permanent contract may leave it empty)");
        }

        if (a.BirthDate >= a.ContractStart)
        {
            throw row.Error(C.BirthDate, $"a date before the contract start {a.ContractStart:yyyy-MM-dd}");
        }

        if (a.EndedOn < a.ContractStart)
        {
            throw row.Error(C.EndedOn, $"empty or a date on or after the contract start {a.ContractStart:yyyy-MM-dd}");
        }

        if (a.RenouncedOn < a.RegisteredOn)
        {
            throw row.Error(C.RenouncedOn, $"empty or a date on or after the registration {a.RegisteredOn:yyyy-MM-dd}");
        }

        return a;
    }

    /// <summary>An employer's type, road-transport flag and prior aid are facts about it: every row must agree.</summary>
    private static void CheckSameEmployer(RegisterRow row, Application a, Dictionary<string, (Application First, int Line)> employers)
    {
        if (!employers.TryGetValue(a.EmployerId, out var first))
        {
            employers.Add(a.EmployerId, (a, row.LineNumber));
            return;
        }

        string? column = a.EmployerType != first.First.EmployerType ? C.EmployerType
            : a.RoadTransport != first.First.RoadTransport ? C.RoadTransport
            : a.PriorDeMinimisEur != first.First.PriorDeMinimisEur ? C.PriorDeMinimisEur
            : null;
        if (column is not null)
        {
            throw row.Error(column, $"the same value as line {first.Line} for employer {a.EmployerId}");
        }
    }
}
