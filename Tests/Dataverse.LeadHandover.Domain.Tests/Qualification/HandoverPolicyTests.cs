using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Dataverse.LeadHandover.Domain.Qualification;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Dataverse.LeadHandover.Domain.Tests.Qualification;

[TestClass]
public sealed class HandoverPolicyTests
{
    // A tier with every required property and nothing else; tests replace one piece at a time.
    private const string ValidTier =
        "{ \"name\": \"Hot\", \"default\": true, \"requires\": [\"need\"], \"slaBusinessMinutes\": 60, "
        + "\"minimumContactAttempts\": { \"count\": 1, \"withinDays\": 1 }, \"firstTouch\": \"task\" }";

    private const string AllowedTierProperties =
        "allowed here: name, default, leadQualityCodes, minScore, requires, slaBusinessMinutes, minimumContactAttempts, firstTouch";

    private const string ValidItems =
        "Valid items: contact.name, contact.emailOrPhone, contact.jobTitle, company.name, company.industry, company.size, need, timeframe, budget, authority, nextSteps, engagedContent";

    [TestMethod]
    public void DefaultText_IsTheShippedPolicyFile()
    {
        // Arrange
        var file = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Qualification", "default-handover-policy.json"));

        // Act
        var embedded = HandoverPolicy.DefaultText;

        // Assert
        Assert.AreEqual(file, embedded);
    }

    [TestMethod]
    public void Default_IsParsedOnceAndDescribesHotWarmAndCold()
    {
        // Act
        var policy = HandoverPolicy.Default;

        // Assert
        Assert.AreSame(policy, HandoverPolicy.Default);
        CollectionAssert.AreEqual(new[] { "Hot", "Warm", "Cold" }, policy.Tiers.Select(t => t.Name).ToArray());
        Assert.AreEqual("Cold", policy.DefaultTier.Name);
        AssertTier(policy.Tiers[0], new[] { 1 }, 12, 60, new ContactAttemptRule(5, 7), FirstTouch.PhoneCall);
        AssertTier(policy.Tiers[1], new[] { 2 }, 10, 240, new ContactAttemptRule(3, 10), FirstTouch.Task);
        AssertTier(policy.Tiers[2], new[] { 3 }, 5, 480, new ContactAttemptRule(2, 14), FirstTouch.None);
        CollectionAssert.AreEqual(
            new[] { QualificationItem.ContactName, QualificationItem.ContactEmailOrPhone, QualificationItem.CompanyName, QualificationItem.Need, QualificationItem.EngagedContent },
            policy.Tiers[2].Requires.ToArray());
        CollectionAssert.DoesNotContain(policy.Tiers[1].Requires.ToArray(), QualificationItem.Budget);
        CollectionAssert.DoesNotContain(policy.Tiers[1].Requires.ToArray(), QualificationItem.Authority);
    }

    [TestMethod]
    public void Parse_ValidPolicy_ReadsEveryTierSetting()
    {
        // Arrange
        const string json = "{ \"tiers\": [ { \"name\": \"Key account\", \"leadQualityCodes\": [1, 2], \"minScore\": 80, "
            + "\"requires\": [\"budget\", \"authority\"], \"slaBusinessMinutes\": 30, "
            + "\"minimumContactAttempts\": { \"count\": 0, \"withinDays\": 3 }, \"firstTouch\": \"phoneCall\" }, " + ValidTier + " ] }";

        // Act
        var tier = HandoverPolicy.Parse(json).Tiers[0];

        // Assert
        Assert.AreEqual("Key account", tier.Name);
        Assert.IsFalse(tier.IsDefault);
        CollectionAssert.AreEqual(new[] { 1, 2 }, tier.LeadQualityCodes.ToArray());
        Assert.AreEqual(80, tier.MinScore);
        CollectionAssert.AreEqual(new[] { QualificationItem.Budget, QualificationItem.Authority }, tier.Requires.ToArray());
        Assert.AreEqual(30, tier.SlaBusinessMinutes);
        Assert.AreEqual(new ContactAttemptRule(0, 3), tier.MinimumContactAttempts);
        Assert.AreEqual(FirstTouch.PhoneCall, tier.FirstTouch);
    }

