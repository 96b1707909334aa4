using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CadoxtonPolicyBot.Features.Concerns;

/// <summary>
/// Runs <see cref="ConcernEscalator"/> every Concerns:EscalationCheckInterval. Every instance of the bot runs it; the
/// database claim in <see cref="ConcernRouter"/> makes each escalation happen once.
/// </summary>
internal sealed partial class ConcernEscalationService(
    IServiceScopeFactory scopes,
    TimeProvider time,
    IOptions<ConcernsOptions> options,
    ILogger<ConcernEscalationService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // A delay per round, not a periodic timer: after the clock jumps it checks once, not once per missed interval.
        while (!stoppingToken.IsCancellationRequested)
        {
            await Task.Delay(options.Value.EscalationCheckInterval, time, stoppingToken);
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<ConcernEscalator>().EscalateDueAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is DbUpdateException or InvalidOperationException or System.Data.Common.DbException or HttpRequestException)
            {
                LogFailed(logger, ex);
            }
        }
    }

    [LoggerMessage(EventId = 6025, Level = LogLevel.Error, Message = "Checking concerns for escalation failed; trying again at the next interval")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
