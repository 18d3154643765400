using System.Threading;
using System.Threading.Tasks;
using Microsoft.PowerPlatform.Dataverse.Client;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.Functions.Tests.Timers;

/// <summary>
/// Holds a sweep between its reads and its first write: the first ExecuteMultiple waits until <see cref="Resume"/>,
/// after telling the test through <see cref="ReachedFirstWrite"/>. Another sweep can run in between, as an
/// overlapping timer run on a second instance would.
/// </summary>
internal sealed class PausingDataverse(IOrganizationServiceAsync2 inner) : DataverseDecorator(inner)
{
    private readonly TaskCompletionSource reached = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource resume = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int held;

    public Task ReachedFirstWrite => reached.Task;

    public void Resume() => resume.TrySetResult();

    protected override async Task<OrganizationResponse?> OnCallAsync(int call, OrganizationRequest request, CancellationToken cancellationToken)
    {
        if (request.RequestName == "ExecuteMultiple" && Interlocked.Exchange(ref held, 1) == 0)
        {
            reached.TrySetResult();
            await resume.Task.WaitAsync(cancellationToken);
        }

        return null;
    }
}
