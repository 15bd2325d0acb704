using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Soc.Simulation.Model.Scenarios;

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
        // The reflection resolver System.Text.Json would pick anyway, named so that ScenarioContract can ask for the
        // contract (GetTypeInfo) before anything has been serialized with these options.
        TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
    };

    /// <summary>How scenario text is read: // comments, no trailing commas, and a key given twice is an error (not a crash).</summary>
    public static readonly JsonDocumentOptions Document = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = false,
        AllowDuplicateProperties = false,
    };
}
