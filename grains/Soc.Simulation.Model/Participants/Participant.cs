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
public struct Participant
{
    public int Number;
    public DateOnly BirthDate;
    public AgeBand AgeBand;
    public byte Education;
    public bool LongTermUnemployed;
    public int ArrivalMonth;
    /// <summary>Indexes of the programmes followed (-1: none), first the general step, then the specialised one.</summary>
    public sbyte FirstProgramme;
    public sbyte SecondProgramme;
    public int ServiceEndMonth;

    /// <summary>H1: insertion counts for a job that starts before this month (entry + the insertion window).</summary>
    public int InsertionEndMonth;

    /// <summary>A programme's own convention (C3): a job before this month (leaving + its reporting window).</summary>
    public int ReportingEndMonth;
    public double HazardMultiplier;
    public double StudiesHazard;
    public Outcome Outcome;
    public int OutcomeMonth;
    public bool Permanent;

    /// <summary>The same person in the twin world with no call money (H2).</summary>
    public Outcome WithoutCall;
    public int WithoutCallMonth;

    /// <summary>The programme whose area the participant's insertion counts for: the specialised one if any.</summary>
    public readonly int MainProgramme => SecondProgramme >= 0 ? SecondProgramme : FirstProgramme;

    /// <summary>The last month either window needs this person followed, exclusive.</summary>
    public readonly int TrackedUntilMonth => Math.Max(InsertionEndMonth, ReportingEndMonth);
}
