using System;
using System.Globalization;
using System.Text.Json;
using Dataverse.LeadHandover.InMemory.Store;
using Dataverse.LeadHandover.Sandbox.Metadata;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.Sandbox.WebApi;

/// <summary>
/// Converts between Web API values and SDK values by the column's type, as Dataverse does: choices are numbers,
/// money is a decimal, dates are ISO 8601 in UTC, lookups are written only through <c>@odata.bind</c>.
/// </summary>
internal static class ODataValues
{
    /// <summary>The SDK value of a JSON property of a request body.</summary>
    public static object? FromJson(ColumnInfo column, JsonElement value)
    {
        ArgumentNullException.ThrowIfNull(column);
        if (value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        try
        {
            return column.Type switch
            {
                ColumnType.String or ColumnType.Memo => value.GetString(),
                ColumnType.Integer => value.GetInt32(),
                ColumnType.BigInt => value.GetInt64(),
                ColumnType.Decimal => value.GetDecimal(),
                ColumnType.Double => value.GetDouble(),
                ColumnType.Money => new Money(value.GetDecimal()),
                ColumnType.Boolean => value.GetBoolean(),
                ColumnType.DateTime => Time(value.GetString()),
                ColumnType.Picklist or ColumnType.State or ColumnType.Status => new OptionSetValue(value.GetInt32()),
                ColumnType.UniqueIdentifier => value.GetGuid(),
                ColumnType.Lookup or ColumnType.Owner or ColumnType.Customer => throw new ODataException(
                    "'" + column.LogicalName + "' is a lookup: set it with '" + column.LogicalName + "@odata.bind' and a path such as '/<entity set>(<id>)'."),
                _ => throw new ODataException("The sandbox's Web API subset does not write '" + column.LogicalName + "' columns."),
            };
        }
        catch (Exception exception) when (exception is InvalidOperationException or FormatException)
        {
            throw new ODataException("Cannot convert the value of '" + column.LogicalName + "' (" + value.GetRawText() + ") to the column's type (" + column.Type + ").", exception);
        }
    }

    /// <summary>The SDK value of a <c>$filter</c> literal (already unquoted when it was a string).</summary>
    public static object? FromLiteral(ColumnInfo column, string literal, bool quoted)
    {
        ArgumentNullException.ThrowIfNull(column);
        if (!quoted && literal == "null")
        {
            return null;
        }

        try
        {
            return column.Type switch
            {
                ColumnType.String or ColumnType.Memo => quoted ? literal : throw new FormatException("a text column compares with a quoted string"),
                ColumnType.Integer or ColumnType.Picklist or ColumnType.State or ColumnType.Status => int.Parse(literal, NumberStyles.Integer, CultureInfo.InvariantCulture),
                ColumnType.BigInt => long.Parse(literal, NumberStyles.Integer, CultureInfo.InvariantCulture),
                ColumnType.Decimal or ColumnType.Money => decimal.Parse(literal, NumberStyles.Number, CultureInfo.InvariantCulture),
                ColumnType.Double => double.Parse(literal, NumberStyles.Float, CultureInfo.InvariantCulture),
                ColumnType.Boolean => literal switch { "true" => true, "false" => false, _ => throw new FormatException("expected true or false") },
                ColumnType.DateTime => Time(literal),
                ColumnType.UniqueIdentifier or ColumnType.Lookup or ColumnType.Owner or ColumnType.Customer => Guid.Parse(literal, CultureInfo.InvariantCulture),
                _ => throw new FormatException("the column cannot be filtered here"),
            };
        }
        catch (Exception exception) when (exception is FormatException or OverflowException)
        {
            throw new ODataException("The $filter value '" + literal + "' does not fit '" + column.LogicalName + "' (" + column.Type + "): " + exception.Message + ".", exception);
        }
    }

    /// <summary>Writes an SDK value as Dataverse's Web API returns it.</summary>
    public static void Write(Utf8JsonWriter writer, object? value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string text:
                writer.WriteStringValue(text);
                break;
            case int number:
                writer.WriteNumberValue(number);
                break;
            case long number:
                writer.WriteNumberValue(number);
                break;
            case decimal number:
                writer.WriteNumberValue(number);
                break;
            case double number:
                writer.WriteNumberValue(number);
                break;
            case bool flag:
                writer.WriteBooleanValue(flag);
                break;
            case DateTime time:
                writer.WriteStringValue(DateTime.SpecifyKind(time, DateTimeKind.Utc).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture));
                break;
            case Guid id:
                writer.WriteStringValue(id.ToString("D"));
                break;
            case Money money:
                writer.WriteNumberValue(money.Value);
                break;
            case OptionSetValue option:
                writer.WriteNumberValue(option.Value);
                break;
            case EntityReference reference:
                writer.WriteStringValue(reference.Id.ToString("D"));
                break;
            default:
                writer.WriteStringValue(value.ToString());
                break;
        }
    }

    private static DateTime Time(string? text)
    {
        var parsed = DateTimeOffset.Parse(text ?? string.Empty, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
        return parsed.UtcDateTime;
    }
}
