using System.Linq;
using CsCheck;
using Dataverse.LeadHandover.Domain.Intake;
using Dataverse.LeadHandover.Domain.Qualification;
using Dataverse.LeadHandover.Domain.Tests.Builders;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Dataverse.LeadHandover.Domain.Tests.Intake;

[TestClass]
public sealed class LeadNormaliserTests
{
    [TestMethod]
    public void Normalise_AlreadyTidyLead_ReturnsSameFactsAndNoChangedFields()
    {
        // Arrange
        var lead = LeadFactsBuilder.Complete().Build();

        // Act
        var result = LeadNormaliser.Normalise(lead);

        // Assert
        Assert.AreSame(lead, result.Facts);
        Assert.IsFalse(result.HasChanges);
        Assert.IsEmpty(result.ChangedFields);
    }

    [TestMethod]
    [DataRow("  Contoso   Ltd  ", "Contoso Ltd")]
    [DataRow("Contoso\tLtd", "Contoso Ltd")]
    [DataRow("Contoso\r\n Ltd", "Contoso Ltd")]
    [DataRow("Contoso\u00a0\u00a0Ltd", "Contoso Ltd")]
    [DataRow("   ", null)]
    [DataRow("", null)]
    public void Normalise_SingleLineField_TrimsCollapsesAndBlanksToNull(string raw, string? expected)
    {
        // Arrange
        var lead = LeadFactsBuilder.Complete().With(l => l with { CompanyName = raw }).Build();

        // Act
        var result = LeadNormaliser.Normalise(lead);

        // Assert
        Assert.AreEqual(expected, result.Facts.CompanyName);
        CollectionAssert.AreEqual(new[] { LeadTextField.CompanyName }, result.ChangedFields.ToArray());
    }

    [TestMethod]
    [DataRow(" Avery.Quinn@Contoso.EXAMPLE ", "avery.quinn@contoso.example")]
    [DataRow("AVERY@CONTOSO.EXAMPLE", "avery@contoso.example")]
    public void Normalise_Email_IsTrimmedAndLowerCased(string raw, string expected)
    {
        // Arrange
        var lead = LeadFactsBuilder.Complete().With(l => l with { Email = raw }).Build();

        // Act
        var result = LeadNormaliser.Normalise(lead);

        // Assert
        Assert.AreEqual(expected, result.Facts.Email);
        CollectionAssert.AreEqual(new[] { LeadTextField.Email }, result.ChangedFields.ToArray());
    }

    [TestMethod]
    public void Normalise_MultiLineField_KeepsInnerLineBreaksAndTrimsEnds()
    {
        // Arrange
        var lead = LeadFactsBuilder.Complete().With(l => l with { AgreedNextSteps = "\n  Demo on Tuesday\n\nThen a proposal  \n" }).Build();

        // Act
        var result = LeadNormaliser.Normalise(lead);

        // Assert
        Assert.AreEqual("Demo on Tuesday\n\nThen a proposal", result.Facts.AgreedNextSteps);
        CollectionAssert.AreEqual(new[] { LeadTextField.AgreedNextSteps }, result.ChangedFields.ToArray());
    }

    [TestMethod]
    public void Normalise_SeveralUntidyFields_ListsEachChangedFieldOnceInFieldOrder()
    {
        // Arrange
        var lead = LeadFactsBuilder.Complete().With(l => l with
        {
            UtmCampaign = " spring ",
            FirstName = "Avery ",
            EngagedContent = "   ",
            MobilePhone = "+44  7700 900123",
        }).Build();

        // Act
        var result = LeadNormaliser.Normalise(lead);

        // Assert
        CollectionAssert.AreEqual(
            new[] { LeadTextField.FirstName, LeadTextField.MobilePhone, LeadTextField.EngagedContent, LeadTextField.UtmCampaign },
            result.ChangedFields.ToArray());
        Assert.AreEqual("spring", result.Facts.UtmCampaign);
        Assert.IsNull(result.Facts.EngagedContent);
        Assert.AreEqual("+44 7700 900123", result.Facts.MobilePhone);
    }

    [TestMethod]
    public void Normalise_UntidyLead_LeavesNonTextFactsUntouched()
    {
        // Arrange
        var lead = LeadFactsBuilder.Complete().With(l => l with { JobTitle = " Buyer " }).Build();

        // Act
        var result = LeadNormaliser.Normalise(lead);

        // Assert
        Assert.AreEqual(lead with { JobTitle = "Buyer" }, result.Facts);
    }

    [TestMethod]
    public void Normalise_AnyText_IsIdempotent()
    {
        // Arrange: text made mostly of the characters normalisation cares about.
        var text = Gen.String[Gen.Char[" \t\r\n\u00a0aBc@.É"], 0, 12].Null();
        var leads = Gen.Select(text, text, text, text, text, text, (first, email, phone, company, summary, utm) => new LeadFacts
        {
            FirstName = first,
            Email = email,
            BusinessPhone = phone,
            CompanyName = company,
            NeedSummary = summary,
            UtmSource = utm,
        });

        // Act / Assert
        leads.Sample(lead =>
        {
            var once = LeadNormaliser.Normalise(lead).Facts;
            var twice = LeadNormaliser.Normalise(once);
            return !twice.HasChanges && ReferenceEquals(once, twice.Facts);
        });
    }

    [TestMethod]
    public void Normalise_AnyText_NeverChangesWhetherAQualificationItemIsPresent()
    {
        // Arrange
        var text = Gen.String[Gen.Char[" \t\nab"], 0, 6].Null();
        var leads = Gen.Select(text, text, text, text, text, text, (first, last, email, job, steps, content) => new LeadFacts
        {
            FirstName = first,
            LastName = last,
            Email = email,
            JobTitle = job,
            AgreedNextSteps = steps,
            EngagedContent = content,
        });

        // Act / Assert
        leads.Sample(lead =>
            QualificationItemPresence.PresentMask(lead) == QualificationItemPresence.PresentMask(LeadNormaliser.Normalise(lead).Facts));
    }
}
