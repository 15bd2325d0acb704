namespace Soc.Simulation.Client.Output;

/// <summary>
/// A command's output files, written all or nothing. Every file goes to a staging folder beside the target, along
/// with (hard links to) what the target already holds that the command does not write; then the staging folder
/// takes the target's place in one step. A failure anywhere — a folder not writable, a directory where a file goes,
/// a full disk — is one <see cref="OutputException"/> naming the path and what failed, and the target is untouched.
/// </summary>
public sealed class OutputFiles
{
    private readonly Dictionary<string, byte[]> _files = new(StringComparer.Ordinal);
    private string? _printed;

    /// <summary>
    /// A fault to raise before writing a file, for the tests of a full disk or a refused permission (which root, who
    /// runs CI, never meets for real). Async-local: it reaches only the command the test runs, not tests beside it.
    /// </summary>
    internal static readonly AsyncLocal<Func<string, Exception?>?> InjectedFault = new();

    public void Add(string name, byte[] content)
    {
        if (name.Length == 0 || name.IndexOfAny(['/', '\\']) >= 0 || name is "." or "..") throw new ArgumentException($"an output file name, not a path: '{name}'");
        _files[name] = content;
    }

    public void Add(string name, string content) => Add(name, new System.Text.UTF8Encoding(false).GetBytes(content));

    public void Add(IEnumerable<(string Name, byte[] Content)> files)
    {
        foreach ((string name, byte[] content) in files) Add(name, content);
    }

    /// <summary>Adds a file, for building a set in one expression.</summary>
    public OutputFiles With(string name, string content)
    {
        Add(name, content);
        return this;
    }

    public OutputFiles With(string name, byte[] content)
    {
        Add(name, content);
        return this;
    }

    public OutputFiles With(IEnumerable<(string Name, byte[] Content)> files)
    {
        Add(files);
        return this;
    }

    /// <summary>Adds the file that <c>--json</c> prints on stdout (results.json, compare.json…).</summary>
    public OutputFiles Printed(string name, string content)
    {
        _printed = name;
        return With(name, content);
    }

    /// <summary>The files by name, for a caller that keeps them elsewhere than a folder (the web app's store).</summary>
    public IReadOnlyDictionary<string, byte[]> Contents => _files;

    /// <summary>
    /// Commits the files, then prints either the machine-readable file (<c>--json</c>) or the table for a person
    /// followed by the files written. The exit code of a command that got this far is 0.
    /// </summary>
    public int CommitAndPrint(string directory, TextWriter stdout, bool json, Func<string> table)
    {
        IReadOnlyList<string> written = Commit(directory);
        if (json)
        {
            stdout.Write(System.Text.Encoding.UTF8.GetString(_files[_printed ?? throw new InvalidOperationException("no file to print")]));
            return 0;
        }

        stdout.Write(table());
        stdout.WriteLine();
        stdout.WriteLine("wrote " + string.Join(", ", written));
        return 0;
    }

