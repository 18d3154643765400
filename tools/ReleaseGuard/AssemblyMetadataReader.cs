using System;
using System.Reflection.Metadata;

namespace Dataverse.LeadHandover.ReleaseGuard;

/// <summary>Decodes [AssemblyMetadata(key, value)] without loading the assembly (it may target another runtime).</summary>
internal static class AssemblyMetadataReader
{
    public static bool TryRead(MetadataReader reader, CustomAttribute attribute, out string? key, out string? value)
    {
        key = null;
        value = null;
        if (attribute.Constructor.Kind != HandleKind.MemberReference)
        {
            return false;
        }

        var constructor = reader.GetMemberReference((MemberReferenceHandle)attribute.Constructor);
        if (constructor.Parent.Kind != HandleKind.TypeReference)
        {
            return false;
        }

        var type = reader.GetTypeReference((TypeReferenceHandle)constructor.Parent);
        if (reader.GetString(type.Name) != "AssemblyMetadataAttribute" || reader.GetString(type.Namespace) != "System.Reflection")
        {
            return false;
        }

        // Blob layout of a custom attribute: prolog 0x0001, then each fixed string argument (ECMA-335 II.23.3).
        var blob = reader.GetBlobReader(attribute.Value);
        if (blob.ReadUInt16() != 1)
        {
            return false;
        }

        key = blob.ReadSerializedString();
        value = blob.ReadSerializedString();
        return key is not null && !string.Equals(key, string.Empty, StringComparison.Ordinal);
    }
}
