using Dataverse.LeadHandover.Domain.Intake;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Dataverse.LeadHandover.Domain.Tests.Intake;

/// <summary>
/// Option values and English labels of the lead choice columns, as published in the Lead
/// table/entity reference: https://learn.microsoft.com/dynamics365/sales/developer/entities/lead
/// </summary>
[TestClass]
public sealed class LeadChoiceLabelsTests
{
    [TestMethod]
    [DataRow(0, "Must have")]
    [DataRow(1, "Should have")]
    [DataRow(2, "Good to have")]
    [DataRow(3, "No need")]
    public void Need_OutOfTheBoxValue_HasLearnLabel(int value, string label) =>
        Assert.AreEqual(label, LeadChoiceLabels.Need(value));

    [TestMethod]
    [DataRow(0, "Immediate")]
    [DataRow(1, "This Quarter")]
    [DataRow(2, "Next Quarter")]
    [DataRow(3, "This Year")]
    [DataRow(4, "Unknown")]
    public void PurchaseTimeframe_OutOfTheBoxValue_HasLearnLabel(int value, string label) =>
        Assert.AreEqual(label, LeadChoiceLabels.PurchaseTimeframe(value));

    [TestMethod]
    [DataRow(0, "No Committed Budget")]
    [DataRow(1, "May Buy")]
    [DataRow(2, "Can Buy")]
    [DataRow(3, "Will Buy")]
    public void BudgetStatus_OutOfTheBoxValue_HasLearnLabel(int value, string label) =>
        Assert.AreEqual(label, LeadChoiceLabels.BudgetStatus(value));

    [TestMethod]
    [DataRow(0, "Individual")]
    [DataRow(1, "Committee")]
    [DataRow(2, "Unknown")]
    public void PurchaseProcess_OutOfTheBoxValue_HasLearnLabel(int value, string label) =>
        Assert.AreEqual(label, LeadChoiceLabels.PurchaseProcess(value));

    [TestMethod]
    [DataRow(1, "Hot")]
    [DataRow(2, "Warm")]
    [DataRow(3, "Cold")]
    public void LeadQuality_OutOfTheBoxValue_HasLearnLabel(int value, string label) =>
        Assert.AreEqual(label, LeadChoiceLabels.LeadQuality(value));

    [TestMethod]
    [DataRow(1, "Advertisement")]
    [DataRow(2, "Employee Referral")]
    [DataRow(3, "External Referral")]
    [DataRow(4, "Partner")]
    [DataRow(5, "Public Relations")]
    [DataRow(6, "Seminar")]
    [DataRow(7, "Trade Show")]
    [DataRow(8, "Web")]
    [DataRow(9, "Word of Mouth")]
    [DataRow(10, "Other")]
    public void LeadSource_OutOfTheBoxValue_HasLearnLabel(int value, string label) =>
        Assert.AreEqual(label, LeadChoiceLabels.LeadSource(value));

    [TestMethod]
    [DataRow(1, "Accounting")]
    [DataRow(7, "Consulting")]
    [DataRow(11, "Doctor's Offices and Clinics")]
    [DataRow(26, "SIG Affiliations")]
    [DataRow(33, "Wholesale")]
    public void Industry_OutOfTheBoxValue_HasLearnLabel(int value, string label) =>
        Assert.AreEqual(label, LeadChoiceLabels.Industry(value));

    [TestMethod]
    [DataRow(-1)]
    [DataRow(34)]
    [DataRow(100000000)]
    public void Industry_ValueWithoutOutOfTheBoxOption_ReturnsNull(int value) =>
        Assert.IsNull(LeadChoiceLabels.Industry(value));

    [TestMethod]
    public void LeadQuality_NoValueOrZero_ReturnsNull()
    {
        Assert.IsNull(LeadChoiceLabels.LeadQuality(null));
        Assert.IsNull(LeadChoiceLabels.LeadQuality(0));
        Assert.IsNull(LeadChoiceLabels.LeadSource(0));
    }
}
