using CadoxtonPolicyBot.Protocol.Authentication;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CadoxtonPolicyBot.Tests.Protocol.Authentication;

public sealed class OpenIdSigningKeysTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _time = new(DateTimeOffset.UtcNow);
    private TestSigningKey _teamsKey = null!;
    private TestSigningKey _plainKey = null!;
    private OpenIdMetadataServer _metadata = null!;
    private ServiceProvider _services = null!;

    private Uri MetadataUrl => _metadata.MetadataUrl("botframework");

    private OpenIdSigningKeys Keys => _services.GetRequiredService<OpenIdSigningKeys>();

    public async Task InitializeAsync()
    {
        _metadata = await OpenIdMetadataServer.StartAsync();
        _teamsKey = _metadata.NewKey("teams-key", "msteams", "skype");
        _plainKey = _metadata.NewKey("plain-key");
        _metadata.Publish("botframework", _teamsKey, _plainKey);
        _services = AuthenticationServices.Build(_time, TestSigningKey.AppId, MetadataUrl, TimeSpan.FromHours(12));
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _metadata.DisposeAsync();
    }

    [Fact]
    public async Task Keys_are_fetched_once_and_then_served_from_the_cache()
    {
        Assert.NotNull(await Keys.FindAsync(MetadataUrl, "teams-key", CancellationToken.None));
        Assert.NotNull(await Keys.FindAsync(MetadataUrl, "plain-key", CancellationToken.None));

        Assert.Equal(1, _metadata.MetadataRequests("botframework"));
        Assert.Equal(1, _metadata.KeyRequests("botframework"));
    }

    [Fact]
    public async Task Keys_are_fetched_again_once_the_refresh_interval_has_passed()
    {
        await Keys.FindAsync(MetadataUrl, "teams-key", CancellationToken.None);
        _time.Advance(TimeSpan.FromHours(12) - TimeSpan.FromSeconds(1));
        await Keys.FindAsync(MetadataUrl, "teams-key", CancellationToken.None);
        Assert.Equal(1, _metadata.KeyRequests("botframework"));

        _time.Advance(TimeSpan.FromSeconds(1));
        await Keys.FindAsync(MetadataUrl, "teams-key", CancellationToken.None);

        Assert.Equal(2, _metadata.KeyRequests("botframework"));
    }

    [Fact]
    public async Task Unknown_kid_on_an_empty_cache_costs_a_single_fetch()
    {
        Assert.Null(await Keys.FindAsync(MetadataUrl, "nobody", CancellationToken.None));

        Assert.Equal(1, _metadata.KeyRequests("botframework"));
    }

    [Fact]
    public async Task Failed_refresh_keeps_the_keys_already_loaded_and_is_retried_after_a_pause()
    {
        await Keys.FindAsync(MetadataUrl, "teams-key", CancellationToken.None);
        _metadata.SetFailing("botframework", true);
        _time.Advance(TimeSpan.FromHours(12));

        Assert.NotNull(await Keys.FindAsync(MetadataUrl, "teams-key", CancellationToken.None));
        Assert.NotNull(await Keys.FindAsync(MetadataUrl, "teams-key", CancellationToken.None));
        Assert.Equal(2, _metadata.MetadataRequests("botframework"));

        _time.Advance(OpenIdSigningKeys.RetryAfterFailure);
        _metadata.SetFailing("botframework", false);
        await Keys.FindAsync(MetadataUrl, "teams-key", CancellationToken.None);

        Assert.Equal(3, _metadata.MetadataRequests("botframework"));
        Assert.Equal(2, _metadata.KeyRequests("botframework"));
    }

    [Fact]
    public async Task Endorsements_come_with_the_key_that_lists_them()
    {
        var endorsed = await Keys.FindAsync(MetadataUrl, "teams-key", CancellationToken.None);
        var plain = await Keys.FindAsync(MetadataUrl, "plain-key", CancellationToken.None);

        Assert.Equal(["msteams", "skype"], endorsed?.Endorsements);
        Assert.NotNull(plain);
        Assert.Null(plain.Endorsements);
    }
}
