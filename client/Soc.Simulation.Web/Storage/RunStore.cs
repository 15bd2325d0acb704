using Microsoft.Data.Sqlite;

namespace Soc.Simulation.Web.Storage;

/// <summary>A stored run: what was asked (<see cref="Inputs"/>, canonical JSON), where it is, and why it failed.</summary>
public sealed record RunRecord(string Id, string Kind, string Inputs, string State, int Done, int Total, string? Error);

/// <summary>A scenario saved from the form: a base scenario and the levers changed on it (JSON path → value).</summary>
public sealed record SavedScenario(string Name, string Base, IReadOnlyList<string> Sets);

/// <summary>
/// The web app's database: SQLite in the data folder (Microsoft.Data.Sqlite). Runs with their inputs, state and
/// output files (as blobs), uploaded registers and saved scenarios; nothing is held only in memory, so a restart
/// keeps everything and the queue picks up what was waiting. Every value goes in as a parameter, never into SQL text.
/// </summary>
public sealed class RunStore
{
    public static class States
    {
        public const string Queued = "queued";
        public const string Running = "running";
        public const string Done = "done";
        public const string Failed = "failed";
        public const string Cancelled = "cancelled";
    }

    private readonly string _connection;

    public RunStore(string dataDirectory)
    {
        Directory.CreateDirectory(dataDirectory);
        _connection = new SqliteConnectionStringBuilder { DataSource = Path.Combine(dataDirectory, "socsim.db"), Pooling = true }.ToString();
        using SqliteConnection c = Open();
        Execute(c, """
            PRAGMA journal_mode = WAL;
            CREATE TABLE IF NOT EXISTS runs (seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE, kind TEXT NOT NULL,
                inputs TEXT NOT NULL, state TEXT NOT NULL, done INTEGER NOT NULL DEFAULT 0, total INTEGER NOT NULL DEFAULT 0, error TEXT);
            CREATE TABLE IF NOT EXISTS run_files (run_id TEXT NOT NULL, name TEXT NOT NULL, content BLOB NOT NULL, PRIMARY KEY (run_id, name));
            CREATE TABLE IF NOT EXISTS run_registers (run_id TEXT PRIMARY KEY, name TEXT NOT NULL, content BLOB NOT NULL);
            CREATE TABLE IF NOT EXISTS run_partials (run_id TEXT PRIMARY KEY, done INTEGER NOT NULL, total INTEGER NOT NULL, summary BLOB NOT NULL);
            CREATE TABLE IF NOT EXISTS scenarios (name TEXT PRIMARY KEY, base TEXT NOT NULL, sets TEXT NOT NULL);
            """);
    }

    /// <summary>Adds a queued run unless one with the same id exists; true when it was added (the caller queues it).</summary>
    public bool TryAdd(string id, string kind, string inputs, int total, (string Name, byte[] Content)? register = null)
    {
        using SqliteConnection c = Open();
        using SqliteTransaction t = c.BeginTransaction();
        int added = Execute(c, "INSERT OR IGNORE INTO runs (id, kind, inputs, state, total) VALUES ($id, $kind, $inputs, $state, $total)",
            ("$id", id), ("$kind", kind), ("$inputs", inputs), ("$state", States.Queued), ("$total", total));
        if (added == 1 && register is { } r)
        {
            Execute(c, "INSERT OR REPLACE INTO run_registers (run_id, name, content) VALUES ($id, $name, $content)", ("$id", id), ("$name", r.Name), ("$content", r.Content));
        }

        t.Commit();
        return added == 1;
    }

    /// <summary>A failed or cancelled run asked for again goes back to the queue; true when it did.</summary>
    public bool Requeue(string id)
    {
        using SqliteConnection c = Open();
        bool requeued = Execute(c, "UPDATE runs SET state = $queued, done = 0, error = NULL WHERE id = $id AND state IN ($failed, $cancelled)",
            ("$id", id), ("$queued", States.Queued), ("$failed", States.Failed), ("$cancelled", States.Cancelled)) == 1;
        if (requeued) Execute(c, "DELETE FROM run_partials WHERE run_id = $id", ("$id", id));
        return requeued;
    }

    public RunRecord? Find(string id)
    {
        using SqliteConnection c = Open();
        using SqliteCommand command = Command(c, "SELECT id, kind, inputs, state, done, total, error FROM runs WHERE id = $id", ("$id", id));
        using SqliteDataReader r = command.ExecuteReader();
        return r.Read() ? Record(r) : null;
    }

    /// <summary>The runs, newest first.</summary>
    public IReadOnlyList<RunRecord> List(int limit = 50)
    {
        using SqliteConnection c = Open();
        using SqliteCommand command = Command(c, "SELECT id, kind, inputs, state, done, total, error FROM runs ORDER BY seq DESC LIMIT $limit", ("$limit", limit));
        using SqliteDataReader r = command.ExecuteReader();
        var runs = new List<RunRecord>();
        while (r.Read()) runs.Add(Record(r));
        return runs;
    }

    /// <summary>The runs a restart must carry on with, oldest first: waiting or interrupted while running.</summary>
    public IReadOnlyList<string> Unfinished()
    {
        using SqliteConnection c = Open();
        // A run interrupted while running starts again from its first replicate: its partial results go with it.
        Execute(c, "DELETE FROM run_partials WHERE run_id IN (SELECT id FROM runs WHERE state = $running)", ("$running", States.Running));
        Execute(c, "UPDATE runs SET state = $queued WHERE state = $running", ("$queued", States.Queued), ("$running", States.Running));
        using SqliteCommand command = Command(c, "SELECT id FROM runs WHERE state = $queued ORDER BY seq", ("$queued", States.Queued));
        using SqliteDataReader r = command.ExecuteReader();
        var ids = new List<string>();
        while (r.Read()) ids.Add(r.GetString(0));
        return ids;
    }