    /// <summary>Replaces the folder with one that holds these files and everything else it held; returns the files' paths.</summary>
    public IReadOnlyList<string> Commit(string directory)
    {
        string target = Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory));
        CheckTarget(directory, target);
        string parent = Path.GetDirectoryName(target) ?? throw new OutputException($"{directory}: cannot use the root folder for outputs; give --out a folder of its own");
        Try(() => Directory.CreateDirectory(parent), parent, "cannot create the folder");
        RemoveAbandoned(parent, Path.GetFileName(target));
        string staging = Path.Combine(parent, $".{Path.GetFileName(target)}.staging-{Environment.ProcessId}-{Guid.NewGuid().ToString("N")[..8]}");
        try
        {
            Try(() => Directory.CreateDirectory(staging), staging, "cannot create the staging folder beside the output folder");
            if (Directory.Exists(target)) CarryOver(target, staging);
            foreach ((string name, byte[] content) in _files.OrderBy(f => f.Key, StringComparer.Ordinal))
            {
                string file = Path.Combine(staging, name);
                Try(() => WriteDurably(file, content), Path.Combine(directory, name), "cannot write");
            }

            Swap(staging, target, directory);
        }
        finally
        {
            Remove(staging);
        }

        return [.. _files.Keys.Order(StringComparer.Ordinal).Select(name => Path.Combine(directory, name))];
    }

    /// <summary>Writes one file in place of another (a register, a calibrated scenario): a temporary file beside it, then a rename.</summary>
    public static void CommitFile(string path, byte[] content)
    {
        string target = Path.GetFullPath(path);
        if (Directory.Exists(target)) throw new OutputException($"{path}: is a folder; give the path of a file to write");
        string parent = Path.GetDirectoryName(target)!;
        Try(() => Directory.CreateDirectory(parent), parent, "cannot create the folder");
        string temporary = Path.Combine(parent, $".{Path.GetFileName(target)}.tmp-{Environment.ProcessId}");
        try
        {
            Try(() => WriteDurably(temporary, content), path, "cannot write");
            Try(() => File.Move(temporary, target, overwrite: true), path, "cannot replace");
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
    }

    private void CheckTarget(string directory, string target)
    {
        string cwd = Path.TrimEndingDirectorySeparator(Path.GetFullPath(Environment.CurrentDirectory));
        if (string.Equals(cwd, target, StringComparison.Ordinal) || cwd.StartsWith(target + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new OutputException($"{directory}: is the current folder or holds it; the outputs replace their folder as a whole, so give --out a folder of its own (e.g. --out out)");
        }

        if (File.Exists(target)) throw new OutputException($"{directory}: is a file; give --out a folder");
        foreach (string name in _files.Keys.Where(n => Directory.Exists(Path.Combine(target, n))))
        {
            throw new OutputException($"{Path.Combine(directory, name)}: is a folder, where the command writes a file; move it away or choose another --out");
        }
    }

    /// <summary>Everything the folder holds that the command does not write goes into the new folder too, as hard links.</summary>
    private void CarryOver(string from, string to)
    {
        foreach (string entry in Try(() => Directory.GetFileSystemEntries(from), from, "cannot read the output folder"))
        {
            string name = Path.GetFileName(entry);
            if (_files.ContainsKey(name)) continue;
            CopyTree(entry, Path.Combine(to, name));
        }
    }

    private static void CopyTree(string source, string target)
    {
        if (Directory.Exists(source) && new DirectoryInfo(source).LinkTarget is null)
        {
            Try(() => Directory.CreateDirectory(target), target, "cannot create");
            foreach (string entry in Try(() => Directory.GetFileSystemEntries(source), source, "cannot read")) CopyTree(entry, Path.Combine(target, Path.GetFileName(entry)));
        }
        else if (new FileInfo(source).LinkTarget is string link)
        {
            Try(() => File.CreateSymbolicLink(target, link), target, "cannot copy the link");
        }
        else
        {
            Try(() => FileSystemMoves.LinkOrCopy(source, target), source, "cannot carry over into the new output folder");
        }
    }

    /// <summary>The new folder takes the target's place; after this the old one is at <paramref name="staging"/>, to delete.</summary>
    private static void Swap(string staging, string target, string shown)
    {
        if (!Directory.Exists(target))
        {
            Try(() => Directory.Move(staging, target), shown, "cannot create the output folder");
            return;
        }

        if (Try(() => FileSystemMoves.TryExchange(staging, target), shown, "cannot replace the output folder")) return;
        string old = staging + ".old";
        Try(() => Directory.Move(target, old), shown, "cannot replace the output folder");
        try
        {
            Directory.Move(staging, target);
            Directory.Move(old, staging);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Directory.Move(old, target);
            throw new OutputException($"{shown}: cannot replace the output folder ({e.Message}); it is as it was", e);
        }
    }

    /// <summary>Staging folders left by a command that was killed (its process is gone) are swept away.</summary>
    private static void RemoveAbandoned(string parent, string name)
    {
        string[] leftovers;
        try
        {
            leftovers = Directory.GetDirectories(parent, $".{name}.staging-*");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return;
        }

        foreach (string folder in leftovers)
        {
            string[] parts = Path.GetFileName(folder)[$".{name}.staging-".Length..].Split('-', '.');
            if (parts.Length > 0 && int.TryParse(parts[0], out int pid) && !IsRunning(pid)) Remove(folder);
        }
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static void Remove(string folder)
    {
        try
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A leftover staging folder is hidden and harmless; the command's result stands.
        }
    }

    private static void WriteDurably(string path, byte[] content)
    {
        if (InjectedFault.Value?.Invoke(path) is Exception fault) throw fault;
        using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
        stream.Write(content);
        stream.Flush(flushToDisk: true);
    }

    private static void Try(Action action, string path, string what) => Try(() =>
    {
        action();
        return true;
    }, path, what);

    private static T Try<T>(Func<T> action, string path, string what)
    {
        try
        {
            return action();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new OutputException($"{path}: {what} ({Reason(e)}); nothing was changed", e);
        }
    }

    private static string Reason(Exception e) => e.Message.TrimEnd('.').Replace($" : '", " '", StringComparison.Ordinal);
}