    [TestMethod]
    [DataRow("{ \"tiers\": [ " + ValidTier + " ], \"version\": 2 }",
        "$.version: unknown property; allowed here: tiers")]
    [DataRow("{ \"tiers\": [ { \"name\": \"Hot\", \"colour\": \"red\", \"default\": true, \"requires\": [], \"slaBusinessMinutes\": 60, \"minimumContactAttempts\": { \"count\": 1, \"withinDays\": 1 }, \"firstTouch\": \"task\" } ] }",
        "$.tiers[0].colour: unknown property; " + AllowedTierProperties)]
    [DataRow("{ \"tiers\": [ { \"name\": \"Hot\", \"default\": true, \"requires\": [], \"slaBusinessMinutes\": 60, \"minimumContactAttempts\": { \"count\": 1, \"withinDays\": 1, \"perDay\": 1 }, \"firstTouch\": \"task\" } ] }",
        "$.tiers[0].minimumContactAttempts.perDay: unknown property; allowed here: count, withinDays")]
    [DataRow("{ \"tiers\": [ { \"name\": \"Hot\", \"name\": \"Warm\", \"default\": true, \"requires\": [], \"slaBusinessMinutes\": 60, \"minimumContactAttempts\": { \"count\": 1, \"withinDays\": 1 }, \"firstTouch\": \"task\" } ] }",
        "$.tiers[0].name: the property 'name' appears more than once; keep one")]
    public void Parse_UnknownOrRepeatedProperty_IsReportedAtItsPath(string json, string expected) =>
        CollectionAssert.AreEqual(new[] { expected }, Problems(json));

