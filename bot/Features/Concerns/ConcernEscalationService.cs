using CadoxtonPolicyBot.Infrastructure.Coordination;
using Microsoft.Extensions.Options;

namespace CadoxtonPolicyBot.Features.Concerns;

/// <summary>
/// Runs <see cref="ConcernEscalator"/> every Concerns:EscalationCheckInterval in one instance at a time (lease
/// "concern-escalation"). The database claim in <see cref="ConcernRouter"/> would still make each escalation happen
/// once if two instances ran it (during a lease hand-over); the lease spares the second the work.
/// </summary>
internal sealed partial class ConcernEscalationService(
    IServiceScopeFactory scopes,
    ILeases leases,
    TimeProvider time,
    IOptions<ConcernsOptions> options,
    ILogger<ConcernEscalationService> logger) : SingleInstanceService(leases, time)
{
    protected override string LeaseName => "concern-escalation";

    protected override TimeSpan Interval => options.Value.EscalationCheckInterval;

    protected override TimeSpan FirstDelay => options.Value.EscalationCheckInterval;

    protected override async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ConcernEscalator>().EscalateDueAsync(cancellationToken);
    }

    protected override void PassFailed(Exception exception) => LogFailed(logger, exception);

    [LoggerMessage(EventId = 6025, Level = LogLevel.Error, Message = "Checking concerns for escalation failed; trying again at the next interval")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
