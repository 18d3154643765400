using System;
using System.Net;

namespace Dataverse.LeadHandover.Functions.Notifications.Teams;

/// <summary>Teams did not accept the card after every retry. The message says only the status, never the URL.</summary>
public sealed class TeamsPostFailedException : Exception
{
    public TeamsPostFailedException()
    {
    }

    public TeamsPostFailedException(string message)
        : base(message)
    {
    }

    public TeamsPostFailedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public TeamsPostFailedException(HttpStatusCode statusCode)
        : base($"The Teams workflow answered {(int)statusCode} {statusCode}.")
    {
        StatusCode = statusCode;
    }

    public HttpStatusCode? StatusCode { get; }
}
