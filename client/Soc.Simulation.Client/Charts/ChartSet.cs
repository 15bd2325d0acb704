using System.Collections.Concurrent;

namespace Soc.Simulation.Client.Charts;

/// <summary>
/// The charts of a kind of results: every <see cref="IChartRecipe{TView}"/> of this assembly that applies, in their
/// order. <see cref="Files"/> gives the PNG and SVG files to add to an output folder.
/// </summary>
public static class ChartSet
{
    private static readonly ConcurrentDictionary<Type, object[]> RecipesByView = new();

    /// <summary>Every recipe that draws this kind of results, found once by reflection and kept in order.</summary>
    public static IReadOnlyList<IChartRecipe<TView>> Recipes<TView>() =>
        [.. RecipesByView.GetOrAdd(typeof(TView), _ => [.. typeof(ChartSet).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IChartRecipe<TView>).IsAssignableFrom(t))
            .Select(t => (IChartRecipe<TView>)Activator.CreateInstance(t)!)
            .OrderBy(r => r.Order).ThenBy(r => r.Name, StringComparer.Ordinal)])
            .Cast<IChartRecipe<TView>>()];

    /// <summary>The charts of these results, in the order the report shows them.</summary>
    public static IReadOnlyList<RenderedChart> For<TView>(TView view) =>
        [.. Recipes<TView>().Where(r => r.AppliesTo(view)).SelectMany(r => r.Render(view))];

    /// <summary>Each chart as <c>name.png</c> and <c>name.svg</c>, to add to an output folder.</summary>
    public static IReadOnlyList<(string FileName, byte[] Content)> Files(IEnumerable<RenderedChart> charts) => [.. charts.SelectMany(c => c.Files())];

    /// <summary>Every recipe class of the assembly and the kinds of results it draws, for the test that draws them all.</summary>
    public static IReadOnlyList<(Type Recipe, Type View)> All() =>
        [.. typeof(ChartSet).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false })
            .SelectMany(t => t.GetInterfaces().Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IChartRecipe<>))
                .Select(i => (t, i.GetGenericArguments()[0])))
            .OrderBy(x => x.t.Name, StringComparer.Ordinal).ThenBy(x => x.Item2.Name, StringComparer.Ordinal)];
}
