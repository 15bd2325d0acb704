using System.Text.Json;
using System.Text.Json.Serialization;

namespace Soc.Simulation.Model.Scenarios;

/// <summary>A KPI without a value in a run (no exhaustion, an empty group) is NaN in memory and null in JSON.</summary>
public sealed class NaNAsNullConverter : JsonConverter<double>
{
    public override double Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.Null ? double.NaN : reader.GetDouble();

    public override void Write(Utf8JsonWriter writer, double value, JsonSerializerOptions options)
    {
        if (double.IsNaN(value) || double.IsInfinity(value)) writer.WriteNullValue();
        else writer.WriteNumberValue(value);
    }
}
