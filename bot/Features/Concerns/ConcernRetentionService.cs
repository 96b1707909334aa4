using Microsoft.EntityFrameworkCore;

namespace CadoxtonPolicyBot.Features.Concerns;

/// <summary>Runs the purge at start-up and then once a day.</summary>
internal sealed partial class ConcernRetentionService(IServiceScopeFactory scopes, TimeProvider time, ILogger<ConcernRetentionService> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromDays(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Let migrations run first; the purge is not urgent.
        await Task.Delay(TimeSpan.FromMinutes(1), time, stoppingToken);
        // A delay per round, not a periodic timer: after the clock jumps it purges once, not once per missed day.
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<ConcernPurger>().PurgeAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is DbUpdateException or InvalidOperationException or System.Data.Common.DbException)
            {
                LogPurgeFailed(logger, ex);
            }

            await Task.Delay(Interval, time, stoppingToken);
        }
    }

    [LoggerMessage(EventId = 6011, Level = LogLevel.Error, Message = "Purging closed concerns failed; will retry tomorrow")]
    private static partial void LogPurgeFailed(ILogger logger, Exception exception);
}
