using Soc.Simulation.GrantCall;

namespace Soc.Simulation.Simulation;

/// <summary>
/// What a cohort did in one month: arrivals, members in a programme or an insertion window (active), hires,
/// the subsidy applications its hires led to, and what the services spent on the month's arrivals by funding
/// source (C1), booked when a place is taken.
/// </summary>
[GenerateSerializer, Immutable, Alias("Soc.CohortStepReport")]
public sealed record CohortStepReport(
    [property: Id(0)] int Arrivals,
    [property: Id(1)] int Active,
    [property: Id(2)] int Hires,
    [property: Id(3)] Application[] Applications,
    [property: Id(4)] decimal ServiceSpendingSocEur,
    [property: Id(5)] decimal ServiceSpendingCityCouncilEur);

/// <summary>
/// A cohort's outcomes once every member's insertion window has closed. Counts are by group: "all",
/// the age bands, "long_term", "area:{area}" and "programme:{id}" (of the main programme), "none".
/// </summary>
[GenerateSerializer, Immutable, Alias("Soc.CohortReport")]
public sealed record CohortReport(
    [property: Id(0)] string District,
    [property: Id(1)] Dictionary<string, int> Participants,
    [property: Id(2)] Dictionary<string, int> Insertions,
    [property: Id(3)] Dictionary<string, int> BackToStudies,
    [property: Id(4)] int PermanentInsertions,
    [property: Id(5)] int GuidanceUsers,
    [property: Id(6)] int[] PlacesUsed,
    [property: Id(7)] string[] CausedApplications);
