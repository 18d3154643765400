using System;
using System.Globalization;

namespace Dataverse.LeadHandover.Domain.Json;

/// <summary>The text is not valid JSON; says where (path, line, column) and what was expected.</summary>
public sealed class JsonSyntaxException : Exception
{
    public JsonSyntaxException()
        : this(JsonPath.Root, 1, 1, "invalid JSON")
    {
    }

    public JsonSyntaxException(string message)
        : this(JsonPath.Root, 1, 1, message)
    {
    }

    public JsonSyntaxException(string message, Exception innerException)
        : base(message, innerException)
    {
        Path = JsonPath.Root;
        Line = 1;
        Column = 1;
        Problem = message;
    }

    public JsonSyntaxException(string path, int line, int column, string problem)
        : base(string.Format(CultureInfo.InvariantCulture, "{0}: invalid JSON at line {1}, column {2}: {3}", path, line, column, problem))
    {
        Path = path;
        Line = line;
        Column = column;
        Problem = problem;
    }

    /// <summary>The path of the value being read when the text stopped making sense.</summary>
    public string Path { get; }

    public int Line { get; }

    public int Column { get; }

    /// <summary>What was wrong, without the location.</summary>
    public string Problem { get; }
}
