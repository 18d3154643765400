// Mirrors https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.entity
#nullable disable
using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Globalization;
using System.Linq;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

[DataContract(Name = "Entity", Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
public class Entity : IExtensibleDataObject
{
    // Early-bound classes carry Microsoft.Xrm.Sdk.Client.EntityLogicalNameAttribute; that namespace is
    // not part of these stand-ins, so ToEntity<T> finds the attribute by name.
    private const string EntityLogicalNameAttributeTypeName = "Microsoft.Xrm.Sdk.Client.EntityLogicalNameAttribute";

    private string _logicalName;
    private Guid _id;
    private AttributeCollection _attributes;
    private EntityState? _entityState;
    private FormattedValueCollection _formattedValues;
    private RelatedEntityCollection _relatedEntities;
    private KeyAttributeCollection _keyAttributes;
    private string _rowVersion;
    private ExtensionDataObject _extensionData;

    public Entity()
        : this((string)null)
    {
    }

    public Entity(string entityName)
    {
        _logicalName = entityName;
    }

    public Entity(string entityName, Guid id)
        : this(entityName)
    {
        _id = id;
    }

    public Entity(string entityName, string keyName, object keyValue)
        : this(entityName)
    {
        KeyAttributes[keyName] = keyValue;
    }

    public Entity(string entityName, KeyAttributeCollection keyAttributes)
        : this(entityName)
    {
        _keyAttributes = keyAttributes;
    }

    [DataMember]
    public string LogicalName
    {
        get => _logicalName;
        set => _logicalName = value;
    }

    [DataMember]
    public virtual Guid Id
    {
        get => _id;
        set => _id = value;
    }

    [DataMember]
    public AttributeCollection Attributes
    {
        get => _attributes ??= new AttributeCollection();
        set => _attributes = value;
    }

    [DataMember]
    public EntityState? EntityState
    {
        get => _entityState;
        set => _entityState = value;
    }

    [DataMember]
    public FormattedValueCollection FormattedValues
    {
        get => _formattedValues ??= new FormattedValueCollection();
        set
        {
            // Microsoft's setter refills the existing collection instead of swapping the instance.
            var current = FormattedValues;
            if (ReferenceEquals(current, value))
            {
                return;
            }

            current.Clear();
            current.AddRange(value);
        }
    }

    [DataMember]
    public RelatedEntityCollection RelatedEntities
    {
        get => _relatedEntities ??= new RelatedEntityCollection();
        set => _relatedEntities = value;
    }

    [DataMember]
    public string RowVersion
    {
        get => _rowVersion;
        set => _rowVersion = value;
    }

    [DataMember]
    public KeyAttributeCollection KeyAttributes
    {
        get => _keyAttributes ??= new KeyAttributeCollection();
        set => _keyAttributes = value;
    }

    public ExtensionDataObject ExtensionData
    {
        get => _extensionData;
        set => _extensionData = value;
    }

    public bool HasLazyFileAttribute { get; set; }

    public string LazyFileAttributeKey { get; set; }

    public Lazy<object> LazyFileAttributeValue { get; set; }

    public string LazyFileSizeAttributeKey { get; set; }

    public int LazyFileSizeAttributeValue { get; set; }

    public object this[string attributeName]
    {
        get => Attributes[attributeName];
        set => Attributes[attributeName] = value;
    }

    public bool Contains(string attributeName) => Attributes.Contains(attributeName);

    public virtual T GetAttributeValue<T>(string attributeLogicalName)
    {
        var value = GetAttributeValueOrNull(attributeLogicalName);
        return value == null ? default : (T)value;
    }

    public bool TryGetAttributeValue<T>(string attributeKey, out T result)
    {
        result = default;
        if (string.IsNullOrWhiteSpace(attributeKey)
            || !Attributes.TryGetValue(attributeKey, out var value)
            || value == null)
        {
            return false;
        }

        if (value is T typed)
        {
            result = typed;
            return true;
        }

        // Microsoft falls back to the type's converter and swallows any failure.
        try
        {
            result = (T)TypeDescriptor.GetConverter(typeof(T)).ConvertFrom(value);
            return true;
        }
        catch (Exception)
        {
            result = default;
            return false;
        }
    }

    public EntityReference ToEntityReference()
    {
        return new EntityReference(LogicalName, Id) { RowVersion = RowVersion };
    }

    public T ToEntity<T>()
        where T : Entity
    {
        if (typeof(T) == typeof(Entity))
        {
            var copy = new Entity();
            ShallowCopyTo(copy);
            return copy as T;
        }

        if (string.IsNullOrWhiteSpace(_logicalName))
        {
            throw new NotSupportedException("LogicalName must be set before calling ToEntity()");
        }

        var targetLogicalName = FindEntityLogicalName(typeof(T));
        if (string.IsNullOrWhiteSpace(targetLogicalName))
        {
            throw new NotSupportedException("Cannot convert to type that is does not have EntityLogicalNameAttribute");
        }

        if (!string.Equals(_logicalName, targetLogicalName, StringComparison.Ordinal))
        {
            throw new NotSupportedException(string.Format(CultureInfo.InvariantCulture, "Cannot convert entity {0} to {1}", _logicalName, targetLogicalName));
        }

        var target = (T)Activator.CreateInstance(typeof(T));
        ShallowCopyTo(target);
        return target;
    }

    protected virtual void SetAttributeValue(string attributeLogicalName, object value)
    {
        if (string.IsNullOrWhiteSpace(attributeLogicalName))
        {
            throw new ArgumentNullException(nameof(attributeLogicalName));
        }

        this[attributeLogicalName] = value;
    }

    protected virtual string GetFormattedAttributeValue(string attributeLogicalName)
    {
        if (string.IsNullOrWhiteSpace(attributeLogicalName))
        {
            throw new ArgumentNullException(nameof(attributeLogicalName));
        }

        return FormattedValues.TryGetValue(attributeLogicalName, out var formatted) ? formatted : null;
    }

    protected virtual TEntity GetRelatedEntity<TEntity>(string relationshipSchemaName, EntityRole? primaryEntityRole)
        where TEntity : Entity
    {
        var key = RelationshipKey(relationshipSchemaName, primaryEntityRole);
        return RelatedEntities.TryGetValue(key, out var related) ? (TEntity)related.Entities.FirstOrDefault() : null;
    }

    protected virtual void SetRelatedEntity<TEntity>(string relationshipSchemaName, EntityRole? primaryEntityRole, TEntity entity)
        where TEntity : Entity
    {
        if (entity != null && string.IsNullOrWhiteSpace(entity.LogicalName))
        {
            throw new ArgumentException("The entity is missing a value for the 'LogicalName' property.", nameof(entity));
        }

        SetRelatedEntities(relationshipSchemaName, primaryEntityRole, entity == null ? null : new[] { entity });
    }

    protected virtual IEnumerable<TEntity> GetRelatedEntities<TEntity>(string relationshipSchemaName, EntityRole? primaryEntityRole)
        where TEntity : Entity
    {
        var key = RelationshipKey(relationshipSchemaName, primaryEntityRole);
        return RelatedEntities.TryGetValue(key, out var related) ? related.Entities.Cast<TEntity>() : null;
    }

    protected virtual void SetRelatedEntities<TEntity>(string relationshipSchemaName, EntityRole? primaryEntityRole, IEnumerable<TEntity> entities)
        where TEntity : Entity
    {
        var key = RelationshipKey(relationshipSchemaName, primaryEntityRole);
        if (entities == null)
        {
            RelatedEntities.Remove(key);
            return;
        }

        var list = entities.Cast<Entity>().ToList();
        if (list.Any(e => string.IsNullOrWhiteSpace(e.LogicalName)))
        {
            throw new ArgumentException("An entity is missing a value for the 'LogicalName' property.", nameof(entities));
        }

        RelatedEntities[key] = new EntityCollection(list) { EntityName = list.Count > 0 ? list[0].LogicalName : null };
    }

    private object GetAttributeValueOrNull(string attributeLogicalName)
    {
        if (string.IsNullOrWhiteSpace(attributeLogicalName))
        {
            throw new ArgumentNullException(nameof(attributeLogicalName));
        }

        return Attributes.TryGetValue(attributeLogicalName, out var value) ? value : null;
    }

    private static Relationship RelationshipKey(string relationshipSchemaName, EntityRole? primaryEntityRole)
    {
        if (string.IsNullOrWhiteSpace(relationshipSchemaName))
        {
            throw new ArgumentNullException(nameof(relationshipSchemaName));
        }

        return new Relationship(relationshipSchemaName) { PrimaryEntityRole = primaryEntityRole };
    }

    private static string FindEntityLogicalName(Type type)
    {
        foreach (var attribute in type.GetCustomAttributes(true))
        {
            var attributeType = attribute.GetType();
            if (attributeType.FullName == EntityLogicalNameAttributeTypeName)
            {
                return attributeType.GetProperty("LogicalName")?.GetValue(attribute, null) as string;
            }
        }

        return null;
    }

    // Shallow on purpose: Microsoft's copy shares the same Attributes instance with the source.
    private void ShallowCopyTo(Entity target)
    {
        if (target == null || ReferenceEquals(target, this))
        {
            return;
        }

        target.Id = Id;
        target._logicalName = _logicalName;
        target._entityState = _entityState;
        target._relatedEntities = RelatedEntities;
        target._attributes = Attributes;
        target._formattedValues = FormattedValues;
        target._keyAttributes = KeyAttributes;
        target._rowVersion = _rowVersion;
        target._extensionData = _extensionData;
    }
}