    [TestMethod]
    [DataRow("{ \"tiers\": [ { \"name\": \"Hot\", \"default\": true, \"requires\": [], \"slaBusinessMinutes\": \"60\", \"minimumContactAttempts\": { \"count\": 1, \"withinDays\": 1 }, \"firstTouch\": \"task\" } ] }",
        "$.tiers[0].slaBusinessMinutes: must be a whole number of business minutes greater than 0, but it is a string")]
    [DataRow("{ \"tiers\": [ { \"name\": \"Hot\", \"default\": true, \"requires\": [], \"slaBusinessMinutes\": 0, \"minimumContactAttempts\": { \"count\": 1, \"withinDays\": 1 }, \"firstTouch\": \"task\" } ] }",
        "$.tiers[0].slaBusinessMinutes: must be a whole number of business minutes greater than 0, but it is 0")]
    [DataRow("{ \"tiers\": [ { \"name\": \"Hot\", \"default\": true, \"requires\": [], \"slaBusinessMinutes\": 60.5, \"minimumContactAttempts\": { \"count\": 1, \"withinDays\": 1 }, \"firstTouch\": \"task\" } ] }",
        "$.tiers[0].slaBusinessMinutes: must be a whole number of business minutes greater than 0, but it is 60.5")]
    [DataRow("{ \"tiers\": [ { \"name\": \"Hot\", \"default\": true, \"requires\": [], \"slaBusinessMinutes\": 60, \"minimumContactAttempts\": { \"count\": -1, \"withinDays\": 1 }, \"firstTouch\": \"task\" } ] }",
        "$.tiers[0].minimumContactAttempts.count: must be a whole number, 0 or more, but it is -1")]
    [DataRow("{ \"tiers\": [ { \"name\": \"Hot\", \"default\": true, \"requires\": [], \"slaBusinessMinutes\": 60, \"minimumContactAttempts\": { \"count\": 1, \"withinDays\": 0 }, \"firstTouch\": \"task\" } ] }",
        "$.tiers[0].minimumContactAttempts.withinDays: must be a whole number of days greater than 0, but it is 0")]
    [DataRow("{ \"tiers\": [ { \"name\": \"Hot\", \"default\": true, \"requires\": [], \"slaBusinessMinutes\": 60, \"minimumContactAttempts\": [1, 7], \"firstTouch\": \"task\" } ] }",
        "$.tiers[0].minimumContactAttempts: must be an object such as { \"count\": 3, \"withinDays\": 10 }, but it is a list")]
    [DataRow("{ \"tiers\": [ { \"name\": \"Hot\", \"default\": \"yes\", \"requires\": [], \"slaBusinessMinutes\": 60, \"minimumContactAttempts\": { \"count\": 1, \"withinDays\": 1 }, \"firstTouch\": \"task\" }, " + ValidTier + " ] }",
        "$.tiers[0].default: must be true or false, but it is a string")]
    [DataRow("{ \"tiers\": [ { \"name\": 7, \"default\": true, \"requires\": [], \"slaBusinessMinutes\": 60, \"minimumContactAttempts\": { \"count\": 1, \"withinDays\": 1 }, \"firstTouch\": \"task\" } ] }",
        "$.tiers[0].name: must be the tier's name in double quotes, but it is a number")]
    [DataRow("{ \"tiers\": [ { \"name\": \"Hot\\nlead\", \"default\": true, \"requires\": [], \"slaBusinessMinutes\": 60, \"minimumContactAttempts\": { \"count\": 1, \"withinDays\": 1 }, \"firstTouch\": \"task\" } ] }",
        "$.tiers[0].name: must be on one line (no line breaks or tabs)")]
    [DataRow("{ \"tiers\": [ { \"name\": \"Hot\", \"default\": true, \"requires\": \"need\", \"slaBusinessMinutes\": 60, \"minimumContactAttempts\": { \"count\": 1, \"withinDays\": 1 }, \"firstTouch\": \"task\" } ] }",
        "$.tiers[0].requires: must be a list of qualification items, e.g. [\"contact.name\", \"need\"], but it is a string")]
    [DataRow("{ \"tiers\": [ { \"name\": \"Hot\", \"default\": true, \"requires\": [\"need\", 3], \"slaBusinessMinutes\": 60, \"minimumContactAttempts\": { \"count\": 1, \"withinDays\": 1 }, \"firstTouch\": \"task\" } ] }",
        "$.tiers[0].requires[1]: must be the name of a qualification item in double quotes, but it is a number")]
    [DataRow("{ \"tiers\": [ { \"name\": \"Hot\", \"leadQualityCodes\": [\"Hot\"], \"requires\": [], \"slaBusinessMinutes\": 60, \"minimumContactAttempts\": { \"count\": 1, \"withinDays\": 1 }, \"firstTouch\": \"task\" }, " + ValidTier + " ] }",
        "$.tiers[0].leadQualityCodes[0]: must be a Rating value (a whole number such as 1 Hot, 2 Warm, 3 Cold), but it is a string")]
    [DataRow("{ \"tiers\": [ { \"name\": \"Hot\", \"minScore\": \"high\", \"requires\": [], \"slaBusinessMinutes\": 60, \"minimumContactAttempts\": { \"count\": 1, \"withinDays\": 1 }, \"firstTouch\": \"task\" }, " + ValidTier + " ] }",
        "$.tiers[0].minScore: must be a whole number, but it is a string")]
    [DataRow("{ \"tiers\": [ { \"name\": \"Hot\", \"default\": true, \"requires\": [], \"slaBusinessMinutes\": 60, \"minimumContactAttempts\": { \"count\": 1, \"withinDays\": 1 }, \"firstTouch\": 1 } ] }",
        "$.tiers[0].firstTouch: must be \"phoneCall\", \"task\" or \"none\", but it is a number")]
    [DataRow("{ \"tiers\": { \"Hot\": {} } }",
        "$.tiers: must be a list of tiers, but it is an object")]
    [DataRow("[ " + ValidTier + " ]",
        "$: must be an object with a \"tiers\" list, but it is a list")]
    [DataRow("{ \"tiers\": [ \"Hot\" ] }",
        "$.tiers[0]: must be an object describing a tier, but it is a string")]
    public void Parse_WrongTypeOrRange_IsReportedAtItsPath(string json, string expected) =>
        CollectionAssert.Contains(Problems(json).ToArray(), expected);

