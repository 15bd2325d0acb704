using System.Text.RegularExpressions;

namespace Soc.Simulation.Tests.Architecture;

/// <summary>
/// Inside a project, folders (= namespaces) depend on each other in one direction (issue 12). Read from the
/// sources' using directives, which the build keeps exact (an unnecessary using is an error, IDE0005).
/// </summary>
public partial class FolderCycleTests
{
    public static TheoryData<string> Projects() =>
    [
        "grains/Soc.Simulation.Abstractions", "grains/Soc.Simulation.Model", "grains/Soc.Simulation.Grains",
        "grains/Soc.Simulation.Analysis", "silo/Soc.Simulation.Hosting", "client/Soc.Simulation.Client", "client/Soc.Simulation.Web",
    ];

    [Theory]
    [MemberData(nameof(Projects))]
    public void Folders_depend_on_each_other_in_one_direction(string project)
    {
        Assert.Empty(CyclesOf(project).Select(c => string.Join(" <-> ", c)));
    }

    [Fact]
    public void A_cycle_is_found()
    {
        // The check itself: two folders of a scratch project that use each other.
        string dir = TestPaths.TempDir();
        Directory.CreateDirectory(Path.Combine(dir, "A"));
        Directory.CreateDirectory(Path.Combine(dir, "B"));
        File.WriteAllText(Path.Combine(dir, "A", "X.cs"), "using P.B;\n\nnamespace P.A;\n");
        File.WriteAllText(Path.Combine(dir, "B", "Y.cs"), "using P.A;\n\nnamespace P.B;\n");
        File.WriteAllText(Path.Combine(dir, "Z.cs"), "namespace P;\n");

        Assert.Equal([["A", "B"]], CyclesOf(dir));
    }

    private static IEnumerable<string[]> CyclesOf(string project)
    {
        string dir = Path.IsPathRooted(project) ? project : Path.Combine(TestPaths.Root, project);
        var uses = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        string? root = null;
        foreach (string file in Directory.EnumerateFiles(dir, "*.cs", SearchOption.AllDirectories))
        {
            string relative = Path.GetRelativePath(dir, file);
            if (relative.StartsWith("bin", StringComparison.Ordinal) || relative.StartsWith("obj", StringComparison.Ordinal)) continue;
            string text = File.ReadAllText(file);
            Match ns = Namespace().Match(text);
            if (!ns.Success) continue;
            string own = ns.Groups[1].Value;
            root ??= ProjectRoot(own, relative);
            if (!uses.TryGetValue(own, out HashSet<string>? used)) uses[own] = used = [];
            foreach (Match u in Using().Matches(text)) used.Add(u.Groups[1].Value);
        }

        // A using names a namespace, or (an alias) a type: the longest namespace of the project it starts with.
        string? FolderOf(string name) => uses.Keys.Where(n => name == n || name.StartsWith(n + ".", StringComparison.Ordinal))
            .OrderByDescending(n => n.Length).FirstOrDefault();
        var edges = uses.ToDictionary(kv => kv.Key, kv => kv.Value.Select(FolderOf).OfType<string>().Where(f => f != kv.Key).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);

        string Short(string n) => n.Length > root!.Length ? n[(root.Length + 1)..] : n;
        return StronglyConnected(edges).Where(c => c.Count > 1)
            .Select(c => c.Select(Short).Order(StringComparer.Ordinal).ToArray())
            .OrderBy(c => c[0], StringComparer.Ordinal);
    }

    /// <summary>The project's root namespace: a file's namespace less its folders.</summary>
    private static string ProjectRoot(string ns, string relativeFile)
    {
        int depth = relativeFile.Count(c => c == Path.DirectorySeparatorChar);
        string[] parts = ns.Split('.');
        return string.Join('.', parts.Take(parts.Length - depth));
    }

    /// <summary>Tarjan's strongly connected components.</summary>
    private static List<List<string>> StronglyConnected(Dictionary<string, HashSet<string>> edges)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var low = new Dictionary<string, int>(StringComparer.Ordinal);
        var stack = new Stack<string>();
        var onStack = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<List<string>>();
        int next = 0;

        void Visit(string v)
        {
            index[v] = low[v] = next++;
            stack.Push(v);
            onStack.Add(v);
            foreach (string w in edges.GetValueOrDefault(v) ?? [])
            {
                if (!index.ContainsKey(w))
                {
                    Visit(w);
                    low[v] = Math.Min(low[v], low[w]);
                }
                else if (onStack.Contains(w))
                {
                    low[v] = Math.Min(low[v], index[w]);
                }
            }

            if (low[v] != index[v]) return;
            var component = new List<string>();
            string x;
            do
            {
                x = stack.Pop();
                onStack.Remove(x);
                component.Add(x);
            }
            while (x != v);
            result.Add(component);
        }

        foreach (string v in edges.Keys.Order(StringComparer.Ordinal)) if (!index.ContainsKey(v)) Visit(v);
        return result;
    }

    [GeneratedRegex(@"^namespace ([\w.]+);", RegexOptions.Multiline)]
    private static partial Regex Namespace();

    [GeneratedRegex(@"^using (?:\w+ = )?([\w.]+);", RegexOptions.Multiline)]
    private static partial Regex Using();
}
