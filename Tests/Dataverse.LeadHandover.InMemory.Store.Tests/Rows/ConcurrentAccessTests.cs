using System.Linq;
using System.Threading.Tasks;
using Dataverse.LeadHandover.InMemory.Store.Tests.Builders;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Dataverse.LeadHandover.InMemory.Store.Tests.Rows;

/// <summary>
/// The sandbox serves web requests in parallel against one store; every operation must be whole.
/// (Dataverse itself serializes writes to a row inside its database transaction:
/// https://learn.microsoft.com/power-apps/developer/data-platform/scalable-customization-design/database-transactions.)
/// </summary>
[TestClass]
public sealed class ConcurrentAccessTests
{
    [TestMethod]
    public void Create_FromManyThreadsWhileQuerying_StoresEveryRowWithDistinctVersions()
    {
        var store = new StoreBuilder().Build();

        Parallel.For(1, 501, i =>
        {
            store.Create(new Entity("account", KnownIds.Numbered(i)) { ["name"] = "Account " + i }, KnownIds.SalesUser);
            store.RetrieveMultiple(new QueryExpression("account") { TopCount = 10 });
        });

        var rows = store.RetrieveMultiple(new QueryExpression("account") { ColumnSet = new ColumnSet("versionnumber") }).Entities;
        Assert.HasCount(500, rows);
        Assert.HasCount(500, rows.Select(r => r.GetAttributeValue<long>("versionnumber")).Distinct());
    }
}
