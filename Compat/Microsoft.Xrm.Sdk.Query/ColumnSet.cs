// Mirrors https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.query.columnset
#nullable disable
using System;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Query;

[DataContract(Name = "ColumnSet", Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
public sealed class ColumnSet : IExtensibleDataObject
{
    private DataCollection<string> _columns;
    private DataCollection<XrmAttributeExpression> _attributeExpressions;
    private ExtensionDataObject _extensionData;

    public ColumnSet()
    {
    }

    public ColumnSet(bool allColumns)
    {
        AllColumns = allColumns;
    }

    public ColumnSet(params string[] columns)
    {
        Columns.AddRange(columns);
    }

    [DataMember]
    public bool AllColumns { get; set; }

    [DataMember]
    public DataCollection<string> Columns
    {
        get => _columns ??= new DataCollection<string>();
        set => _columns = value;
    }

    [DataMember]
    public DataCollection<XrmAttributeExpression> AttributeExpressions
    {
        get => _attributeExpressions ??= new DataCollection<XrmAttributeExpression>();
        set => _attributeExpressions = value;
    }

    public bool HasLazyFileAttribute { get; set; }

    public string LazyFileAttributeEntityName { get; set; }

    public string LazyFileAttributeKey { get; set; }

    public Lazy<object> LazyFileAttributeValue { get; set; }

    public int LazyFileAttributeSizeLimit { get; set; }

    public ExtensionDataObject ExtensionData
    {
        get => _extensionData;
        set => _extensionData = value;
    }

    public void AddColumn(string column)
    {
        Columns.Add(column);
    }

    public void AddColumns(params string[] columns)
    {
        Columns.AddRange(columns);
    }
}
