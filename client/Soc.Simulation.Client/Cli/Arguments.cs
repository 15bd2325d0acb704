using System.Globalization;

namespace Soc.Simulation.Client.Cli;

/// <summary>A command's words: positional arguments and <c>--name value</c> options (repeatable ones kept in order).</summary>
public sealed class Arguments
{
    private readonly Dictionary<string, List<string>> _options = new(StringComparer.Ordinal);
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);
    private readonly List<(string Name, string Value)> _ordered = [];

    private Arguments(string command, List<string> positional)
    {
        Command = command;
        Positional = positional;
    }

    public string Command { get; }

    public IReadOnlyList<string> Positional { get; }

    /// <summary>Parses the words after the command; every option takes one value.</summary>
    public static Arguments Parse(string[] args)
    {
        if (args.Length == 0)
        {
            throw new InputException("no command given\n\n" + Usage.Text);
        }

        var positional = new List<string>();
        var parsed = new Arguments(args[0], positional);
        for (int i = 1; i < args.Length; i++)
        {
            string word = args[i];
            if (!word.StartsWith("--", StringComparison.Ordinal))
            {
                positional.Add(word);
                continue;
            }

            if (i + 1 >= args.Length)
            {
                throw new InputException($"{word}: expected a value after it");
            }

            string name = word[2..];
            if (!parsed._options.TryGetValue(name, out List<string>? values))
            {
                parsed._options[name] = values = [];
            }

            values.Add(args[++i]);
            parsed._ordered.Add((name, values[^1]));
        }

        return parsed;
    }

    /// <summary>The options in the order given, for flags that pair up (sweep's --param with its --values or --range).</summary>
    public IReadOnlyList<(string Name, string Value)> Ordered(params string[] names)
    {
        foreach (string name in names) _read.Add(name);
        return [.. _ordered.Where(o => names.Contains(o.Name))];
    }

    public string? Option(string name)
    {
        _read.Add(name);
        if (!_options.TryGetValue(name, out List<string>? values)) return null;
        return values.Count == 1 ? values[0] : throw new InputException($"--{name}: given {values.Count} times, expected once");
    }

    public IReadOnlyList<string> Options(string name)
    {
        _read.Add(name);
        return _options.GetValueOrDefault(name) ?? [];
    }

    public int IntOption(string name, int fallback, int min, int max)
    {
        string? raw = Option(name);
        if (raw is null) return fallback;
        return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out int v) && v >= min && v <= max
            ? v
            : throw new InputException($"--{name}: expected a whole number from {min} to {max}, got '{raw}'");
    }

    /// <summary>Call after reading every option: a typo in an option name is an error, not silence.</summary>
    public void RejectUnknown(int positionalCount, string usage)
    {
        string[] unknown = [.. _options.Keys.Where(k => !_read.Contains(k))];
        if (unknown is ["cluster" or "backend", ..])
        {
            throw new InputException($"{Command}: --{unknown[0]} does not apply: {Command} runs the Model in this process, without Orleans\nusage: {usage}");
        }

        if (unknown.Length > 0)
        {
            throw new InputException($"{Command}: unknown option --{unknown[0]}\nusage: {usage}");
        }

        if (Positional.Count != positionalCount)
        {
            throw new InputException($"{Command}: expected {positionalCount} argument(s), got {Positional.Count}\nusage: {usage}");
        }
    }
}
