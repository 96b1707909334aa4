using CadoxtonPolicyBot.Infrastructure.Coordination;

namespace CadoxtonPolicyBot.Features.Concerns;

/// <summary>Runs the purge a minute after start-up and then once a day, in one instance at a time (lease "concern-retention").</summary>
internal sealed partial class ConcernRetentionService(
    IServiceScopeFactory scopes,
    ILeases leases,
    TimeProvider time,
    ILogger<ConcernRetentionService> logger) : SingleInstanceService(leases, time)
{
    protected override string LeaseName => "concern-retention";

    protected override TimeSpan Interval => TimeSpan.FromDays(1);

    // Let migrations run first; the purge is not urgent.
    protected override TimeSpan FirstDelay => TimeSpan.FromMinutes(1);

    protected override async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ConcernPurger>().PurgeAsync(cancellationToken);
    }

    protected override void PassFailed(Exception exception) => LogPurgeFailed(logger, exception);

    [LoggerMessage(EventId = 6011, Level = LogLevel.Error, Message = "Purging closed concerns failed; will retry tomorrow")]
    private static partial void LogPurgeFailed(ILogger logger, Exception exception);
}
