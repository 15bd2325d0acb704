namespace Soc.Simulation.Abstractions.Scenarios;

/// <summary>
/// The service areas of the convention (C3). Scenario files spell them in snake_case (<c>employment_promotion</c>).
/// Guidance, qualification and employment promotion take participants; attention to companies and local
/// development serve employers and the territory (see <see cref="ServiceAreas.ServesParticipants"/>).
/// </summary>
[GenerateSerializer, Alias("Soc.ServiceArea")]
public enum ServiceArea
{
    Guidance,
    Qualification,
    EmploymentPromotion,
    AttentionToCompanies,
    LocalDevelopment,
}

/// <summary>What each service area is: its file name, and whom it serves.</summary>
public static class ServiceAreas
{
    /// <summary>
    /// True for the areas whose programmes take participants (places, pathway steps, insertion by area); false for
    /// those that serve employers and the territory, whose effect multiplies every participant's hazard.
    /// </summary>
    public static bool ServesParticipants(this ServiceArea area) => area is not (ServiceArea.AttentionToCompanies or ServiceArea.LocalDevelopment);

    /// <summary>The area as scenario files and KPI names spell it: guidance, employment_promotion…</summary>
    public static string Name(this ServiceArea area) => area switch
    {
        ServiceArea.Guidance => "guidance",
        ServiceArea.Qualification => "qualification",
        ServiceArea.EmploymentPromotion => "employment_promotion",
        ServiceArea.AttentionToCompanies => "attention_to_companies",
        ServiceArea.LocalDevelopment => "local_development",
        _ => throw new ArgumentOutOfRangeException(nameof(area)),
    };
}
