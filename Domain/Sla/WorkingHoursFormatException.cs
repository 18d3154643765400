using System;
using System.Collections.Generic;

namespace Dataverse.LeadHandover.Domain.Sla;

/// <summary>Working hours text that can't be read; <see cref="Problems"/> names every bad part in plain language.</summary>
public sealed class WorkingHoursFormatException : FormatException
{
    public WorkingHoursFormatException()
        : this(string.Empty, Array.Empty<string>())
    {
    }

    public WorkingHoursFormatException(string message)
        : base(message)
    {
        Text = string.Empty;
        Problems = new[] { message };
    }

    public WorkingHoursFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
        Text = string.Empty;
        Problems = new[] { message };
    }

    public WorkingHoursFormatException(string text, IReadOnlyList<string> problems)
        : base(Compose(text, problems))
    {
        Text = text ?? string.Empty;
        Problems = problems ?? Array.Empty<string>();
    }

    /// <summary>The text as given.</summary>
    public string Text { get; }

    /// <summary>One sentence per bad part, in the order they appear in the text.</summary>
    public IReadOnlyList<string> Problems { get; }

    private static string Compose(string text, IReadOnlyList<string> problems)
    {
        var message = "The working hours '" + text + "' can't be read:";
        if (problems is not null)
        {
            foreach (var problem in problems)
            {
                message += " " + problem;
            }
        }

        return message;
    }
}
