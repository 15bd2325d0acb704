namespace Soc.Simulation.Participants;

/// <summary>What happened to a participant by the end of their insertion window.</summary>
public enum Outcome : byte
{
    Searching,
    Employed,
    BackToStudies,
}

/// <summary>
/// One participant as a compact record inside a cohort: profile, pathway and outcome. Months are indexes
/// from the horizon start. Many thousands live in one cohort grain (architecture: no grain per person).
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
    public int WindowEndMonth;
    public double HazardMultiplier;
    public double StudiesHazard;
    public Outcome Outcome;
    public int OutcomeMonth;
    public bool Permanent;
    /// <summary>The hire led to a subsidy application (the call decides whether it is granted).</summary>
    public bool AppliedForSubsidy;
    /// <summary>The hire happened because of the subsidy: not deadweight.</summary>
    public bool CausedBySubsidy;

    /// <summary>The programme whose area the participant's insertion counts for: the specialised one if any.</summary>
    public readonly int MainProgramme => SecondProgramme >= 0 ? SecondProgramme : FirstProgramme;
}
