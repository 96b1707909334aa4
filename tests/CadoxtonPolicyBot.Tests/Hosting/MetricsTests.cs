using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Net;
using CadoxtonPolicyBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace CadoxtonPolicyBot.Tests.Hosting;

/// <summary>The numbers an IT contractor watches in Application Insights: turns, verdicts, connector answers and 429s.</summary>
public sealed class MetricsTests
{
    [Fact]
    public async Task Turns_verdicts_connector_answers_and_throttling_are_counted_without_any_text()
    {
        await using var bot = await BotTestHost.StartAsync();
        var factory = bot.Services.GetRequiredService<IMeterFactory>();
        var seen = new ConcurrentBag<(string Instrument, long Value, string Tags)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            // Only this bot's meters: other tests run their own bots in parallel.
            if (instrument.Meter.Scope == factory && instrument.Name.StartsWith("cadoxton.", StringComparison.Ordinal))
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
            seen.Add((instrument.Name, value, string.Join(",", tags.ToArray().Select(t => $"{t.Key}={t.Value}")))));
        listener.Start();

        bot.Connector.EnqueueFailure(429, retryAfter: "0");
        using var response = await bot.PostAsync(bot.Message("Can I go on Facebook on the school computer at lunch?"));
        await bot.Connector.WaitForMessagesAsync(1);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(seen, m => m.Instrument == "cadoxton.turns" && m.Tags == "activity.type=message");
        Assert.Contains(seen, m => m.Instrument == "cadoxton.answers" && m.Tags == "verdict=not_allowed");
        Assert.Contains(seen, m => m.Instrument == "cadoxton.connector.throttled");
        Assert.Contains(seen, m => m.Instrument == "cadoxton.connector.responses" && m.Tags == "http.response.status_code=201");
        Assert.DoesNotContain(seen, m => m.Tags.Contains("Facebook", StringComparison.OrdinalIgnoreCase));
    }
}
