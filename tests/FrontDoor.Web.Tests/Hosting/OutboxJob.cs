using FrontDoor.Core.Messages;
using Microsoft.Extensions.DependencyInjection;

namespace FrontDoor.Web.Tests.Hosting;

public static class OutboxJob
{
    /// <summary>One run of the outbox's send job, as the web host's jobs home runs it (the fake clock never fires its timer).</summary>
    public static async Task RunOutboxSendJobAsync(this FrontDoorAppFactory app, CancellationToken cancellationToken)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<OutboxSendJob>().RunAsync(scope.ServiceProvider, cancellationToken);
    }
}
