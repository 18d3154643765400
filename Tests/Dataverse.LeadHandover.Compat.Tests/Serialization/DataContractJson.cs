using System.IO;
using System.Runtime.Serialization.Json;
using System.Text;

namespace Dataverse.LeadHandover.Compat.Tests.Serialization;

/// <summary>The serializer Dataverse uses for webhook and Service Bus JSON bodies.</summary>
internal static class DataContractJson
{
    public static string Write<T>(T value)
    {
        using var stream = new MemoryStream();
        new DataContractJsonSerializer(typeof(T)).WriteObject(stream, value);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    public static T Read<T>(string json)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
        return (T)new DataContractJsonSerializer(typeof(T)).ReadObject(stream)!;
    }
}
