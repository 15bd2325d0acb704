namespace Soc.Simulation.Client.Charts;

/// <summary>Recipe: the Morris screening of a sensitivity analysis (drawn by <see cref="TornadoChart.RenderMorris"/>, which shares its layout).</summary>
public sealed class MorrisChart : IChartRecipe<SensitivityView>
{
    public string Name => TornadoChart.MorrisName;

    public string Description => "μ*, the mean absolute elementary effect of each parameter on the KPI over random trajectories, with μ and σ.";

    public int Order => 10;

    public bool AppliesTo(SensitivityView view) => view.Summary.Morris is not null;

    public IEnumerable<RenderedChart> Render(SensitivityView view) => [TornadoChart.RenderMorris(view.Summary)];
}
