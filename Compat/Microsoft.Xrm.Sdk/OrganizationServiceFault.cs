// Mirrors https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.organizationservicefault
#nullable disable
using System;
using System.Globalization;
using System.Runtime.Serialization;
using System.Text;

namespace Microsoft.Xrm.Sdk;

[Serializable]
[DataContract(Name = "OrganizationServiceFault", Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
public class OrganizationServiceFault : BaseServiceFault
{
    public OrganizationServiceFault()
    {
    }

    [DataMember]
    public string TraceText { get; set; }

    [DataMember]
    public OrganizationServiceFault InnerFault { get; set; }

    // Internal in Microsoft's type but serialized, so real fault payloads round-trip.
    [DataMember]
    internal string OriginalException { get; set; }

    [DataMember]
    internal string ExceptionSource { get; set; }

    [DataMember]
    internal bool ExceptionRetriable { get; set; }

    public override string ToString()
    {
        var text = new StringBuilder();
        for (var fault = this; fault != null; fault = fault.InnerFault)
        {
            text.AppendLine("Exception details: ");
            text.AppendLine("ErrorCode: 0x" + fault.ErrorCode.ToString("X", CultureInfo.InvariantCulture));
            text.AppendLine("Message: " + fault.Message);
            if (fault.ErrorDetails.TryGetValue("CallStack", out var callStack) && callStack != null)
            {
                text.AppendLine("StackTrace: " + callStack);
            }

            text.AppendLine("TimeStamp: " + fault.Timestamp.ToUniversalTime().ToString("o", CultureInfo.InvariantCulture));
            if (!string.IsNullOrEmpty(fault.OriginalException))
            {
                text.AppendLine("OriginalException: " + fault.OriginalException);
            }

            if (!string.IsNullOrEmpty(fault.ExceptionSource))
            {
                text.AppendLine("ExceptionSource: " + fault.ExceptionSource);
            }

            text.AppendLine("--");
        }

        return text.ToString();
    }
}
