using CadoxtonPolicyBot.Infrastructure.Persistence;
using CadoxtonPolicyBot.Infrastructure.Roles;
using CadoxtonPolicyBot.Protocol;
using CadoxtonPolicyBot.Protocol.Connector;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CadoxtonPolicyBot.Features.Acknowledgements;

/// <summary>Runs the schedule every ScheduleInterval.</summary>
internal sealed partial class AcknowledgementScheduler(
    IServiceScopeFactory scopes,
    IOptions<AcknowledgementOptions> options,
    TimeProvider time,
    ILogger<AcknowledgementScheduler> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<AcknowledgementSchedule>().RunAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is DbUpdateException or InvalidOperationException or System.Data.Common.DbException or HttpRequestException)
            {
                LogFailed(logger, ex);
            }

            try
            {
                await Task.Delay(options.Value.ScheduleInterval, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    [LoggerMessage(EventId = 5044, Level = LogLevel.Error, Message = "Acknowledgement schedule pass failed; retrying at the next interval")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
