using System;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.InMemory.Store.Persistence;

/// <summary>
/// One column value as a JSON object whose single property names its SDK type, so reading it back gives the same
/// type: <c>{"string":…}</c>, <c>{"int":…}</c>, <c>{"long":…}</c>, <c>{"decimal":…}</c>, <c>{"double":…}</c>,
/// <c>{"bool":…}</c>, <c>{"dateTime":"o-format, kind kept"}</c>, <c>{"guid":…}</c>, <c>{"money":…}</c>,
/// <c>{"choice":…}</c>, <c>{"choices":[…]}</c>, <c>{"lookup":{"table","id","name"}}</c>, <c>{"bytes":"base64"}</c>.
/// </summary>
internal static class StoredValueJson
{
    public static void Write(Utf8JsonWriter writer, string table, string column, object value)
    {
        writer.WriteStartObject();
        switch (value)
        {
            case string text:
                writer.WriteString("string", text);
                break;
            case int number:
                writer.WriteNumber("int", number);
                break;
            case long number:
                writer.WriteNumber("long", number);
                break;
            case decimal number:
                writer.WriteNumber("decimal", number);
                break;
            case double number:
                writer.WriteNumber("double", number);
                break;
            case bool flag:
                writer.WriteBoolean("bool", flag);
                break;
            case DateTime time:
                writer.WriteString("dateTime", time.ToString("o", CultureInfo.InvariantCulture));
                break;
            case Guid id:
                writer.WriteString("guid", id);
                break;
            case Money money:
                writer.WriteNumber("money", money.Value);
                break;
            case OptionSetValue option:
                writer.WriteNumber("choice", option.Value);
                break;
            case OptionSetValueCollection options:
                writer.WriteStartArray("choices");
                foreach (var option in options)
                {
                    writer.WriteNumberValue(option.Value);
                }

                writer.WriteEndArray();
                break;
            case EntityReference reference:
                writer.WriteStartObject("lookup");
                writer.WriteString("table", reference.LogicalName);
                writer.WriteString("id", reference.Id);
                if (reference.Name is not null)
                {
                    writer.WriteString("name", reference.Name);
                }

                writer.WriteEndObject();
                break;
            case byte[] bytes:
                writer.WriteBase64String("bytes", bytes);
                break;
            default:
                throw new NotSupportedException($"Column '{table}.{column}' holds a {value.GetType().Name}, which rows cannot be saved with.");
        }

        writer.WriteEndObject();
    }

    public static object Read(JsonElement element, string table, string column)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new JsonException($"Column '{table}.{column}' is not a typed value object.");
        }

        using var properties = element.EnumerateObject();
        if (!properties.MoveNext())
        {
            throw new JsonException($"Column '{table}.{column}' has no value.");
        }

        var value = properties.Current.Value;
        return properties.Current.Name switch
        {
            "string" => value.GetString()!,
            "int" => value.GetInt32(),
            "long" => value.GetInt64(),
            "decimal" => value.GetDecimal(),
            "double" => value.GetDouble(),
            "bool" => value.GetBoolean(),
            "dateTime" => DateTime.Parse(value.GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
            "guid" => value.GetGuid(),
            "money" => new Money(value.GetDecimal()),
            "choice" => new OptionSetValue(value.GetInt32()),
            "choices" => new OptionSetValueCollection(value.EnumerateArray().Select(option => new OptionSetValue(option.GetInt32())).ToList()),
            "lookup" => Reference(value),
            "bytes" => value.GetBytesFromBase64(),
            var type => throw new JsonException($"Column '{table}.{column}' has the unknown value type '{type}'."),
        };
    }

    private static EntityReference Reference(JsonElement value) =>
        new(value.GetProperty("table").GetString(), value.GetProperty("id").GetGuid())
        {
            Name = value.TryGetProperty("name", out var name) ? name.GetString() : null,
        };
}
