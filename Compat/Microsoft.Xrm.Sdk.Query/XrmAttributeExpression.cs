// Mirrors https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.query.xrmattributeexpression
#nullable disable
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Query;

[DataContract(Name = "AttributeExpression", Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
public sealed class XrmAttributeExpression : IExtensibleDataObject
{
    private ExtensionDataObject _extensionData;

    public XrmAttributeExpression()
    {
    }

    public XrmAttributeExpression(string attributeName)
    {
        AttributeName = attributeName;
    }

    public XrmAttributeExpression(string attributeName, XrmAggregateType aggregateType)
        : this(attributeName)
    {
        AggregateType = aggregateType;
    }

    public XrmAttributeExpression(string attributeName, XrmAggregateType aggregateType, string alias)
        : this(attributeName, aggregateType)
    {
        Alias = alias;
    }

    public XrmAttributeExpression(string attributeName, XrmAggregateType aggregateType, string alias, XrmDateTimeGrouping dateTimeGrouping)
        : this(attributeName, aggregateType, alias)
    {
        DateTimeGrouping = dateTimeGrouping;
    }

    [DataMember]
    public string AttributeName { get; set; }

    [DataMember]
    public XrmAggregateType AggregateType { get; set; }

    [DataMember]
    public string Alias { get; set; }

    [DataMember]
    public XrmDateTimeGrouping DateTimeGrouping { get; set; }

    [DataMember]
    public bool HasGroupBy { get; set; }

    public ExtensionDataObject ExtensionData
    {
        get => _extensionData;
        set => _extensionData = value;
    }
}
