using Dataverse.LeadHandover.Domain.Qualification;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Dataverse.LeadHandover.Domain.Tests.Qualification;

[TestClass]
public sealed class QualificationBypassTests
{
    private const string WhoMay = "Lead Handover Administrator, Lead Handover Integration or System Administrator roles";

    [TestMethod]
    [DataRow("Lead Handover Administrator")]
    [DataRow("Lead Handover Integration")]
    [DataRow("System Administrator")]
    [DataRow("system administrator")]
    public void Decide_AllowedRoleWithReason_IsAllowedAndKeepsTheReason(string role)
    {
        // Act
        var decision = QualificationBypass.Decide(new[] { "Salesperson", role }, "  Migrated from the legacy CRM, qualified there  ");

        // Assert
        Assert.IsTrue(decision.IsAllowed);
        Assert.AreEqual("Migrated from the legacy CRM, qualified there", decision.Reason);
        Assert.IsNull(decision.RefusalMessage);
    }

    [TestMethod]
    public void Decide_NoAllowedRole_IsRefusedSayingWhoMayBypass()
    {
        // Act
        var decision = QualificationBypass.Decide(new[] { "Salesperson", "Sales Manager" }, "Customer is waiting");

        // Assert
        Assert.IsFalse(decision.IsAllowed);
        Assert.IsNull(decision.Reason);
        Assert.AreEqual("You can't bypass the sales-ready checks: only users with the " + WhoMay + " can, and they must give a reason.", decision.RefusalMessage);
    }

    [TestMethod]
    [DataRow(null)]
    [DataRow("")]
    [DataRow("  \n\t ")]
    public void Decide_AllowedRoleWithoutReason_IsRefusedAskingForAReason(string? reason)
    {
        // Act
        var decision = QualificationBypass.Decide(new[] { "System Administrator" }, reason);

        // Assert
        Assert.IsFalse(decision.IsAllowed);
        Assert.AreEqual(
            "Give a reason to bypass the sales-ready checks: a bypass is allowed only with a reason, and only for users with the " + WhoMay + ".",
            decision.RefusalMessage);
    }

    [TestMethod]
    public void Decide_ConfiguredRoles_ReplaceTheDefaults()
    {
        // Arrange
        var allowed = new[] { "Marketing Operations" };

        // Act
        var admin = QualificationBypass.Decide(new[] { "System Administrator" }, allowed, "Import");
        var operations = QualificationBypass.Decide(new[] { "Marketing Operations" }, allowed, "Import");

        // Assert
        Assert.IsFalse(admin.IsAllowed);
        Assert.AreEqual("You can't bypass the sales-ready checks: only users with the Marketing Operations role can, and they must give a reason.", admin.RefusalMessage);
        Assert.IsTrue(operations.IsAllowed);
    }

    [TestMethod]
    public void Decide_NoRoleConfigured_IsAlwaysRefused()
    {
        // Act
        var decision = QualificationBypass.Decide(new[] { "System Administrator" }, System.Array.Empty<string>(), "Import");

        // Assert
        Assert.IsFalse(decision.IsAllowed);
        Assert.AreEqual("Bypassing the sales-ready checks is switched off: no role is allowed to bypass them, with or without a reason.", decision.RefusalMessage);
    }
}
