using System;
using System.Runtime.Serialization;
using System.Runtime.Serialization.Json;
using System.Text;
using System.Xml;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.Functions.Webhooks;

/// <summary>
/// Reads a webhook body the way Dataverse writes it: <see cref="RemoteExecutionContext"/> through
/// <see cref="DataContractJsonSerializer"/> (typed values by <c>__type</c> hint, <c>\/Date(…)\/</c> dates, collections
/// as key/value arrays), decoded as UTF-8 whatever the body claims.
/// </summary>
public static class RemoteContextReader
{
    private static readonly DataContractJsonSerializer Serializer = new(typeof(RemoteExecutionContext));

    /// <summary>
    /// The context, or <see langword="null"/> when <paramref name="body"/> is not one: not a JSON object, not
    /// readable as the contract, or without the members every Dataverse context has (organization, message, table).
    /// </summary>
    public static RemoteExecutionContext? Read(byte[] body)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (body.Length == 0)
        {
            return null;
        }

        try
        {
            using var reader = JsonReaderWriterFactory.CreateJsonReader(body, 0, body.Length, Encoding.UTF8, XmlDictionaryReaderQuotas.Max, null);

            // The serializer happily maps arrays and strings onto an empty contract; Dataverse only ever sends objects.
            if (!reader.Read() || reader.GetAttribute("type") != "object")
            {
                return null;
            }

            var context = Serializer.ReadObject(reader) as RemoteExecutionContext;
            return context is { OrganizationId: var organization, MessageName.Length: > 0, PrimaryEntityName.Length: > 0 }
                && organization != Guid.Empty
                ? context
                : null;
        }
        catch (SerializationException)
        {
            return null;
        }
        catch (XmlException)
        {
            // The JSON reader reports malformed JSON as XML errors.
            return null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
