using System;
using System.IO;
using Dataverse.LeadHandover.Sandbox.Clock;
using Dataverse.LeadHandover.Sandbox.Demo;
using Dataverse.LeadHandover.Sandbox.Organization;
using Dataverse.LeadHandover.Sandbox.Tour;

namespace Dataverse.LeadHandover.Sandbox.Commands;

/// <summary>The console intake tour, in an organization of its own that is thrown away afterwards.</summary>
internal static class TourCommand
{
    public static int Run(TextWriter output)
    {
        var organization = SandboxOrganization.CreateEmpty(new SandboxClock(DemoOrganization.Start, running: false), RepositoryLayout.Find());
        new IntakeTour(organization, output).Run();
        return 0;
    }
}
