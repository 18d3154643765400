using System;
using Dataverse.LeadHandover.Sandbox;

// The local run of the Lead Handover flow: no tenant, no Azure. Later issues add the Functions, a web UI and a clock.
var organization = SandboxOrganization.Create(TimeProvider.System);
new IntakeTour(organization, Console.Out).Run();
return 0;
