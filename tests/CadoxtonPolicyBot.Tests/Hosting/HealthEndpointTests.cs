using System.Net;
using CadoxtonPolicyBot.Tests.Support;

namespace CadoxtonPolicyBot.Tests.Hosting;

public sealed class HealthEndpointTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Liveness_and_readiness_answer_healthy_when_the_database_is_reachable(string provider)
    {
        await using var bot = await BotTestHost.StartAsync(provider);
        using var http = new HttpClient { BaseAddress = bot.BaseAddress };

        using var live = await http.GetAsync(new Uri("/healthz", UriKind.Relative));
        using var ready = await http.GetAsync(new Uri("/readyz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Healthy", await ready.Content.ReadAsStringAsync());
    }
}
