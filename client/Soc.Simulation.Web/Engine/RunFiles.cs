using Soc.Simulation.Model.Kpis;
using Soc.Simulation.Web.Languages;

namespace Soc.Simulation.Web.Engine;

/// <summary>
/// The names of a run's files: the command line's (in English, its bytes), and report.html and the charts again in
/// Catalan and Spanish as <c>ca/report.html</c>, <c>es/budget.png</c>…, so that a download follows the page's
/// language. A name is a key in the database, never a path.
/// </summary>
public static class RunFiles
{
    /// <summary>The languages the engine writes the human-facing files in besides English.</summary>
    public static readonly IReadOnlyList<Language> Translated = [Language.Ca, Language.Es];

    public static string In(Language language, string name) => $"{Lang.Code(language)}/{name}";

    /// <summary>True for a translation, which the lists of files leave out: it is the same file in another language.</summary>
    public static bool IsTranslation(string name) => name.Contains('/', StringComparison.Ordinal);
}
