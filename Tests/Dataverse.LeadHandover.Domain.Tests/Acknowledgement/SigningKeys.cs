using System.Linq;

namespace Dataverse.LeadHandover.Domain.Tests.Acknowledgement;

/// <summary>Fixed, obviously fake signing keys.</summary>
internal static class SigningKeys
{
    public static byte[] Primary => Enumerable.Range(1, 32).Select(i => (byte)i).ToArray();

    public static byte[] Other => Enumerable.Range(101, 32).Select(i => (byte)i).ToArray();
}
