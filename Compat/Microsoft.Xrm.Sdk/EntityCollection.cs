// Mirrors https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.entitycollection
#nullable disable
using System.Collections.Generic;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

[DataContract(Name = "EntityCollection", Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
public sealed class EntityCollection : IExtensibleDataObject
{
    private DataCollection<Entity> _entities;
    private bool _moreRecords;
    private string _pagingCookie;
    private string _minActiveRowVersion;
    private int _totalRecordCount;
    private bool _totalRecordCountLimitExceeded;
    private string _entityName;
    private ExtensionDataObject _extensionData;

    public EntityCollection()
    {
    }

    public EntityCollection(IList<Entity> list)
    {
        _entities = new DataCollection<Entity>(list);
    }

    [DataMember]
    public DataCollection<Entity> Entities
    {
        get => _entities ??= new DataCollection<Entity>();
        set
        {
            // Microsoft's setter refills the existing collection instead of swapping the instance.
            var current = Entities;
            if (ReferenceEquals(current, value))
            {
                return;
            }

            current.Clear();
            current.AddRange(value);
        }
    }

    [DataMember]
    public bool MoreRecords
    {
        get => _moreRecords;
        set => _moreRecords = value;
    }

    [DataMember]
    public string PagingCookie
    {
        get => _pagingCookie;
        set => _pagingCookie = value;
    }

    [DataMember]
    public string MinActiveRowVersion
    {
        get => _minActiveRowVersion;
        set => _minActiveRowVersion = value;
    }

    [DataMember]
    public int TotalRecordCount
    {
        get => _totalRecordCount;
        set => _totalRecordCount = value;
    }

    [DataMember]
    public bool TotalRecordCountLimitExceeded
    {
        get => _totalRecordCountLimitExceeded;
        set => _totalRecordCountLimitExceeded = value;
    }

    [DataMember]
    public string EntityName
    {
        get => _entityName;
        set => _entityName = value;
    }

    public ExtensionDataObject ExtensionData
    {
        get => _extensionData;
        set => _extensionData = value;
    }

    public Entity this[int index]
    {
        get => Entities[index];
        set => Entities[index] = value;
    }
}
