using Dataverse.LeadHandover.Functions.Acknowledgement;
using Dataverse.LeadHandover.Functions.Dataverse;
using Dataverse.LeadHandover.Functions.Health;
using Dataverse.LeadHandover.Functions.Notifications;
using Dataverse.LeadHandover.Functions.Options;
using Dataverse.LeadHandover.Functions.Sweep;
using Dataverse.LeadHandover.Functions.Webhooks;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

var builder = FunctionsApplication.CreateBuilder(args);

// Without this, functions taking HttpRequest compile but fail at run time (no diagnostic with this builder).
builder.ConfigureFunctionsWebApplication();
builder.Services
    .AddLeadHandoverOptions()
    .AddDataverse()
    .AddHandoverWebhook()
    .AddHandoverNotifications()
    .AddSlaSweep()
    .AddHandoverAcknowledgement()
    .AddHealthReport();
// ServiceClient narrates every request at Information; its warnings and errors are what operators need.
builder.Logging.AddFilter(ServiceClientFactory.ClientLogCategory, LogLevel.Warning);
builder.Build().Run();