    /// <summary>Moves a run on; false when it is no longer in <paramref name="from"/> (e.g. cancelled meanwhile).</summary>
    public bool Transition(string id, string from, string to, string? error = null)
    {
        using SqliteConnection c = Open();
        return Execute(c, "UPDATE runs SET state = $to, error = $error WHERE id = $id AND state = $from", ("$id", id), ("$from", from), ("$to", to), ("$error", error)) == 1;
    }

    public void Progress(string id, int done, int total)
    {
        using SqliteConnection c = Open();
        Execute(c, "UPDATE runs SET done = $done, total = $total WHERE id = $id", ("$id", id), ("$done", done), ("$total", total));
    }

    /// <summary>Stores the output files and marks the run done, in one transaction.</summary>
    public void Complete(string id, IReadOnlyDictionary<string, byte[]> files)
    {
        using SqliteConnection c = Open();
        using SqliteTransaction t = c.BeginTransaction();
        Execute(c, "DELETE FROM run_files WHERE run_id = $id", ("$id", id));
        foreach ((string name, byte[] content) in files.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            Execute(c, "INSERT INTO run_files (run_id, name, content) VALUES ($id, $name, $content)", ("$id", id), ("$name", name), ("$content", content));
        }

        Execute(c, "UPDATE runs SET state = $done, done = total, error = NULL WHERE id = $id", ("$id", id), ("$done", States.Done));
        Execute(c, "DELETE FROM run_partials WHERE run_id = $id", ("$id", id));
        t.Commit();
    }

    /// <summary>A running run's summary over the replicates done so far (results.json's format), replaced as more are done.</summary>
    public void SavePartial(string id, int done, int total, byte[] summary)
    {
        using SqliteConnection c = Open();
        Execute(c, "INSERT OR REPLACE INTO run_partials (run_id, done, total, summary) VALUES ($id, $done, $total, $summary)",
            ("$id", id), ("$done", done), ("$total", total), ("$summary", summary));
    }

    /// <summary>The latest partial summary of a run not yet done, with n of N; null when there is none.</summary>
    public (int Done, int Total, byte[] Summary)? Partial(string id)
    {
        using SqliteConnection c = Open();
        using SqliteCommand command = Command(c, "SELECT done, total, summary FROM run_partials WHERE run_id = $id", ("$id", id));
        using SqliteDataReader r = command.ExecuteReader();
        return r.Read() ? (r.GetInt32(0), r.GetInt32(1), (byte[])r["summary"]) : null;
    }

    /// <summary>A stored output file, looked up by name in the database (never a path on disk).</summary>
    public byte[]? File(string id, string name)
    {
        using SqliteConnection c = Open();
        using SqliteCommand command = Command(c, "SELECT content FROM run_files WHERE run_id = $id AND name = $name", ("$id", id), ("$name", name));
        return command.ExecuteScalar() as byte[];
    }

    public IReadOnlyList<string> FileNames(string id)
    {
        using SqliteConnection c = Open();
        using SqliteCommand command = Command(c, "SELECT name FROM run_files WHERE run_id = $id ORDER BY name", ("$id", id));
        using SqliteDataReader r = command.ExecuteReader();
        var names = new List<string>();
        while (r.Read()) names.Add(r.GetString(0));
        return names;
    }

    public (string Name, byte[] Content)? Register(string id)
    {
        using SqliteConnection c = Open();
        using SqliteCommand command = Command(c, "SELECT name, content FROM run_registers WHERE run_id = $id", ("$id", id));
        using SqliteDataReader r = command.ExecuteReader();
        return r.Read() ? (r.GetString(0), (byte[])r["content"]) : null;
    }

    public void SaveScenario(SavedScenario scenario)
    {
        using SqliteConnection c = Open();
        Execute(c, "INSERT OR REPLACE INTO scenarios (name, base, sets) VALUES ($name, $base, $sets)",
            ("$name", scenario.Name), ("$base", scenario.Base), ("$sets", System.Text.Json.JsonSerializer.Serialize(scenario.Sets)));
    }

    public IReadOnlyList<SavedScenario> SavedScenarios()
    {
        using SqliteConnection c = Open();
        using SqliteCommand command = Command(c, "SELECT name, base, sets FROM scenarios ORDER BY name");
        using SqliteDataReader r = command.ExecuteReader();
        var saved = new List<SavedScenario>();
        while (r.Read()) saved.Add(new SavedScenario(r.GetString(0), r.GetString(1), System.Text.Json.JsonSerializer.Deserialize<string[]>(r.GetString(2)) ?? []));
        return saved;
    }

    private static RunRecord Record(SqliteDataReader r) =>
        new(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetInt32(4), r.GetInt32(5), r.IsDBNull(6) ? null : r.GetString(6));

    private SqliteConnection Open()
    {
        var c = new SqliteConnection(_connection);
        c.Open();
        // Several workers and requests write at once: wait for the lock rather than fail.
        Execute(c, "PRAGMA busy_timeout = 10000;");
        return c;
    }

    private static SqliteCommand Command(SqliteConnection c, string sql, params (string Name, object? Value)[] parameters)
    {
        SqliteCommand command = c.CreateCommand();
        command.CommandText = sql;
        foreach ((string name, object? value) in parameters) command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return command;
    }

    private static int Execute(SqliteConnection c, string sql, params (string Name, object? Value)[] parameters)
    {
        using SqliteCommand command = Command(c, sql, parameters);
        return command.ExecuteNonQuery();
    }
}
