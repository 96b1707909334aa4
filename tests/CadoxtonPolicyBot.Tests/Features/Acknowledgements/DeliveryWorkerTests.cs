using CadoxtonPolicyBot.Features.Acknowledgements;
using CadoxtonPolicyBot.Infrastructure.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using static CadoxtonPolicyBot.Tests.Features.Acknowledgements.AckHarness;

namespace CadoxtonPolicyBot.Tests.Features.Acknowledgements;

public sealed class DeliveryWorkerTests
{
    [Fact]
    public async Task The_running_worker_sends_as_soon_as_a_launch_wakes_it_without_waiting_for_the_poll()
    {
        await using var app = await CreateAsync(DatabaseProvider.Sqlite, settings: [new("Acknowledgements:PollInterval", "00:10:00")]);
        var worker = new DeliveryWorker(
            app.Services.GetRequiredService<OutboxDispatcher>(),
            app.Services.GetRequiredService<DeliveryWakeUp>(),
            app.Services.GetRequiredService<IOptions<AcknowledgementOptions>>(),
            app.Time,
            NullLogger<DeliveryWorker>.Instance);
        await worker.StartAsync(CancellationToken.None);
        try
        {
            await Task.Delay(200); // the worker's first pass finds nothing and waits for a wake-up or the (fake) poll

            await app.LaunchAsync([Alex, Bea]);

            var deadline = DateTime.UtcNow.AddSeconds(10);
            while (app.Connector.Sends.Count < 2 && DateTime.UtcNow < deadline)
            {
                await Task.Delay(20);
                app.Time.Advance(TimeSpan.FromMilliseconds(50)); // lets the rate limiter's spacing elapse
            }
        }
        finally
        {
            await worker.StopAsync(CancellationToken.None);
        }

        Assert.Equal(2, app.Connector.Sends.Count);
        Assert.True(app.Time.GetUtcNow() - new DateTimeOffset(2026, 9, 7, 9, 0, 0, TimeSpan.Zero) < TimeSpan.FromMinutes(10));
    }
}