    [TestMethod]
    [DataRow("contact.jobtitel", "contact.jobTitle")]
    [DataRow("Budget", "budget")]
    [DataRow("next_steps", "nextSteps")]
    [DataRow("company.employees", "company.name")]
    [DataRow("emailOrPhone", "contact.emailOrPhone")]
    public void Parse_UnknownItem_IsReportedWithTheClosestValidName(string item, string suggestion)
    {
        // Arrange
        var json = "{ \"tiers\": [ { \"name\": \"Hot\", \"default\": true, \"requires\": [\"need\", \"budget\", \"authority\", \"" + item + "\"], "
            + "\"slaBusinessMinutes\": 60, \"minimumContactAttempts\": { \"count\": 1, \"withinDays\": 1 }, \"firstTouch\": \"task\" } ] }";

        // Act
        var problems = Problems(json);

        // Assert
        var expected = "$.tiers[0].requires[3]: '" + item + "' is not a qualification item; did you mean '" + suggestion + "'? " + ValidItems;
        CollectionAssert.AreEqual(new[] { expected }, problems);
    }

    [TestMethod]
    public void Parse_ItemListedTwice_IsReported() =>
        CollectionAssert.AreEqual(
            new[] { "$.tiers[0].requires[2]: 'need' is listed more than once; keep one" },
            Problems("{ \"tiers\": [ { \"name\": \"Hot\", \"default\": true, \"requires\": [\"need\", \"budget\", \"need\"], \"slaBusinessMinutes\": 60, \"minimumContactAttempts\": { \"count\": 1, \"withinDays\": 1 }, \"firstTouch\": \"task\" } ] }"));

    [TestMethod]
    public void Parse_UnknownFirstTouch_SuggestsTheClosestValue() =>
        CollectionAssert.AreEqual(
            new[] { "$.tiers[0].firstTouch: 'phonecall' is not a first touch; did you mean 'phoneCall'? Valid values: phoneCall, task, none" },
            Problems("{ \"tiers\": [ { \"name\": \"Hot\", \"default\": true, \"requires\": [], \"slaBusinessMinutes\": 60, \"minimumContactAttempts\": { \"count\": 1, \"withinDays\": 1 }, \"firstTouch\": \"phonecall\" } ] }"));

    [TestMethod]
    public void Parse_DuplicateTierName_IsReportedAtTheSecondName() =>
        CollectionAssert.AreEqual(
            new[] { "$.tiers[1].name: the tier name 'hot' is already used by $.tiers[0]; tier names must be unique" },
            Problems("{ \"tiers\": [ " + ValidTier + ", " + ValidTier.Replace("\"Hot\"", "\"hot\"").Replace("\"default\": true", "\"minScore\": 1") + " ] }"));

