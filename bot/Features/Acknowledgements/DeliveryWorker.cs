using CadoxtonPolicyBot.Infrastructure.Persistence;
using CadoxtonPolicyBot.Protocol;
using CadoxtonPolicyBot.Protocol.Connector;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CadoxtonPolicyBot.Features.Acknowledgements;

/// <summary>Runs the outbox: at start-up, whenever woken (a launch, a reminder), and every poll interval.</summary>
internal sealed partial class DeliveryWorker(
    OutboxDispatcher dispatcher,
    DeliveryWakeUp wakeUp,
    IOptions<AcknowledgementOptions> options,
    TimeProvider time,
    ILogger<DeliveryWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (await dispatcher.RunOnceAsync(stoppingToken) > 0)
                {
                    continue;
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is DbUpdateException or InvalidOperationException or System.Data.Common.DbException or HttpRequestException)
            {
                LogPassFailed(logger, ex);
            }

            var wait = options.Value.PollInterval;
            try
            {
                wait = await dispatcher.UntilNextDueAsync(wait, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is DbUpdateException or InvalidOperationException or System.Data.Common.DbException)
            {
                LogPassFailed(logger, ex);
            }

            await wakeUp.WaitAsync(wait, time, stoppingToken);
        }
    }

    [LoggerMessage(EventId = 5014, Level = LogLevel.Error, Message = "Outbox pass failed; retrying at the next poll")]
    private static partial void LogPassFailed(ILogger logger, Exception exception);
}
