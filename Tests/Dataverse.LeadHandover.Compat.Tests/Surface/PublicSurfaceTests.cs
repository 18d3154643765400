using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Dataverse.LeadHandover.Compat.Tests.Surface;

/// <summary>
/// Compares every public stand-in type with the API listing of Microsoft's assemblies
/// (Microsoft.Xrm.Sdk as bundled in Microsoft.PowerPlatform.Dataverse.Client 1.1.17, Microsoft.Crm.Sdk.Proxy
/// 9.0.2.56, Microsoft.PowerPlatform.Dataverse.Client 1.1.17), embedded as MicrosoftPublicSurface.txt.
/// Reference pages: https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk and
/// https://learn.microsoft.com/dotnet/api/microsoft.powerplatform.dataverse.client.
/// </summary>
[TestClass]
public sealed class PublicSurfaceTests
{
    private static readonly MicrosoftListing Listing = MicrosoftListing.Load();

    /// <summary>
    /// Types stood in for the members this repository uses only. Their other members need types from discovery,
    /// MSAL and Microsoft.Rest that nothing here touches; every member they do declare is still held to Microsoft's
    /// listing by <see cref="EveryStandInMember_Exists_InMicrosoftsListing"/>.
    /// </summary>
    private static readonly HashSet<string> PartialStandIns = new(StringComparer.Ordinal)
    {
        "Microsoft.PowerPlatform.Dataverse.Client.ServiceClient",
        "Microsoft.PowerPlatform.Dataverse.Client.Extensions.GeneralExtensions",
        "Microsoft.PowerPlatform.Dataverse.Client.Utils.DataverseConnectionException",
        "Microsoft.PowerPlatform.Dataverse.Client.Utils.DataverseOperationException",
    };

    [TestMethod]
    public void EveryStandInType_Exists_InMicrosoftsListing()
    {
        var unknown = CompatTypes.MicrosoftShaped()
            .Select(PublicSurfaceFormatter.TypeName)
            .Where(name => !Listing.Contains(name))
            .ToList();

        Assert.IsEmpty(unknown, "Types Microsoft does not have: " + string.Join(", ", unknown));
    }

    [TestMethod]
    public void EveryStandInMember_Exists_InMicrosoftsListing()
    {
        var extra = new List<string>();
        foreach (var type in CompatTypes.MicrosoftShaped())
        {
            var expected = new HashSet<string>(Listing.MemberLines(PublicSurfaceFormatter.TypeName(type)), StringComparer.Ordinal);
            extra.AddRange(PublicSurfaceFormatter.MemberLines(type).Where(line => !expected.Contains(line)));
        }

        Assert.IsEmpty(extra, "Members that differ from Microsoft's:" + Environment.NewLine + string.Join(Environment.NewLine, extra));
    }

    [TestMethod]
    public void EveryMicrosoftMember_OfAStandInType_IsDeclared()
    {
        var missing = new List<string>();
        foreach (var type in CompatTypes.MicrosoftShaped().Where(t => !PartialStandIns.Contains(PublicSurfaceFormatter.TypeName(t))))
        {
            var actual = new HashSet<string>(PublicSurfaceFormatter.MemberLines(type), StringComparer.Ordinal);
            missing.AddRange(Listing.MemberLines(PublicSurfaceFormatter.TypeName(type)).Where(line => !actual.Contains(line)));
        }

        Assert.IsEmpty(missing, "Microsoft members the stand-ins lack:" + Environment.NewLine + string.Join(Environment.NewLine, missing));
    }

    [TestMethod]
    public void PartialStandIns_DeclareOnlySomeOfMicrosoftsMembers_AndAreAllStoodIn()
    {
        var standIns = CompatTypes.MicrosoftShaped().Select(PublicSurfaceFormatter.TypeName).ToHashSet(StringComparer.Ordinal);

        Assert.IsEmpty(PartialStandIns.Where(name => !standIns.Contains(name)).ToList(), "A partial stand-in listed here no longer exists.");
    }

    [TestMethod]
    public void EveryStandInType_Header_MatchesMicrosoftsKindBaseAndContract()
    {
        var differences = new List<string>();
        foreach (var type in CompatTypes.MicrosoftShaped())
        {
            var name = PublicSurfaceFormatter.TypeName(type);
            var expected = TypeLine.Parse(Listing.TypeLine(name));
            var header = PublicSurfaceFormatter.TypeHeader(type);
            var contract = PublicSurfaceFormatter.ContractAttribute(type);
            if (expected.Header != header || expected.Contract != contract)
            {
                differences.Add($"{name}: expected '{expected.Header} {expected.Contract}', got '{header} {contract}'");
            }

            var baseName = type.IsEnum ? "System.Int32" : type.BaseType is { } baseType ? PublicSurfaceFormatter.TypeName(baseType) : null;
            if (baseName != null && expected.Bases.FirstOrDefault() != baseName)
            {
                differences.Add($"{name}: expected base '{expected.Bases.FirstOrDefault()}', got '{baseName}'");
            }

            var interfaces = type.GetInterfaces().Select(PublicSurfaceFormatter.TypeName).ToHashSet(StringComparer.Ordinal);
            var missingInterfaces = expected.Bases.Skip(type.IsInterface ? 0 : 1).Where(i => !interfaces.Contains(i));
            differences.AddRange(missingInterfaces.Select(i => $"{name}: does not implement {i}"));
        }

        Assert.IsEmpty(differences, string.Join(Environment.NewLine, differences));
    }

    private sealed record TypeLine(string Header, IReadOnlyList<string> Bases, string Contract)
    {
        public static TypeLine Parse(string line)
        {
            var text = line.Substring(line.IndexOf("(type) ", StringComparison.Ordinal) + "(type) ".Length);
            var contractStart = text.IndexOf("  [", StringComparison.Ordinal);
            var contract = contractStart < 0 ? string.Empty : text.Substring(contractStart + 2);
            var declaration = contractStart < 0 ? text : text.Substring(0, contractStart);
            var colon = declaration.IndexOf(" : ", StringComparison.Ordinal);
            var header = colon < 0 ? declaration : declaration.Substring(0, colon);
            var bases = colon < 0 ? new List<string>() : SplitTopLevel(declaration.Substring(colon + 3));
            return new TypeLine(header, bases, contract);
        }

        private static List<string> SplitTopLevel(string list)
        {
            var parts = new List<string>();
            var depth = 0;
            var start = 0;
            for (var i = 0; i < list.Length; i++)
            {
                depth += list[i] == '<' ? 1 : list[i] == '>' ? -1 : 0;
                if (depth == 0 && list[i] == ',')
                {
                    parts.Add(list.Substring(start, i - start).Trim());
                    start = i + 1;
                }
            }

            parts.Add(list.Substring(start).Trim());
            return parts;
        }
    }
}
