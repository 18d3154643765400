using System;
using System.Collections.Generic;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.Compat.Tests.Exceptions;

/// <summary>
/// Constructors and properties of the plug-in exception, as in the Dataverse.Client 1.1.17 build:
/// https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.invalidpluginexecutionexception.-ctor and
/// https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.invalidpluginexecutionexception.exceptiondetails.
/// </summary>
[TestClass]
public sealed class InvalidPluginExecutionExceptionTests
{
    private const int DefaultExceptionHResult = -2146233088;

    [TestMethod]
    public void ParameterlessConstructor_Defaults_FailedNotSetAndDefaultHResult()
    {
        var exception = new InvalidPluginExecutionException();

        Assert.AreEqual(OperationStatus.Failed, exception.Status);
        Assert.AreEqual(PluginHttpStatusCode.NotSet, exception.HttpStatus);
        Assert.AreEqual(DefaultExceptionHResult, exception.ErrorCode);
        Assert.IsEmpty(exception.ExceptionDetails);
    }

    [TestMethod]
    public void StatusConstructor_NoMessage_UsesEmptyMessage()
    {
        var exception = new InvalidPluginExecutionException(OperationStatus.Canceled);

        Assert.AreEqual(OperationStatus.Canceled, exception.Status);
        Assert.AreEqual(string.Empty, exception.Message);
    }

    [TestMethod]
    public void MessageConstructor_Message_IsKeptVerbatim()
    {
        var exception = new InvalidPluginExecutionException("The lead has no handover owner.");

        Assert.AreEqual("The lead has no handover owner.", exception.Message);
        Assert.AreEqual(OperationStatus.Failed, exception.Status);
    }

    [TestMethod]
    public void ErrorCodeConstructor_NonZeroCode_BecomesHResult()
    {
        var exception = new InvalidPluginExecutionException(OperationStatus.Failed, -2147220891, "Escalation refused.", PluginHttpStatusCode.Conflict);

        Assert.AreEqual(-2147220891, exception.ErrorCode);
        Assert.AreEqual(-2147220891, exception.HResult);
        Assert.AreEqual(PluginHttpStatusCode.Conflict, exception.HttpStatus);
    }

    [TestMethod]
    public void ErrorCodeConstructor_ZeroCode_KeepsDefaultHResult()
    {
        var exception = new InvalidPluginExecutionException(OperationStatus.Retry, 0, "Try again.");

        Assert.AreEqual(DefaultExceptionHResult, exception.ErrorCode);
        Assert.AreEqual(OperationStatus.Retry, exception.Status);
    }

    [TestMethod]
    public void InnerExceptionConstructor_InnerPluginException_CopiesHttpStatus()
    {
        var inner = new InvalidPluginExecutionException("Ledger locked.", PluginHttpStatusCode.TooManyRequests);

        var exception = new InvalidPluginExecutionException("Handover failed.", inner);

        Assert.AreEqual(PluginHttpStatusCode.TooManyRequests, exception.HttpStatus);
        Assert.AreSame(inner, exception.InnerException);
    }

    [TestMethod]
    public void DetailsConstructor_Dictionary_IsExposedAsIs()
    {
        var details = new Dictionary<string, string> { ["lead"] = "1ead0000-0000-0000-0000-000000000001" };

        var exception = new InvalidPluginExecutionException("Handover failed.", PluginHttpStatusCode.BadRequest, details);

        Assert.AreSame(details, exception.ExceptionDetails);
        Assert.AreEqual(DefaultExceptionHResult, exception.ErrorCode);
    }

    [TestMethod]
    public void DetailsConstructor_NullDictionary_ExposesNull()
    {
        var exception = new InvalidPluginExecutionException("Handover failed.", (Dictionary<string, string>)null!);

        Assert.IsNull(exception.ExceptionDetails);
    }

    [TestMethod]
    public void ToString_DataverseClientBuild_IncludesMessage()
    {
        var exception = new InvalidPluginExecutionException("The lead has no handover owner.");

        Assert.Contains("The lead has no handover owner.", exception.ToString());
    }
}
