using System.Diagnostics.Metrics;
using CadoxtonPolicyBot.Infrastructure.Persistence;

namespace CadoxtonPolicyBot.Features.Acknowledgements;

/// <summary>
/// The delivery queue's depth (cards waiting to go out), read from the outbox when telemetry collects it, about once
/// a minute: the number to watch while a round is being sent.
/// </summary>
internal sealed class AcknowledgementMetrics(IMeterFactory meters, IServiceScopeFactory scopes) : IHostedService
{
    public const string MeterName = "CadoxtonPolicyBot.Acknowledgements";

    public Task StartAsync(CancellationToken cancellationToken)
    {
        meters.Create(MeterName).CreateObservableGauge("cadoxton.ack.outbox.pending", CountPending, "{card}",
            "Acknowledgement cards and reminders waiting to be sent.");
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    // Called synchronously by the metrics collector; a single indexed count.
    private long CountPending()
    {
        using var scope = scopes.CreateScope();
        return scope.ServiceProvider.GetRequiredService<BotDbContext>().Set<RoundRecipient>().LongCount(r => r.State == DeliveryState.Pending);
    }
}
