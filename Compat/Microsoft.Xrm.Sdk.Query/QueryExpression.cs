// Mirrors https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.query.queryexpression
#nullable disable
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Query;

[DataContract(Name = "QueryExpression", Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
public sealed class QueryExpression : QueryBase
{
    public static readonly QueryExpression Empty = new QueryExpression();

    private DataCollection<LinkEntity> _linkEntities;
    private DataCollection<OrderExpression> _orders;

    public QueryExpression()
        : this(null)
    {
    }

    public QueryExpression(string entityName)
    {
        EntityName = entityName;
        Criteria = new FilterExpression();
        PageInfo = new PagingInfo();
        ColumnSet = new ColumnSet();
    }

    public static int SerializationDepthLimit { get; set; }

    public static int DeserializationDepthLimit { get; set; }

    [DataMember]
    public string EntityName { get; set; }

    [DataMember]
    public ColumnSet ColumnSet { get; set; }

    [DataMember]
    public FilterExpression Criteria { get; set; }

    [DataMember]
    public DataCollection<LinkEntity> LinkEntities
    {
        get => _linkEntities ??= new DataCollection<LinkEntity>();
        private set => _linkEntities = value;
    }

    [DataMember]
    public DataCollection<OrderExpression> Orders
    {
        get => _orders ??= new DataCollection<OrderExpression>();
        private set => _orders = value;
    }

    [DataMember]
    public PagingInfo PageInfo { get; set; }

    [DataMember]
    public bool Distinct { get; set; }

    [DataMember(Order = 50)]
    public bool NoLock { get; set; }

    [DataMember(EmitDefaultValue = false, Order = 50)]
    public int? TopCount { get; set; }

    [DataMember(EmitDefaultValue = false, Order = 92)]
    public string QueryHints { get; set; }

    [DataMember(EmitDefaultValue = false, Order = 93)]
    public string DataSource { get; set; }

    [DataMember(EmitDefaultValue = false)]
    public string ForceSeek { get; set; }

    [DataMember(IsRequired = false, EmitDefaultValue = false)]
    public QueryExpression SubQueryExpression { get; set; }

    internal override string QueryKind => nameof(QueryExpression);

    // Microsoft resets per-thread depth counters here; the stand-ins keep no such counters.
    public static void InternalResetSerializationCounters()
    {
    }

    public QueryExpression Accept(IQueryExpressionVisitor visitor) => visitor.Visit(this);

    public void AddOrder(string attributeName, OrderType orderType)
    {
        Orders.Add(new OrderExpression(attributeName, orderType));
    }

    public void AddOrder(string attributeName, OrderType orderType, string alias, string entityName)
    {
        Orders.Add(new OrderExpression(attributeName, orderType, alias, entityName));
    }

    public LinkEntity AddLink(string linkToEntityName, string linkFromAttributeName, string linkToAttributeName)
    {
        return AddLink(linkToEntityName, linkFromAttributeName, linkToAttributeName, JoinOperator.Inner);
    }

    public LinkEntity AddLink(string linkToEntityName, string linkFromAttributeName, string linkToAttributeName, JoinOperator joinOperator)
    {
        var link = new LinkEntity(EntityName, linkToEntityName, linkFromAttributeName, linkToAttributeName, joinOperator);
        LinkEntities.Add(link);
        return link;
    }
}
