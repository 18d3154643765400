using System;
using System.Collections.Generic;
using System.Linq;
using Dataverse.LeadHandover.Domain.Schema;
using Dataverse.LeadHandover.Solution.Tests.Source;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Dataverse.LeadHandover.Solution.Tests.Tables;

/// <summary>
/// Global choices are numbered from the publisher's option value prefix (72510 → 725100000, 725100001, …) in the
/// order the schema contract lists them.
/// </summary>
[TestClass]
public sealed class OptionSetTests
{
    [TestMethod]
    public void EveryGlobalChoice_IsNumberedFromThePublisherPrefixInOrder()
    {
        var prefix = int.Parse((string)SolutionModel.Manifest.Element("Publisher")!.Element("CustomizationOptionValuePrefix")!, System.Globalization.CultureInfo.InvariantCulture);
        var problems = new List<string>();
        foreach (var file in SolutionFiles.Find("OptionSets", "*.xml"))
        {
            var optionSet = SolutionFiles.Xml(file).Root!;
            var values = optionSet.Element("options")!.Elements("option").Select(o => (int)o.Attribute("value")!).ToList();
            var expected = Enumerable.Range(0, values.Count).Select(i => (prefix * 10000) + i).ToList();
            if (!values.SequenceEqual(expected))
            {
                problems.Add($"{file}: values [{string.Join(", ", values)}]");
            }

            if ((string?)optionSet.Element("IsGlobal") != "1" || (string?)optionSet.Element("OptionSetType") != "picklist")
            {
                problems.Add($"{file}: must be a global picklist");
            }
        }

        Problems.AssertNone(problems);
    }

    [TestMethod]
    [DataRow("lh_leadtier", LeadTier.Hot, "Hot")]
    [DataRow("lh_leadtier", LeadTier.Warm, "Warm")]
    [DataRow("lh_leadtier", LeadTier.Cold, "Cold")]
    [DataRow("lh_sourcechannel", SourceChannel.WebForm, "Web form")]
    [DataRow("lh_sourcechannel", SourceChannel.MarketingAutomation, "Marketing automation")]
    [DataRow("lh_sourcechannel", SourceChannel.Other, "Other")]
    [DataRow("lh_handoverstatus", HandoverStatus.Awaiting, "Awaiting acknowledgement")]
    [DataRow("lh_handoverstatus", HandoverStatus.Expired, "Expired")]
    [DataRow("lh_notificationstatus", NotificationStatus.NotConfigured, "Not configured")]
    [DataRow("lh_availability", Availability.Offline, "Offline")]
    [DataRow("lh_assignmentkind", AssignmentKind.ManagerChoice, "Manager choice")]
    public void ChoiceValue_HasTheContractLabel(string optionSet, int value, string label)
    {
        var option = SolutionFiles.Xml($"OptionSets/{optionSet}.xml").Root!.Element("options")!.Elements("option")
            .Single(o => (int)o.Attribute("value")! == value);

        Assert.AreEqual(label, (string?)option.Element("labels")!.Elements("label").Single().Attribute("description"));
    }

    [TestMethod]
    public void LeadTier_ValuesAreTheContractValues()
    {
        Assert.AreEqual(725100000, LeadTier.Hot);
        Assert.AreEqual(725100001, LeadTier.Warm);
        Assert.AreEqual(725100002, LeadTier.Cold);
    }
}
