using Soc.Simulation.Web.Storage;

namespace Soc.Simulation.Web.Pages;

/// <summary>The stored runs, newest first.</summary>
public sealed class RunsModel(RunStore store) : LocalizedPage
{
    public IReadOnlyList<RunRecord> All => store.List();
}
