using Dataverse.LeadHandover.Domain.Json;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Dataverse.LeadHandover.Domain.Tests.Json;

[TestClass]
public sealed class JsonReaderTests
{
    [TestMethod]
    public void Parse_NestedDocument_RecordsPathLineAndColumnOfEveryValue()
    {
        // Arrange
        const string json = "{\n  \"tiers\": [\n    { \"requires\": [\"need\", \"budget\"] }\n  ]\n}";

        // Act
        var root = JsonReader.Parse(json);

        // Assert
        var budget = root.Properties[0].Value.Items[0].Properties[0].Value.Items[1];
        Assert.AreEqual("$.tiers[0].requires[1]", budget.Path);
        Assert.AreEqual("budget", budget.StringValue);
        Assert.AreEqual(3, budget.Line);
        Assert.AreEqual(28, budget.Column);
    }

    [TestMethod]
    public void Parse_EscapedString_DecodesEveryEscape()
    {
        // Arrange
        const string json = "\"a\\\"b\\\\c\\/d\\n\\t\\u00e9\\u20AC\"";

        // Act
        var node = JsonReader.Parse(json);

        // Assert
        Assert.AreEqual("a\"b\\c/d\n\t\u00e9\u20ac", node.StringValue);
    }

    [TestMethod]
    public void Parse_RepeatedPropertyName_KeepsBothSoValidationCanReportIt()
    {
        // Act
        var node = JsonReader.Parse("{\"a\": 1, \"a\": 2}");

        // Assert
        Assert.HasCount(2, node.Properties);
        Assert.AreEqual("2", node.Properties[1].Value.NumberText);
    }

    [TestMethod]
    [DataRow("-3", true, -3)]
    [DataRow("0", true, 0)]
    [DataRow("5.0", false, 0)]
    [DataRow("5e1", false, 0)]
    [DataRow("99999999999", false, 0)]
    public void TryGetInt32_Number_AcceptsOnlyPlainWholeNumbers(string json, bool expected, int expectedValue)
    {
        // Act
        var accepted = JsonReader.Parse(json).TryGetInt32(out var value);

        // Assert
        Assert.AreEqual(expected, accepted);
        Assert.AreEqual(expectedValue, value);
    }

    [TestMethod]
    [DataRow("", "$", 1, 1, "the text is empty")]
    [DataRow("{\"a\": 1,}", "$", 1, 9, "'}' (is there a trailing comma?)")]
    [DataRow("[1, 2,]", "$[2]", 1, 7, "']' (is there a trailing comma?)")]
    [DataRow("{\n  // note\n  \"a\": 1\n}", "$", 2, 3, "comments are not allowed")]
    [DataRow("{'a': 1}", "$", 1, 2, "single quote")]
    [DataRow("{\"a\": \"open", "$.a", 1, 12, "unterminated string")]
    [DataRow("{\"a\": 01}", "$.a", 1, 8, "leading zeros")]
    [DataRow("{\"a\": tru}", "$.a", 1, 7, "did you mean true?")]
    [DataRow("{\"a\": 1} x", "$", 1, 10, "after the end of the document")]
    [DataRow("{\"a\" 1}", "$.a", 1, 6, "expected ':'")]
    [DataRow("{\"a\": \"x\\q\"}", "$.a", 1, 9, "invalid escape sequence")]
    [DataRow("{\"a\": NaN}", "$.a", 1, 7, "expected a value")]
    public void Parse_InvalidText_ThrowsWithPathLineAndColumn(string json, string path, int line, int column, string problemPart)
    {
        // Act
        var error = Assert.ThrowsExactly<JsonSyntaxException>(() => JsonReader.Parse(json));

        // Assert
        Assert.AreEqual(path, error.Path);
        Assert.AreEqual(line, error.Line);
        Assert.AreEqual(column, error.Column);
        Assert.Contains(problemPart, error.Problem);
        StringAssert.StartsWith(error.Message, path + ": invalid JSON at line " + line + ", column " + column + ": ");
    }

    [TestMethod]
    public void Parse_RawLineBreakInsideString_IsRejected()
    {
        // Act
        var error = Assert.ThrowsExactly<JsonSyntaxException>(() => JsonReader.Parse("\"a\nb\""));

        // Assert
        Assert.Contains("must be escaped", error.Problem);
    }

    [TestMethod]
    public void Parse_NestingDeeperThanLimit_IsRejectedWithoutOverflowingTheStack()
    {
        // Arrange
        var json = new string('[', 65) + new string(']', 65);

        // Act
        var error = Assert.ThrowsExactly<JsonSyntaxException>(() => JsonReader.Parse(json));

        // Assert
        Assert.Contains("nesting is deeper than 64 levels", error.Problem);
    }

    [TestMethod]
    [DataRow("tiers", "$.tiers")]
    [DataRow("first name", "$['first name']")]
    [DataRow("it's", "$['it\\'s']")]
    [DataRow("1st", "$['1st']")]
    public void Property_Name_QuotesOnlyWhenNotAnIdentifier(string name, string expected)
    {
        // Act
        var path = JsonPath.Property(JsonPath.Root, name);

        // Assert
        Assert.AreEqual(expected, path);
    }
}
