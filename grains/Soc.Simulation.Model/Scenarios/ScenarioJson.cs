using System.Text.Json;
using System.Text.Json.Serialization;

namespace Soc.Simulation.Scenarios;

/// <summary>The JSON conventions of scenario files and results: camelCase fields, snake_case enum values.</summary>
public static class ScenarioJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false), new NaNAsNullConverter() },
    };
}