    [TestMethod]
    [DataRow("name", "$.tiers[0]: missing required property 'name' (the tier's name, e.g. \"Hot\")")]
    [DataRow("requires", "$.tiers[0]: missing required property 'requires' (the list of items to capture before handover; [] for none)")]
    [DataRow("slaBusinessMinutes", "$.tiers[0]: missing required property 'slaBusinessMinutes' (business minutes the new owner has to acknowledge the lead)")]
    [DataRow("minimumContactAttempts", "$.tiers[0]: missing required property 'minimumContactAttempts' (e.g. { \"count\": 3, \"withinDays\": 10 })")]
    [DataRow("firstTouch", "$.tiers[0]: missing required property 'firstTouch' (\"phoneCall\", \"task\" or \"none\")")]
    public void Parse_MissingRequiredProperty_IsReportedAtTheTier(string property, string expected)
    {
        // Arrange
        var tier = new Dictionary<string, string>
        {
            ["name"] = "\"name\": \"Hot\"",
            ["requires"] = "\"requires\": []",
            ["slaBusinessMinutes"] = "\"slaBusinessMinutes\": 60",
            ["minimumContactAttempts"] = "\"minimumContactAttempts\": { \"count\": 1, \"withinDays\": 1 }",
            ["firstTouch"] = "\"firstTouch\": \"task\"",
        };
        tier.Remove(property);
        var json = "{ \"tiers\": [ { \"default\": true, " + string.Join(", ", tier.Values) + " } ] }";

        // Act
        var problems = Problems(json);

        // Assert
        CollectionAssert.AreEqual(new[] { expected }, problems);
    }

    [TestMethod]
    public void Parse_MissingAttemptFields_AreEachReported() =>
        CollectionAssert.AreEqual(
            new[]
            {
                "$.tiers[0].minimumContactAttempts: missing required property 'count' (how many contact attempts at least; 0 or more)",
                "$.tiers[0].minimumContactAttempts: missing required property 'withinDays' (within how many days of handover)",
            },
            Problems("{ \"tiers\": [ { \"name\": \"Hot\", \"default\": true, \"requires\": [], \"slaBusinessMinutes\": 60, \"minimumContactAttempts\": {}, \"firstTouch\": \"task\" } ] }"));

    [TestMethod]
    public void Parse_MisspelledTiers_SuggestsTheRightNameAndReportsTiersMissing() =>
        CollectionAssert.AreEqual(
            new[]
            {
                "$.tier: unknown property; did you mean 'tiers'? allowed here: tiers",
                "$: missing required property 'tiers' (the list of qualification tiers, evaluated in order)",
            },
            Problems("{ \"tier\": [ " + ValidTier + " ] }"));

    [TestMethod]
    public void Parse_MissingTiers_IsReportedAtTheRoot() =>
        CollectionAssert.AreEqual(new[] { "$: missing required property 'tiers' (the list of qualification tiers, evaluated in order)" }, Problems("{}"));

    [TestMethod]
    public void Parse_EmptyTiers_IsReported() =>
        CollectionAssert.AreEqual(new[] { "$.tiers: must list at least one tier" }, Problems("{ \"tiers\": [] }"));

    [TestMethod]
    public void Parse_NoDefaultTier_IsReported() =>
        CollectionAssert.AreEqual(
            new[] { "$.tiers: no tier is marked \"default\": true; mark the tier for leads that match no other tier" },
            Problems("{ \"tiers\": [ " + ValidTier.Replace("\"default\": true", "\"leadQualityCodes\": [1]") + " ] }"));

    [TestMethod]
    public void Parse_TwoDefaultTiers_IsReportedAtTheSecond() =>
        CollectionAssert.AreEqual(
            new[] { "$.tiers[1].default: only one tier can be the default, and $.tiers[0] already is" },
            Problems("{ \"tiers\": [ " + ValidTier + ", " + ValidTier.Replace("\"Hot\"", "\"Cold\"") + " ] }"));

    [TestMethod]
    public void Parse_TierWithNoWayToMatchLeads_IsReported() =>
        CollectionAssert.AreEqual(
            new[] { "$.tiers[0]: says nothing about which leads fall into it; give 'leadQualityCodes' and/or 'minScore', or mark it \"default\": true" },
            Problems("{ \"tiers\": [ " + ValidTier.Replace("\"default\": true, ", string.Empty).Replace("\"Hot\"", "\"Warm\"") + ", " + ValidTier + " ] }"));

