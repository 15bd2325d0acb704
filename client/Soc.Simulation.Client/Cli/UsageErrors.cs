using System.CommandLine;
using System.CommandLine.Parsing;
using System.Text.RegularExpressions;

namespace Soc.Simulation.Client.Cli;

/// <summary>
/// A usage error in one or two lines: what is wrong, with "did you mean …" for a mistyped command or option, and where
/// to find the command's help. System.CommandLine's own report is the whole help page, which buries the one line
/// that matters.
/// </summary>
public static partial class UsageErrors
{
    /// <summary>The program's name, as users type it.</summary>
    public const string ProgramName = "socsim";

    public static void Write(ParseResult parsed, TextWriter stderr)
    {
        Command command = parsed.CommandResult.Command;
        string where = command is RootCommand ? ProgramName : $"{ProgramName} {command.Name}";
        var unmatched = new HashSet<string>(parsed.UnmatchedTokens, StringComparer.Ordinal);
        foreach (string token in parsed.UnmatchedTokens)
        {
            stderr.WriteLine($"error: {where}: {Unrecognised(token, command)}");
        }

        foreach (ParseError error in parsed.Errors)
        {
            // Unmatched tokens were reported above, with a suggestion; a root with no command gets the list below.
            if (unmatched.Any(t => error.Message.Contains($"'{t}'", StringComparison.Ordinal))) continue;
            if (command is RootCommand && error.SymbolResult is CommandResult && parsed.UnmatchedTokens.Count > 0) continue;
            stderr.WriteLine($"error: {where}: {Plain(error.Message.TrimEnd('.'))}");
        }

        stderr.WriteLine(command is RootCommand
            ? $"commands: {string.Join(", ", command.Subcommands.Select(c => c.Name))}; see '{ProgramName} --help'"
            : $"see '{ProgramName} {command.Name} --help'");
    }

    /// <summary>System.CommandLine's own messages, said the way the rest of socsim says things.</summary>
    private static string Plain(string message)
    {
        Match m;
        if ((m = MissingArgument().Match(message)).Success) return $"missing <{m.Groups[1].Value}>";
        if ((m = RequiredOption().Match(message)).Success) return $"{m.Groups[1].Value} is required";
        if ((m = MissingOptionValue().Match(message)).Success) return $"{m.Groups[1].Value}: expected a value after it";
        return message;
    }

    [GeneratedRegex(@"^Required argument '([^']+)' missing for command")]
    private static partial Regex MissingArgument();

    [GeneratedRegex(@"^Option '([^']+)' is required")]
    private static partial Regex RequiredOption();

    [GeneratedRegex(@"^Required argument missing for option: '([^']+)'")]
    private static partial Regex MissingOptionValue();

    private static string Unrecognised(string token, Command command)
    {
        bool option = token.StartsWith('-');
        IEnumerable<string> names = option
            ? command.Options.Where(o => !o.Hidden).SelectMany(o => o.Aliases.Prepend(o.Name))
            : command.Subcommands.Select(c => c.Name);
        string? near = Suggest(token, names);
        string what = option ? $"unknown option '{token}'"
            : command is RootCommand ? $"unknown command '{token}'"
            : $"unexpected argument '{token}'";
        return near is null ? what : $"{what}; did you mean '{near}'?";
    }

    /// <summary>The closest name within two edits, or one that starts with what was typed.</summary>
    public static string? Suggest(string typed, IEnumerable<string> names)
    {
        string? best = null;
        int bestDistance = int.MaxValue;
        foreach (string name in names)
        {
            int d = name.StartsWith(typed, StringComparison.Ordinal) && typed.Length >= 3 ? 1 : Distance(typed, name);
            if (d < bestDistance)
            {
                (best, bestDistance) = (name, d);
            }
        }

        return bestDistance <= Math.Max(2, typed.Length / 4) ? best : null;
    }

    /// <summary>Levenshtein distance; the names are short, so the plain table is enough.</summary>
    private static int Distance(string a, string b)
    {
        var row = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++) row[j] = j;
        for (int i = 1; i <= a.Length; i++)
        {
            int previous = row[0];
            row[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int current = row[j];
                row[j] = Math.Min(Math.Min(row[j] + 1, row[j - 1] + 1), previous + (a[i - 1] == b[j - 1] ? 0 : 1));
                previous = current;
            }
        }

        return row[b.Length];
    }
}
