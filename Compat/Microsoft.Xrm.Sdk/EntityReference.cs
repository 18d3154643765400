// Mirrors https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.entityreference
#nullable disable
using System;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

[Serializable]
[DataContract(Name = "EntityReference", Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
public sealed class EntityReference : IExtensibleDataObject
{
    private Guid _id;
    private string _logicalName;
    private string _name;
    private KeyAttributeCollection _keyAttributes;
    private string _rowVersion;

    [NonSerialized]
    private ExtensionDataObject _extensionData;

    public EntityReference()
    {
    }

    public EntityReference(string logicalName)
    {
        _logicalName = logicalName;
    }

    public EntityReference(string logicalName, Guid id)
        : this(logicalName)
    {
        _id = id;
    }

    public EntityReference(string logicalName, string keyName, object keyValue)
        : this(logicalName)
    {
        KeyAttributes[keyName] = keyValue;
    }

    public EntityReference(string logicalName, KeyAttributeCollection keyAttributeCollection)
        : this(logicalName)
    {
        _keyAttributes = keyAttributeCollection;
    }

    [DataMember]
    public Guid Id
    {
        get => _id;
        set => _id = value;
    }

    [DataMember]
    public string LogicalName
    {
        get => _logicalName;
        set => _logicalName = value;
    }

    [DataMember]
    public string Name
    {
        get => _name;
        set => _name = value;
    }

    [DataMember]
    public KeyAttributeCollection KeyAttributes
    {
        get => _keyAttributes ??= new KeyAttributeCollection();
        set => _keyAttributes = value;
    }

    [DataMember]
    public string RowVersion
    {
        get => _rowVersion;
        set => _rowVersion = value;
    }

    public ExtensionDataObject ExtensionData
    {
        get => _extensionData;
        set => _extensionData = value;
    }

    // Name and RowVersion are display/concurrency data, not identity, so equality ignores them.
    public override bool Equals(object obj)
    {
        if (ReferenceEquals(this, obj))
        {
            return true;
        }

        if (obj is not EntityReference other
            || _id != other._id
            || !string.Equals(_logicalName, other._logicalName, StringComparison.Ordinal))
        {
            return false;
        }

        // Read the fields, not the lazy properties, so comparing never allocates key collections.
        var mine = _keyAttributes;
        var theirs = other._keyAttributes;
        if ((mine?.Count ?? 0) != (theirs?.Count ?? 0))
        {
            return false;
        }

        if (mine == null || theirs == null)
        {
            return true;
        }

        foreach (var pair in mine)
        {
            if (!theirs.TryGetValue(pair.Key, out var value) || !Equals(pair.Value, value))
            {
                return false;
            }
        }

        return true;
    }

    public override int GetHashCode()
    {
        var hash = string.IsNullOrEmpty(_logicalName) ? 0 : _logicalName.GetHashCode() ^ _id.GetHashCode();
        if (_keyAttributes != null)
        {
            foreach (var pair in _keyAttributes)
            {
                // A null key value throws here exactly like Microsoft's implementation.
                hash ^= pair.Key.GetHashCode() ^ pair.Value.GetHashCode();
            }
        }

        return hash;
    }
}
