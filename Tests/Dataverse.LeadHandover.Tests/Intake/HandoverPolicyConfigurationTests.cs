using Dataverse.LeadHandover.Domain.Schema;
using Dataverse.LeadHandover.Tests.Builders;
using Dataverse.LeadHandover.Tests.Hosting;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Dataverse.LeadHandover.Tests.Intake;

/// <summary>The policy comes from the lh_HandoverPolicy environment variable: its current value overrides the shipped default, and a bad value stops intake with a message an admin can act on.</summary>
[TestClass]
public sealed class HandoverPolicyConfigurationTests
{
    [TestMethod]
    public void CreateLead_PolicyValueHasErrors_IsRefusedNamingTheVariableAndEachJsonPath()
    {
        var host = LeadHandoverHost.Create();
        var web = host.AddSource("Website");
        host.SetPolicy("""{ "tiers": [ { "name": "Hot", "default": true, "requires": ["contact.nmae"], "slaBusinessMinutes": 0 } ] }""");

        var message = PlatformFault.ExpectRefusal(() => host.Marketing.Create(LeadBuilder.QualifiedHot(web).Build()));

        StringAssert.Contains(message, EnvironmentVariableNames.HandoverPolicy);
        StringAssert.Contains(message, "$.tiers[0].requires[0]");
        StringAssert.Contains(message, "contact.name");
        StringAssert.Contains(message, "$.tiers[0].slaBusinessMinutes");
    }

    [TestMethod]
    public void CreateLead_PolicyValueRequiresOnlyANameForHot_AcceptsAThinHotLead()
    {
        var host = LeadHandoverHost.Create();
        var web = host.AddSource("Website");
        host.SetPolicy("""
            { "tiers": [
              { "name": "Hot", "leadQualityCodes": [1], "requires": ["contact.name"], "slaBusinessMinutes": 30,
                "minimumContactAttempts": { "count": 3, "withinDays": 5 }, "firstTouch": "phoneCall" },
              { "name": "Cold", "default": true, "requires": [], "slaBusinessMinutes": 480,
                "minimumContactAttempts": { "count": 1, "withinDays": 14 }, "firstTouch": "none" } ] }
            """);

        var id = host.Marketing.Create(LeadBuilder.Nurturing(web).Rated(1).SalesReady().Build());

        var saved = host.System.Retrieve(LeadSchema.EntityName, id, new ColumnSet(LeadSchema.Tier));
        Assert.AreEqual(LeadTier.Hot, saved.GetAttributeValue<OptionSetValue>(LeadSchema.Tier).Value);
    }
}
