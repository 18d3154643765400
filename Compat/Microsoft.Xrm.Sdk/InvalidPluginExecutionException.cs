// Mirrors https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.invalidpluginexecutionexception
#nullable disable
using System;
using System.Collections.Generic;
using System.Runtime.Serialization;
#if NETFRAMEWORK
using System.Text;
#endif

namespace Microsoft.Xrm.Sdk;

// Binary-serialization members are obsolete on .NET 5+, yet Microsoft's type still declares them.
#pragma warning disable SYSLIB0051, CS0672

[Serializable]
public sealed class InvalidPluginExecutionException : Exception, ISerializable
{
    private readonly OperationStatus _status;
    private readonly PluginHttpStatusCode _httpStatus;
    private readonly Dictionary<string, string> _exceptionDetails;

    public InvalidPluginExecutionException()
    {
        _exceptionDetails = new Dictionary<string, string>();
    }

    public InvalidPluginExecutionException(OperationStatus status)
        : this(status, string.Empty)
    {
    }

    public InvalidPluginExecutionException(string message)
        : this(OperationStatus.Failed, message)
    {
    }

    public InvalidPluginExecutionException(OperationStatus status, string message)
        : this(status, 0, message)
    {
    }

    public InvalidPluginExecutionException(string message, Exception exception)
        : base(message, exception)
    {
        _status = OperationStatus.Failed;
        _httpStatus = exception is InvalidPluginExecutionException inner ? inner.HttpStatus : PluginHttpStatusCode.NotSet;
        _exceptionDetails = new Dictionary<string, string>();
    }

    public InvalidPluginExecutionException(OperationStatus status, int errorCode, string message)
        : this(status, errorCode, message, PluginHttpStatusCode.NotSet)
    {
    }

    public InvalidPluginExecutionException(string message, PluginHttpStatusCode httpStatus)
        : this(OperationStatus.Failed, 0, message, httpStatus)
    {
    }

    public InvalidPluginExecutionException(OperationStatus status, int errorCode, string message, PluginHttpStatusCode httpStatus)
        : this(status, errorCode, message, httpStatus, new Dictionary<string, string>())
    {
    }

    public InvalidPluginExecutionException(string message, Dictionary<string, string> exceptionDetails)
        : this(OperationStatus.Failed, 0, message, PluginHttpStatusCode.NotSet, exceptionDetails)
    {
    }

    public InvalidPluginExecutionException(string message, PluginHttpStatusCode httpStatus, Dictionary<string, string> exceptionDetails)
        : this(OperationStatus.Failed, 0, message, httpStatus, exceptionDetails)
    {
    }

    public InvalidPluginExecutionException(OperationStatus status, string message, Dictionary<string, string> exceptionDetails)
        : this(status, 0, message, PluginHttpStatusCode.NotSet, exceptionDetails)
    {
    }

    private InvalidPluginExecutionException(OperationStatus status, int errorCode, string message, PluginHttpStatusCode httpStatus, Dictionary<string, string> exceptionDetails)
        : base(message)
    {
        _status = status;
        _httpStatus = httpStatus;
        _exceptionDetails = exceptionDetails;

        // Zero means "no code given": the default Exception HResult (0x80131500) stays in place.
        if (errorCode != 0)
        {
            HResult = errorCode;
        }
    }

    private InvalidPluginExecutionException(SerializationInfo info, StreamingContext context)
        : base(info, context)
    {
        _status = (OperationStatus)info.GetValue("Status", typeof(OperationStatus));
        _httpStatus = (PluginHttpStatusCode)info.GetValue("HttpStatus", typeof(PluginHttpStatusCode));
        _exceptionDetails = (Dictionary<string, string>)info.GetValue("ExceptionDetails", typeof(Dictionary<string, string>));
    }

    public OperationStatus Status => _status;

    public int ErrorCode => HResult;

    public PluginHttpStatusCode HttpStatus => _httpStatus;

    public IReadOnlyDictionary<string, string> ExceptionDetails => _exceptionDetails;

    public override void GetObjectData(SerializationInfo info, StreamingContext context)
    {
        base.GetObjectData(info, context);
        info.AddValue("Status", _status, typeof(OperationStatus));
        info.AddValue("HttpStatus", _httpStatus, typeof(PluginHttpStatusCode));
        info.AddValue("ExceptionDetails", _exceptionDetails, typeof(Dictionary<string, string>));
    }

#if NETFRAMEWORK
    // Only the CoreAssemblies (net462) build overrides ToString, and it omits the message and stack;
    // the Dataverse.Client build keeps Exception.ToString(). Exact layout of the net462 text is approximated.
    public override string ToString()
    {
        var text = new StringBuilder();
        text.AppendLine("Status: " + _status);
        text.AppendLine("HttpStatus: " + _httpStatus);
        if (_exceptionDetails != null)
        {
            foreach (var detail in _exceptionDetails)
            {
                text.AppendLine(detail.Key + ": " + detail.Value);
            }
        }

        for (var inner = InnerException; inner != null; inner = inner.InnerException)
        {
            text.AppendLine(inner.ToString());
        }

        return text.ToString();
    }
#endif
}
