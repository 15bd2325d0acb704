namespace Soc.Simulation.Model.Participants;

/// <summary>What happened to a participant: still searching, or the first of a job or going back to studies.</summary>
public enum Outcome : byte
{
    Searching,
    Employed,
    BackToStudies,
}

/// <summary>
/// One participant as a compact record inside a cohort: profile, pathway, windows and outcomes. Months are indexes
/// from the horizon start. Many thousands live in one cohort grain (architecture: no grain per person). Each person
/// lives in two worlds on the same random numbers: with the call as the scenario has it, and the twin world with no
/// call money (H2), where the subsidy causes no hire.
/// </summary>
// The fields the monthly step reads for every member come first, together (a Barcelona replicate steps 344,000
// member-months); what only arrivals, hires and the final report read comes after.
public struct Participant
{
    /// <summary>The participant's key for the monthly counter-based draws (<see cref="Randomness.CounterRandom.ParticipantKey"/>).</summary>
    public ulong DrawKey;

    /// <summary>The monthly job hazard outside programmes: the age band's base hazard times every multiplier of the profile and pathway.</summary>
    public double JobHazard;
    public double StudiesHazard;
    public int ArrivalMonth;

    /// <summary>The last month either window needs this person followed, exclusive: the later of the two window ends.</summary>
    public int TrackedUntilMonth;
    public int ServiceEndMonth;
    public Outcome Outcome;

    /// <summary>The same person in the twin world with no call money (H2).</summary>
    public Outcome WithoutCall;
    public int OutcomeMonth;
    public int WithoutCallMonth;

    public int Number;
    public DateOnly BirthDate;

    /// <summary>H1: insertion counts for a job that starts before this month (entry + the insertion window).</summary>
    public int InsertionEndMonth;

    /// <summary>A programme's own convention (C3): a job before this month (leaving + its reporting window).</summary>
    public int ReportingEndMonth;
    public AgeBand AgeBand;
    public byte Education;
    public bool LongTermUnemployed;

    /// <summary>Indexes of the programmes followed (-1: none), first the general step, then the specialised one.</summary>
    public sbyte FirstProgramme;
    public sbyte SecondProgramme;
    public bool Permanent;

    /// <summary>The programme whose area the participant's insertion counts for: the specialised one if any.</summary>
    public readonly int MainProgramme => SecondProgramme >= 0 ? SecondProgramme : FirstProgramme;
}
