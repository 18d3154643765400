using System;
using System.Linq;
using Dataverse.LeadHandover.Domain.Qualification;
using Dataverse.LeadHandover.Domain.Schema;
using Dataverse.LeadHandover.Tests.Builders;
using Dataverse.LeadHandover.Tests.Hosting;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace Dataverse.LeadHandover.Tests.Intake;

/// <summary>
/// A bulk import through ExecuteMultiple with ContinueOnError: each bad lead faults on its own and the good
/// ones are created (https://learn.microsoft.com/power-apps/developer/data-platform/org-service/execute-multiple-requests).
/// </summary>
[TestClass]
public sealed class LeadImportTests
{
    [TestMethod]
    public void ExecuteMultiple_TwoHundredLeadsMixedGoodAndBad_CreatesTheGoodAndReportsEachBadOne()
    {
        var host = LeadHandoverHost.Create();
        var web = host.AddSource("Website");
        var retired = host.AddSource("Trade show 2024", active: false);
        var request = new ExecuteMultipleRequest
        {
            Settings = new ExecuteMultipleSettings { ContinueOnError = true, ReturnResponses = true },
            Requests = new OrganizationRequestCollection(),
        };
        for (var i = 0; i < 200; i++)
        {
            var lead = (i % 10) switch
            {
                3 => LeadBuilder.QualifiedHot(web).Without(QualificationItem.Budget).Build(),
                7 => LeadBuilder.Nurturing(retired).Build(),
                _ => LeadBuilder.QualifiedHot(web).With(LeadSchema.LastName, "Import " + i).Build(),
            };
            request.Requests.Add(new CreateRequest { Target = lead });
        }

        var response = (ExecuteMultipleResponse)host.Integration.Execute(request);

        var faulted = response.Responses.Where(r => r.Fault is not null).ToList();
        Assert.HasCount(40, faulted);
        Assert.IsTrue(faulted.Where(r => r.RequestIndex % 10 == 3).All(r => r.Fault.Message.Contains("Budget", StringComparison.Ordinal)));
        Assert.IsTrue(faulted.Where(r => r.RequestIndex % 10 == 7).All(r => r.Fault.Message.Contains("inactive", StringComparison.Ordinal)));
        Assert.AreEqual(160, LeadIntakeCreateTests.CountLeads(host));
        Assert.IsTrue(response.IsFaulted);
    }
}