    [TestMethod]
    public void Parse_EmptyRatingList_IsReported() =>
        CollectionAssert.AreEqual(
            new[] { "$.tiers[0].leadQualityCodes: must list at least one Rating value (1 Hot, 2 Warm, 3 Cold); remove it to select by score only" },
            Problems("{ \"tiers\": [ " + ValidTier.Replace("\"default\": true", "\"leadQualityCodes\": []").Replace("\"Hot\"", "\"Warm\"") + ", " + ValidTier + " ] }"));

    [TestMethod]
    public void Parse_InvalidJson_ReportsPathLineAndColumn()
    {
        // Arrange
        const string json = "{\n  \"tiers\": [\n    { \"name\": \"Hot\", }\n  ]\n}";

        // Act
        var problems = Problems(json);

        // Assert
        CollectionAssert.AreEqual(
            new[] { "$.tiers[0]: invalid JSON at line 3, column 22: unexpected '}' (is there a trailing comma?); expected a property name in double quotes" },
            problems);
    }

    [TestMethod]
    public void Parse_SeveralProblems_ReportsAllOfThemInDocumentOrderInOneException()
    {
        // Arrange
        const string json = "{ \"tiers\": [ "
            + "{ \"name\": \"Hot\", \"leadQualityCodes\": [1], \"requires\": [\"contact.nam\"], \"slaBusinessMinutes\": -5, \"minimumContactAttempts\": { \"count\": 1, \"withinDays\": 1 }, \"firstTouch\": \"task\" }, "
            + "{ \"name\": \"Hot\", \"leadQualityCodes\": [2], \"requires\": [], \"slaBusinessMinutes\": 60, \"minimumContactAttempts\": { \"count\": 1, \"withinDays\": 1 } } "
            + "] }";

        // Act
        var error = Assert.ThrowsExactly<HandoverPolicyException>(() => HandoverPolicy.Parse(json));

        // Assert
        CollectionAssert.AreEqual(
            new[]
            {
                "$.tiers[0].requires[0]: 'contact.nam' is not a qualification item; did you mean 'contact.name'? " + ValidItems,
                "$.tiers[0].slaBusinessMinutes: must be a whole number of business minutes greater than 0, but it is -5",
                "$.tiers[1]: missing required property 'firstTouch' (\"phoneCall\", \"task\" or \"none\")",
                "$.tiers[1].name: the tier name 'Hot' is already used by $.tiers[0]; tier names must be unique",
                "$.tiers: no tier is marked \"default\": true; mark the tier for leads that match no other tier",
            },
            error.Problems.ToArray());
        StringAssert.StartsWith(error.Message, "The handover policy has 5 problems:\n- $.tiers[0].requires[0]: ");
    }

    [TestMethod]
    public void FindTier_NameInAnyCase_FindsTheTier()
    {
        // Act
        var tier = HandoverPolicy.Default.FindTier("warm");

        // Assert
        Assert.IsNotNull(tier);
        Assert.AreEqual("Warm", tier.Name);
        Assert.IsNull(HandoverPolicy.Default.FindTier("Lukewarm"));
    }

    private static void AssertTier(QualificationTier tier, int[] codes, int requiredCount, int sla, ContactAttemptRule attempts, FirstTouch firstTouch)
    {
        CollectionAssert.AreEqual(codes, tier.LeadQualityCodes.ToArray());
        Assert.HasCount(requiredCount, tier.Requires);
        Assert.AreEqual(sla, tier.SlaBusinessMinutes);
        Assert.AreEqual(attempts, tier.MinimumContactAttempts);
        Assert.AreEqual(firstTouch, tier.FirstTouch);
    }

    private static List<string> Problems(string json)
    {
        var error = Assert.ThrowsExactly<HandoverPolicyException>(() => HandoverPolicy.Parse(json));
        return error.Problems.ToList();
    }
}
