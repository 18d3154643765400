// Mirrors https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.query.iqueryexpressionvisitor
#nullable disable
namespace Microsoft.Xrm.Sdk.Query;

public interface IQueryExpressionVisitor
{
    QueryExpression Visit(QueryExpression query);
}
