using System;
using System.Linq;
using System.ServiceModel;
using Dataverse.LeadHandover.InMemory.Tests.Builders;
using Dataverse.LeadHandover.InMemory.Tests.Plugins;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Dataverse.LeadHandover.InMemory.Tests.Solution;

/// <summary>
/// Loading an unpacked solution: tables, relationships, environment variables, custom APIs and steps, in the format
/// SolutionPackager writes (https://learn.microsoft.com/power-platform/alm/solution-packager-tool; custom APIs:
/// https://learn.microsoft.com/power-apps/developer/data-platform/create-custom-api-solution; environment variables:
/// https://learn.microsoft.com/power-apps/maker/data-platform/environmentvariables).
/// </summary>
[TestClass]
public sealed class SolutionLoaderTests
{
    private static readonly Func<string, Type?> Resolve = name => typeof(RecordingPlugin).Assembly.GetType(name);

    [TestMethod]
    public void Load_CustomTable_IsFullyTypedWithItsMetadata()
    {
        using var solution = new SolutionFolder().WithHandoverTable();
        var organization = new OrganizationBuilder().Build();

        var result = SolutionLoader.Load(organization.Dataverse, solution.Path, Resolve);

        Assert.IsTrue(result.Tables.Contains("lh_handover"));
        Assert.IsTrue(organization.Dataverse.Store.TryGetTable("lh_handover", out var table));
        Assert.AreEqual("lh_handoverid", table.PrimaryIdAttribute);
        Assert.AreEqual("lh_name", table.PrimaryNameAttribute);
        Assert.AreEqual(100, table.Columns["lh_name"].MaxLength);
        Assert.AreEqual(3, table.DefaultStatusByState[1]);
        CollectionAssert.AreEqual(new[] { "lead" }, table.Columns["lh_leadid"].LookupTargets.ToArray());
    }

    [TestMethod]
    public void Load_CustomTable_RefusesColumnsItDoesNotDefine()
    {
        using var solution = new SolutionFolder().WithHandoverTable();
        var organization = new OrganizationBuilder().Build();
        SolutionLoader.Load(organization.Dataverse, solution.Path, Resolve);

        var fault = Assert.ThrowsExactly<FaultException<OrganizationServiceFault>>(
            () => organization.Service.Create(new Entity("lh_handover") { ["lh_name"] = "Ada", ["lh_nosuchcolumn"] = 1 }));

        Assert.AreEqual(-2147217149, fault.Detail.ErrorCode);
    }

    [TestMethod]
    public void Load_CustomTable_AcceptsItsColumnsAndTheSystemColumns()
    {
        using var solution = new SolutionFolder().WithHandoverTable();
        var organization = new OrganizationBuilder().Build();
        SolutionLoader.Load(organization.Dataverse, solution.Path, Resolve);
        organization.Service.Create(new LeadBuilder().WithId(Ids.Lead1).Build());

        var id = organization.Service.Create(new Entity("lh_handover")
        {
            ["lh_name"] = "Ada to Sam",
            ["lh_leadid"] = new EntityReference("lead", Ids.Lead1),
            ["lh_acknowledgedon"] = OrganizationBuilder.Now.UtcDateTime,
        });

        var handover = organization.Service.Retrieve("lh_handover", id, new ColumnSet("ownerid", "createdon", "lh_leadid"));
        Assert.AreEqual(organization.UserId, handover.GetAttributeValue<EntityReference>("ownerid").Id);
        Assert.AreEqual(Ids.Lead1, handover.GetAttributeValue<EntityReference>("lh_leadid").Id);
    }

    [TestMethod]
    public void Load_ShellOfAnExistingTable_StaysLooselyTyped()
    {
        using var solution = new SolutionFolder().WithLeadShell();
        var organization = new OrganizationBuilder().Build();

        SolutionLoader.Load(organization.Dataverse, solution.Path, Resolve);
        organization.Service.Create(new LeadBuilder().WithId(Ids.Lead1).With("lh_handoverstatus", new OptionSetValue(1)).With("anything", "goes").Build());

        Assert.IsTrue(organization.Dataverse.Store.TryGetTable("lead", out var lead));
        Assert.AreEqual(0, lead.Columns.Count);
        Assert.AreEqual("fullname", lead.PrimaryNameAttribute);
    }

    [TestMethod]
    public void Load_EnvironmentVariables_ReadWithTheDocumentedQuery()
    {
        using var solution = new SolutionFolder().WithEnvironmentVariables();
        var organization = new OrganizationBuilder().Build();

        var result = SolutionLoader.Load(organization.Dataverse, solution.Path, Resolve);

        CollectionAssert.AreEqual(new[] { "lh_AckTimeoutMinutes", "lh_TeamsChannel" }, result.EnvironmentVariables.ToArray());
        Assert.AreEqual("30", EffectiveValue(organization, "lh_AckTimeoutMinutes"));
        Assert.AreEqual("Sales handover", EffectiveValue(organization, "lh_TeamsChannel"));
    }

