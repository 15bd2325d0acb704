using System.Reflection;

namespace Soc.Simulation.Tests.Architecture;

/// <summary>
/// The Model is the domain in plain C# (architecture.md): testable and benchmarkable without a silo. Its assembly
/// references nothing of Orleans, in fact and not only in letter (no code generator, no global usings).
/// </summary>
public class ModelIsOrleansFreeTests
{
    private static readonly Assembly Model = typeof(Soc.Simulation.Model.GrantCall.GrantCallEngine).Assembly;

    [Fact]
    public void The_model_references_no_orleans_assembly()
    {
        string[] references = [.. Model.GetReferencedAssemblies().Select(a => a.Name!)];

        Assert.Contains("Soc.Simulation.Abstractions", references);
        Assert.DoesNotContain(references, r => r.StartsWith("Orleans", StringComparison.Ordinal) || r.StartsWith("Microsoft.Orleans", StringComparison.Ordinal));
    }

    [Fact]
    public void The_model_has_no_orleans_generated_code()
    {
        Assert.DoesNotContain(Model.GetTypes(), t => t.Namespace?.StartsWith("OrleansCodeGen", StringComparison.Ordinal) == true);
        Assert.DoesNotContain(Model.GetCustomAttributes(), a => a.GetType().Namespace?.StartsWith("Orleans", StringComparison.Ordinal) == true);
    }
}
