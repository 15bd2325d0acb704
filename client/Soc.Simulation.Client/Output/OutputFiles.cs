namespace Soc.Simulation.Client.Output;

/// <summary>
/// Writes a command's output files only once all of them are ready: each goes to a staging folder first
/// and is then moved into place, so a failure never leaves a half-written file behind.
/// </summary>
public sealed class OutputFiles
{
    private readonly Dictionary<string, byte[]> _files = new(StringComparer.Ordinal);

    public void Add(string name, byte[] content) => _files[name] = content;

    public void Add(string name, string content) => Add(name, new System.Text.UTF8Encoding(false).GetBytes(content));

    /// <summary>
    /// Commits the files, then prints either the machine-readable JSON (<c>--json true</c>) or the table for a
    /// person followed by the files written. The exit code of a command that got this far is 0.
    /// </summary>
    public int CommitAndPrint(string directory, TextWriter stdout, bool json, string jsonText, Func<string> table)
    {
        IReadOnlyList<string> written = Commit(directory);
        if (json)
        {
            stdout.Write(jsonText);
            return 0;
        }

        stdout.Write(table());
        stdout.WriteLine();
        stdout.WriteLine("wrote " + string.Join(", ", written));
        return 0;
    }

    public IReadOnlyList<string> Commit(string directory)
    {
        try
        {
            Directory.CreateDirectory(directory);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException($"{directory}: cannot create the output folder ({e.Message})");
        }

        string staging = Path.Combine(directory, $".staging-{Environment.ProcessId}");
        Directory.CreateDirectory(staging);
        try
        {
            foreach ((string name, byte[] content) in _files)
            {
                File.WriteAllBytes(Path.Combine(staging, name), content);
            }

            var written = new List<string>();
            foreach (string name in _files.Keys.Order(StringComparer.Ordinal))
            {
                string target = Path.Combine(directory, name);
                File.Move(Path.Combine(staging, name), target, overwrite: true);
                written.Add(target);
            }

            return written;
        }
        finally
        {
            Directory.Delete(staging, recursive: true);
        }
    }
}