    [TestMethod]
    public void Load_CustomApi_IsCallableByItsUniqueName()
    {
        using var solution = new SolutionFolder().WithDoublingApi();
        var organization = new OrganizationBuilder().Build();

        SolutionLoader.Load(organization.Dataverse, solution.Path, Resolve);
        var response = organization.Service.Execute(new OrganizationRequest("lh_Double") { ["Amount"] = 4 });

        Assert.AreEqual(8, (int)response["Doubled"]);
        Assert.ThrowsExactly<FaultException<OrganizationServiceFault>>(() => organization.Service.Execute(new OrganizationRequest("lh_Double")));
    }

    [TestMethod]
    public void Load_Step_RunsWithItsConfigurationFilterAndImage()
    {
        var key = Steps.NewKey();
        using var solution = new SolutionFolder().WithStep("6f1a1b2c-0000-4000-8000-0000000000d1", typeof(RecordingPlugin).FullName!, key);
        var organization = new OrganizationBuilder().Build();
        SolutionLoader.Load(organization.Dataverse, solution.Path, Resolve);
        organization.Service.Create(new LeadBuilder().WithId(Ids.Lead1).Named("Ada").With("subject", "Boilers").Build());

        organization.Service.Update(new Entity("lead", Ids.Lead1) { ["fullname"] = "filtered out" });
        organization.Service.Update(new Entity("lead", Ids.Lead1) { ["subject"] = "Heat pumps" });

        var record = ContextLog.For(key).Single();
        Assert.AreEqual(40, record.Stage);
        Assert.AreEqual("Boilers", record.PreImages["PreImage"].GetAttributeValue<string>("subject"));
        Assert.IsFalse(record.PreImages["PreImage"].Contains("fullname"));
        Assert.AreEqual(new Guid("6f1a1b2c-0000-4000-8000-0000000000d1"), record.OwningExtension!.Id);
    }

    [TestMethod]
    public void Load_StepWithUnknownPluginType_FailsNamingTheStepAndTheType()
    {
        using var solution = new SolutionFolder().WithStep("6f1a1b2c-0000-4000-8000-0000000000d2", "Contoso.Plugins.Missing", "x");
        var organization = new OrganizationBuilder().Build();

        var error = Assert.ThrowsExactly<InvalidOperationException>(() => SolutionLoader.Load(organization.Dataverse, solution.Path, Resolve));

        StringAssert.Contains(error.Message, "Contoso.Plugins.Missing: Update of lead");
        StringAssert.Contains(error.Message, "'Contoso.Plugins.Missing'");
    }

    [TestMethod]
    public void Load_StepOnAnOrganizationSpecificMessage_FailsNamingTheStep()
    {
        using var solution = new SolutionFolder().WithStep("6f1a1b2c-0000-4000-8000-0000000000d3", typeof(RecordingPlugin).FullName!, "x", "11111111-2222-3333-4444-555555555555");
        var organization = new OrganizationBuilder().Build();

        var error = Assert.ThrowsExactly<InvalidOperationException>(() => SolutionLoader.Load(organization.Dataverse, solution.Path, Resolve));

        StringAssert.Contains(error.Message, "11111111-2222-3333-4444-555555555555");
    }

    [TestMethod]
    public void Load_MissingFolder_IsAClearError()
    {
        var organization = new OrganizationBuilder().Build();

        Assert.ThrowsExactly<System.IO.DirectoryNotFoundException>(
            () => SolutionLoader.Load(organization.Dataverse, "/nonexistent/lh-solution", Resolve));
    }

    private static string? EffectiveValue(TestOrganization organization, string schemaName)
    {
        var query = new QueryExpression("environmentvariabledefinition") { ColumnSet = new ColumnSet("defaultvalue") };
        query.Criteria.AddCondition("schemaname", ConditionOperator.Equal, schemaName);
        var value = query.AddLink("environmentvariablevalue", "environmentvariabledefinitionid", "environmentvariabledefinitionid", JoinOperator.LeftOuter);
        value.EntityAlias = "v";
        value.Columns = new ColumnSet("value");
        var row = organization.Service.RetrieveMultiple(query).Entities.Single();
        return row.GetAttributeValue<AliasedValue>("v.value")?.Value as string ?? row.GetAttributeValue<string>("defaultvalue");
    }
}
