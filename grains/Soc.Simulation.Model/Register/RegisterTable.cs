using C = Soc.Simulation.Model.Register.RegisterColumns;
using Soc.Simulation.Abstractions.GrantCall;
using Soc.Simulation.Model.Employers;

namespace Soc.Simulation.Model.Register;

/// <summary>
/// Turns a <see cref="RegisterSheet"/> from any source into applications (domain.md G): the header's columns,
/// each row's values and the checks across rows. The whole register is rejected at its first malformed row:
/// an analyst must never get a silently partial import.
/// </summary>
internal static class RegisterTable
{
    public static IReadOnlyList<Application> Read(RegisterSheet sheet)
    {
        Dictionary<string, int> columns = ReadHeader(sheet.Header, sheet.HeaderPlace);
        var applications = new List<Application>();
        var firstOfId = new Dictionary<string, RecordPlace>(StringComparer.Ordinal);
        var employers = new Dictionary<string, (Application First, RecordPlace Place)>(StringComparer.Ordinal);
        foreach (SourceRecord record in sheet.Rows)
        {
            CheckNothingUnderNoHeader(record, sheet.Header);
            var row = new RegisterRow(record, columns, sheet.Syntax);
            Application a = Parse(row);
            if (!firstOfId.TryAdd(a.ApplicationId, row.Place))
            {
                RecordPlace first = firstOfId[a.ApplicationId];
                throw row.Error(C.ApplicationId, $"a unique id (it is already on {first.Noun} {first.Number})");
            }

            CheckSameEmployer(row, a, employers);
            applications.Add(a);
        }

        return applications;
    }

    /// <summary>
    /// Maps each column name to its position. A column with an empty header is no column: spreadsheets leave
    /// such empty trailing columns (a trailing ';' on every line) and they are ignored, as long as they stay empty.
    /// </summary>
    private static Dictionary<string, int> ReadHeader(IReadOnlyList<string> names, RecordPlace place)
    {
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        int used = names.Count;
        while (used > 0 && names[used - 1].Trim().Length == 0) used--;
        for (int i = 0; i < used; i++)
        {
            string name = names[i].Trim();
            string letter = place.Sheet is null ? "" : $" ({RecordPlace.Letter(i)})";
            if (!C.All.Contains(name) && !C.Optional.Contains(name))
            {
                throw new InputException($"{place}: unknown column '{name}'{letter}; expected the columns {string.Join(",", C.All)} (and optionally {string.Join(",", C.Optional)})");
            }

            if (!columns.TryAdd(name, i))
            {
                throw new InputException($"{place}: column '{name}'{letter} appears twice");
            }
        }

        string[] missing = [.. C.All.Where(c => !columns.ContainsKey(c))];
        return missing.Length == 0
            ? columns
            : throw new InputException($"{place}: missing column(s) {string.Join(", ", missing)}");
    }

    /// <summary>A value under an empty header would be dropped without a word: refuse it.</summary>
    private static void CheckNothingUnderNoHeader(SourceRecord record, IReadOnlyList<string> header)
    {
        for (int i = 0; i < record.Cells.Count; i++)
        {
            if (!record.Cells[i].IsEmpty && (i >= header.Count || header[i].Trim().Length == 0))
            {
                throw new InputException($"{record.Place.Unnamed(i)}: a value in a column without a header, got {record.Cells[i].Shown}");
            }
        }
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
            RenouncedOn: row.OptionalDate(C.RenouncedOn))
        {
            LongTermUnemployed = row.OptionalBool(C.LongTermUnemployed),
        };

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
    private static void CheckSameEmployer(RegisterRow row, Application a, Dictionary<string, (Application First, RecordPlace Place)> employers)
    {
        if (!employers.TryGetValue(a.EmployerId, out var first))
        {
            employers.Add(a.EmployerId, (a, row.Place));
            return;
        }

        string? column = a.EmployerType != first.First.EmployerType ? C.EmployerType
            : a.RoadTransport != first.First.RoadTransport ? C.RoadTransport
            : a.PriorDeMinimisEur != first.First.PriorDeMinimisEur ? C.PriorDeMinimisEur
            : null;
        if (column is not null)
        {
            throw row.Error(column, $"the same value as {first.Place.Noun} {first.Place.Number} for employer {a.EmployerId}");
        }
    }
}
