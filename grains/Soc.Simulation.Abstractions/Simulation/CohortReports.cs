using Soc.Simulation.Abstractions.GrantCall;

namespace Soc.Simulation.Abstractions.Simulation;

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
/// A cohort's outcomes once every member's windows have closed. Counts are by group: "all", the age bands,
/// "long_term", "area:{area}" and "programme:{id}" (of the main programme), "none". Insertions and back to studies
/// are within the insertion window from entry (H1); <see cref="WithoutCallInsertions"/> are the same people's in the
/// twin world with no call money, on the same random numbers (H2); the reported counts follow each programme's own
/// convention, within its reporting window after leaving it (C3).
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
    [property: Id(8)] Dictionary<string, int> WithoutCallInsertions,
    [property: Id(9)] Dictionary<string, int> ReportedInsertions,
    [property: Id(10)] Dictionary<string, int> ReportedBackToStudies);

/// <summary>
/// What employers know of the call when they hire in a month (H4): whether it has money at all, and the day it ran out
/// as known at the end of the previous month. Employers stop counting on the grant some days after that (the news lag).
/// </summary>
[GenerateSerializer, Immutable, Alias("Soc.CallNews")]
public sealed record CallNews([property: Id(0)] bool HasMoney, [property: Id(1)] DateOnly? ExhaustedOn);
