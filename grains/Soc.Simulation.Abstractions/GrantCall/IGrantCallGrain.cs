namespace Soc.Simulation.Abstractions.GrantCall;

/// <summary>
/// One grant call of a run (key: "{run}/{call id}"). Registers applications in any order and decides them in registry
/// order when the clock moves; keeps the waiting list and reassigns freed money. Before its grants count it asks the
/// budget lines of its fiscal year and its employers (their grains), which may refuse.
/// </summary>
[Alias("Soc.IGrantCallGrain")]
public interface IGrantCallGrain : IGrainWithStringKey
{
    /// <summary>
    /// Opens the call with its parameters, charged to the lines of <paramref name="fiscalYear"/>. A call
    /// <paramref name="alone"/> is the only one charging its lines and granting to its employers, so it
    /// keeps their books itself (a register's replay); a portfolio's call finds its lines open in their grains and settles with them.
    /// </summary>
    [Alias("Open")]
    Task OpenAsync(CallParameters call, int fiscalYear, bool alone);

    /// <summary>Registers a batch of applications; they are decided when the clock reaches their day.</summary>
    [Alias("Register")]
    Task RegisterAsync(Immutable<Application[]> applications);

    /// <summary>
    /// Tells a portfolio's call what it shares with other calls: those employers' aid, those lines and those promoters'
    /// places it reads from and settles with their grains at each turn; the rest it keeps in its own books until it
    /// finishes. Comes before the call's registrations.
    /// </summary>
    [Alias("Share")]
    Task ShareAsync(Immutable<CallSharing> sharing);

    /// <summary>The day of the call's next event (null when its books are final), and of the next one others must wait for.</summary>
    [Alias("Peek")]
    Task<CallNext> PeekAsync();

    /// <summary>
    /// The call's turn from a day: it reads again what other calls changed since its last turn, decides and books every
    /// event up to and including <paramref name="through"/> (no one else acts before then), and settles its grants and
    /// movements with the employers and lines it shares.
    /// </summary>
    [Alias("Turn")]
    Task<CallTurn> TurnAsync(DateOnly through, Immutable<TurnNews> news);

    /// <summary>Settles now the grant changes of shared employers it has kept since its turns, before another call that may grant reads them.</summary>
    [Alias("SettleShared")]
    Task<CallTurn> SettleSharedAsync();

    /// <summary>The grants of the employers this call alone deals with (the others' are with their grains).</summary>
    [Alias("GetOwnAid")]
    Task<Immutable<Employers.HeldAid[]>> GetOwnAidAsync();

    /// <summary>The places of the promoters this call alone lists in its year (the shared ones' are with their grains).</summary>
    [Alias("GetOwnPromoters")]
    Task<Immutable<Promoters.PromoterPlaces[]>> GetOwnPromotersAsync();

    /// <summary>
    /// A call alone in one message: registers applications (maybe none), then decides and pays through
    /// <paramref name="day"/> (a register fed to the call as it arrives, day by day).
    /// </summary>
    [Alias("RegisterAndAdvance")]
    Task<CallStatus> RegisterAndAdvanceAsync(Immutable<Application[]> applications, DateOnly day);

    /// <summary>Runs the call to its last payment and returns the call-level figures.</summary>
    [Alias("Finish")]
    Task<CallSummary> FinishAsync();

    /// <summary>The call's figures, its decisions in registry order and its own line books by month.</summary>
    [Alias("GetResult")]
    Task<Immutable<CallResult>> GetResultAsync(string callId);

    /// <summary>Ends the call run: the grain deactivates.</summary>
    [Alias("Close")]
    Task CloseAsync();

    /// <summary>The decisions so far, in registry order.</summary>
    [Alias("GetDecisions")]
    Task<Immutable<AwardDecision[]>> GetDecisionsAsync();
}

/// <summary>What other calls changed since a call's last turn: which employers' aid, which lines (as "{year}/{code}") and promoters (as "{year}/{id}").</summary>
[GenerateSerializer, Immutable, Alias("Soc.TurnNews")]
public sealed record TurnNews(
    [property: Id(0)] string[] Employers,
    [property: Id(1)] string[] Lines,
    [property: Id(2)] string[] Promoters)
{
    public static readonly TurnNews None = new([], [], []);
}

/// <summary>What a call shares with the other calls of its portfolio: employers, lines as "{year}/{code}", promoters as "{year}/{id}".</summary>
[GenerateSerializer, Immutable, Alias("Soc.CallSharing")]
public sealed record CallSharing(
    [property: Id(0)] string[] Employers,
    [property: Id(1)] string[] Lines,
    [property: Id(2)] string[] Promoters);

/// <summary>
/// What a call's turn settled that others share, for their next turns; the day of its next event; and whether it keeps
/// shared employers' changes not settled yet (it settles them when a call that may grant is about to read them).
/// </summary>
[GenerateSerializer, Immutable, Alias("Soc.CallTurn")]
public sealed record CallTurn(
    [property: Id(0)] DateOnly? NextDay,
    [property: Id(1)] string[] Employers,
    [property: Id(2)] string[] Lines,
    [property: Id(3)] CallStatus Status,
    [property: Id(4)] bool KeepsSharedChanges = false,
    [property: Id(5)] string[]? Promoters = null,
    [property: Id(6)] DateOnly? NextSharedDay = null);

/// <summary>
/// The day of a call's next event, and the next day on which it may read or change what it shares with other calls (null:
/// never again, or it shares nothing): another call's turn may run up to the day before, since nothing it shares moves
/// meanwhile. A call that shares a line posts every movement on it, payments too, in date order: its next event. One that
/// shares only employers or promoters moves them only when it decides or frees money: its next event other than a justification.
/// </summary>
[GenerateSerializer, Immutable, Alias("Soc.CallNext")]
public sealed record CallNext(
    [property: Id(0)] DateOnly? EventDay,
    [property: Id(1)] DateOnly? SharedDay);
