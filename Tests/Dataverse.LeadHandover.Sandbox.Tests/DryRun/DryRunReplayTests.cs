using System;
using System.IO;
using System.Linq;
using Dataverse.LeadHandover.Sandbox.DryRun;
using Dataverse.LeadHandover.Sandbox.Organization;
using Dataverse.LeadHandover.Sandbox.Tests.Support;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Dataverse.LeadHandover.Sandbox.Tests.DryRun;

/// <summary>
/// The dry run replays a file of leads through the real plug-ins in a throwaway organisation with the demo roster,
/// in time order on a frozen clock, and reports what Dataverse would have done.
/// </summary>
[TestClass]
public sealed class DryRunReplayTests
{
    private const string Header = "arrivedon,source,firstname,lastname,emailaddress1,jobtitle,companyname,industrycode,numberofemployees,need,lh_needsummary,purchasetimeframe,budgetamount,budgetstatus,decisionmaker,lh_nextsteps,lh_engagedcontent,leadqualitycode,lh_salesready,acknowledgeafterminutes\n";

    // Monday 2 March 2026: 09:05 inside UK and German hours; Saturday 7 March: nobody works.
    private const string Leads = Header
        + "2026-03-02T09:05:00Z,Website,Olivia,Hart,olivia@contoso.example,Head of Operations,Contoso Manufacturing,Durable Manufacturing,850,Must have,Scheduling,This Quarter,120000,Can Buy,yes,Demo Thursday,Whitepaper,Hot,true,12\n"
        + "2026-03-02T09:20:00Z,Website,Ben,Okafor,ben@litware.example,,Litware,Consulting,120,Must have,Planning,This Quarter,,,,,Blog,Hot,true,\n"
        + "2026-03-02T09:35:00Z,Website,Mia,Laurent,mia@northwind.example,Supply Chain Lead,Northwind Traders,Wholesale,300,Must have,Orders,Immediate,60000,Will Buy,yes,Pricing call,Case study,Hot,true,90\n"
        + "2026-03-07T10:00:00Z,Website,Uma,Shah,uma@fabrikam.example,Plant Manager,Fabrikam Steel,Durable Manufacturing,1800,Must have,Maintenance,Immediate,160000,Will Buy,yes,Plant tour,Whitepaper,Hot,true,\n";

    private static DryRunResult result = null!;

    [ClassInitialize]
    public static void Replay(TestContext context) => result = new DryRunReplay(RepositoryLayout.Find(), null).Run(LeadFile.FromCsv(Leads));

    [TestMethod]
    public void DryRun_CompleteHotLeadInWorkingHours_IsRoutedToAMatchingRepAndAcknowledgedWithinSla()
    {
        var olivia = result.Outcomes[0];

        Assert.AreEqual("routed", olivia.Kind);
        Assert.AreEqual("Hot", olivia.Tier);
        Assert.IsNotNull(olivia.Rep);
        StringAssert.Contains(olivia.Reason, "Durable Manufacturing");
        Assert.AreEqual("acknowledged", olivia.Status);
        Assert.AreEqual(12, olivia.BusinessMinutesToAcknowledge);
        Assert.IsFalse(olivia.Breached);
    }

    [TestMethod]
    public void DryRun_IncompleteSalesReadyLead_IsRefusedWithThePluginsMessage()
    {
        var ben = result.Outcomes[1];

        Assert.IsNull(ben.LeadId);
        StringAssert.StartsWith(ben.Refusal, "This lead can't be marked Sales ready yet.");
        StringAssert.Contains(ben.Refusal, "Job title");
        StringAssert.Contains(ben.Refusal, "Agreed next steps");
    }

    [TestMethod]
    public void DryRun_AcknowledgedAfterItsSla_IsBreached()
    {
        var mia = result.Outcomes[2];

        Assert.AreEqual("acknowledged", mia.Status);
        Assert.AreEqual(90, mia.BusinessMinutesToAcknowledge);
        Assert.IsTrue(mia.Breached, "a Hot lead has 60 business minutes");
    }

    [TestMethod]
    public void DryRun_LeadArrivingOnASaturday_FallsBackToTheOwnersManagerAndIsNeverRefused()
    {
        var uma = result.Outcomes[3];

        Assert.AreEqual("fallback", uma.Kind);
        Assert.AreEqual(Demo.DemoRoster.EmeaManager, uma.Rep);
        Assert.AreEqual("awaiting", uma.Status);
    }

    [TestMethod]
    public void DryRunReport_Summary_CountsOutcomesBreachesAndRoutedLeadsPerRep()
    {
        using var output = new StringWriter();

        DryRunReport.Write(output, result, everyLead: false);

        var text = output.ToString();
        StringAssert.Contains(text, "leads: 4; refused by the plug-ins: 1; saved without handover: 0; handed over: 3 (routed 2, fallback 1)");
        StringAssert.Contains(text, "SLA: 2 acknowledged (1 within SLA, 1 breached)");
        StringAssert.Contains(text, "== Fairness (routed handovers per rep)");
        foreach (var rep in Demo.DemoRoster.Reps)
        {
            StringAssert.Contains(text, rep.Name);
        }
    }

    [TestMethod]
    public void DryRun_WithAStricterPolicy_BreachesWhatTheDefaultPolicyAccepts()
    {
        var strict = Domain.Qualification.HandoverPolicy.DefaultText.Replace("\"slaBusinessMinutes\": 60", "\"slaBusinessMinutes\": 10", StringComparison.Ordinal);
        Assert.AreNotEqual(Domain.Qualification.HandoverPolicy.DefaultText, strict, "the shipped policy gives Hot 60 business minutes");

        var strictResult = new DryRunReplay(RepositoryLayout.Find(), strict).Run(LeadFile.FromCsv(Header + Leads.Split('\n')[1] + "\n"));

        Assert.IsTrue(strictResult.Outcomes[0].Breached, "12 minutes is over a 10-minute SLA");
    }

    [TestMethod]
    public void SampleFile_Replays_WithEveryLeadAccountedFor()
    {
        var sample = LeadFile.Read(Path.Combine(RepositoryRoot.Path, "Sandbox", "samples", "leads.csv"));

        var replay = new DryRunReplay(RepositoryLayout.Find(), null).Run(sample);

        Assert.AreEqual(sample.Count, replay.Outcomes.Count);
        Assert.IsTrue(replay.Outcomes.All(outcome => outcome.Refusal is not null || outcome.LeadId is not null));
        Assert.IsTrue(replay.Outcomes.Any(outcome => outcome.Refusal is not null), "the sample shows a refusal");
        Assert.IsTrue(replay.Outcomes.Any(outcome => outcome.Kind == "fallback"), "the sample shows a fallback");
        Assert.IsTrue(replay.Outcomes.Any(outcome => outcome.Breached), "the sample shows a breach");
    }
}
