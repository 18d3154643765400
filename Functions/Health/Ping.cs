using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Dataverse.LeadHandover.Functions.Health;

public sealed class Ping
{
    [Function(nameof(Ping))]
    public IActionResult Run([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "health")] HttpRequest request) => new OkObjectResult("ok");
}
