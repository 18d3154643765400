using System;
using System.ServiceModel;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.InMemory.Faults;

/// <summary>Builds faults the way callers receive them from Dataverse: <c>FaultException&lt;OrganizationServiceFault&gt;</c>.</summary>
internal static class PlatformFault
{
    public static FaultException<OrganizationServiceFault> Create(int errorCode, string message, TimeProvider clock, string? traceText = null)
    {
        var fault = new OrganizationServiceFault
        {
            ErrorCode = errorCode,
            Message = message,
            Timestamp = clock.GetUtcNow().UtcDateTime,
            TraceText = traceText,
        };
        return Wrap(fault);
    }

    public static FaultException<OrganizationServiceFault> Wrap(OrganizationServiceFault fault) =>
        new(fault, new FaultReason(fault.Message ?? string.Empty));

    public static FaultException<OrganizationServiceFault> NoActiveTransaction(TimeProvider clock) =>
        Create(
            PlatformErrorCodes.NoActiveTransaction,
            "There is no active transaction. This error is usually caused by custom plug-ins that ignore errors from service calls and continue processing.",
            clock);

    public static FaultException<OrganizationServiceFault> IsvReducedTransactionCount(TimeProvider clock) =>
        Create(
            PlatformErrorCodes.IsvReducedTransactionCount,
            "ISV code reduced the open transaction count. Custom plug-ins should not catch exceptions from OrganizationService calls and continue processing.",
            clock);

    public static FaultException<OrganizationServiceFault> InvalidArgument(string message, TimeProvider clock) =>
        Create(PlatformErrorCodes.InvalidArgument, message, clock);
}
