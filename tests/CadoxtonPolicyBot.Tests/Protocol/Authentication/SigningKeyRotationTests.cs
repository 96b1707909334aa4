using System.Net;
using CadoxtonPolicyBot.Protocol.Authentication;

namespace CadoxtonPolicyBot.Tests.Protocol.Authentication;

/// <summary>Key rotation seen through /api/messages: each test has its own app, so its key cache starts empty.</summary>
public sealed class SigningKeyRotationTests : IAsyncLifetime
{
    private BotTestEnvironment _env = null!;
    private TestSigningKey _original = null!;

    public async Task InitializeAsync()
    {
        _env = await BotTestEnvironment.StartAsync();
        _original = _env.NewKey("original", "msteams");
        _env.Metadata.Publish("botframework", _original);
    }

    public async Task DisposeAsync() => await _env.DisposeAsync();

    [Fact]
    public async Task Key_published_after_start_up_is_accepted_after_one_refresh_on_its_unknown_kid()
    {
        Assert.Equal(HttpStatusCode.OK, await PostAsync(_original, "before"));
        Assert.Equal(1, _env.Metadata.KeyRequests("botframework"));

        var rotated = _env.NewKey("rotated", "msteams");
        _env.Metadata.Publish("botframework", _original, rotated);

        Assert.Equal(HttpStatusCode.OK, await PostAsync(rotated, "after"));
        Assert.Equal(2, _env.Metadata.KeyRequests("botframework"));
    }

    [Fact]
    public async Task Flood_of_unknown_kids_refreshes_the_keys_at_most_once_per_five_minutes()
    {
        await PostAsync(_original, "warm-up");
        var forger = _env.NewKey("forger", "msteams");
        for (var i = 0; i < 20; i++)
        {
            var response = await _env.App.PostAsync(forger.CreateToken(_env.Now, kid: $"forged-{i}"), BotAppFactory.Activity($"forged-{i}"));
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        }

        // One load at start, one refresh for the first unknown kid, none for the other nineteen.
        Assert.Equal(2, _env.Metadata.KeyRequests("botframework"));

        // A genuine new key waits for the rate limit too; five minutes on it is picked up.
        var later = _env.NewKey("later", "msteams");
        _env.Metadata.Publish("botframework", _original, later);
        Assert.Equal(HttpStatusCode.Unauthorized, await PostAsync(later, "too-soon"));
        _env.App.Time.Advance(OpenIdSigningKeys.UnknownKeyRefreshInterval);
        Assert.Equal(HttpStatusCode.OK, await PostAsync(later, "in-time"));
        Assert.Equal(3, _env.Metadata.KeyRequests("botframework"));
    }

    private async Task<HttpStatusCode> PostAsync(TestSigningKey key, string activityId) =>
        (await _env.App.PostAsync(key.CreateToken(_env.Now), BotAppFactory.Activity(activityId))).StatusCode;
}
