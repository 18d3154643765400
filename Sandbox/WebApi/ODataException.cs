using System;
using Microsoft.AspNetCore.Http;

namespace Dataverse.LeadHandover.Sandbox.WebApi;

/// <summary>A request the Web API refuses before it reaches the organization; becomes an <see cref="ODataError"/>.</summary>
internal sealed class ODataException : Exception
{
    public ODataException()
    {
    }

    public ODataException(string message)
        : base(message)
    {
    }

    public ODataException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ODataException(IResult error, string message)
        : base(message)
    {
        Error = error;
    }

    /// <summary>The response to send; a 400 with <see cref="Exception.Message"/> when not set.</summary>
    public IResult? Error { get; }

    public IResult ToResult() => Error ?? ODataError.BadRequest(Message);
}
