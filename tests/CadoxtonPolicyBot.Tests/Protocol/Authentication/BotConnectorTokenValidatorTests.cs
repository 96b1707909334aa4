using CadoxtonPolicyBot.Protocol.Authentication;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CadoxtonPolicyBot.Tests.Protocol.Authentication;

/// <summary>The validator on its own, for what the loopback-only HTTP tests cannot reach.</summary>
public sealed class BotConnectorTokenValidatorTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _time = new(DateTimeOffset.UtcNow);
    private OpenIdMetadataServer _metadata = null!;
    private TestSigningKey _key = null!;

    public async Task InitializeAsync()
    {
        _metadata = await OpenIdMetadataServer.StartAsync();
        _key = _metadata.NewKey("teams-key", "msteams");
        _metadata.Publish("botframework", _key);
    }

    public async Task DisposeAsync() => await _metadata.DisposeAsync();

    [Fact]
    public async Task Caller_off_loopback_is_unauthorized_when_no_app_id_is_configured()
    {
        var check = await ValidateAsync(appId: null, authorization: null, callerIsLoopback: false);

        Assert.Equal(AuthStatus.Unauthorized, check.Status);
    }

    [Fact]
    public async Task Token_is_refused_when_no_app_id_is_configured_to_check_its_audience()
    {
        var check = await ValidateAsync(appId: null, authorization: $"Bearer {_key.CreateToken(_time.GetUtcNow())}", callerIsLoopback: true);

        Assert.Equal(AuthStatus.Unauthorized, check.Status);
        Assert.Equal(0, _metadata.MetadataRequests("botframework"));
    }

    [Theory]
    [InlineData("Basic dXNlcjpwYXNz")]
    [InlineData("Bearer")]
    [InlineData("Bearer ")]
    public async Task Authorization_that_is_not_a_bearer_token_is_unauthorized(string authorization)
    {
        var check = await ValidateAsync(TestSigningKey.AppId, authorization, callerIsLoopback: true);

        Assert.Equal(AuthStatus.Unauthorized, check.Status);
    }

    [Fact]
    public async Task Valid_token_yields_its_serviceurl_claim_and_the_keys_endorsements()
    {
        var check = await ValidateAsync(TestSigningKey.AppId, $"Bearer {_key.CreateToken(_time.GetUtcNow())}", callerIsLoopback: false);

        Assert.Equal(AuthStatus.Authenticated, check.Status);
        Assert.Equal(TestSigningKey.ServiceUrl, check.ServiceUrlClaim);
        Assert.Equal(["msteams"], check.Endorsements);
        Assert.Null(check.FailureReason);
    }

    [Fact]
    public async Task Lifetime_is_judged_by_the_apps_clock()
    {
        var minted = _time.GetUtcNow();
        _time.Advance(TimeSpan.FromHours(1) + BotConnectorTokenValidator.ClockSkew + TimeSpan.FromSeconds(1));

        var check = await ValidateAsync(TestSigningKey.AppId, $"Bearer {_key.CreateToken(minted)}", callerIsLoopback: false);

        Assert.Equal(AuthStatus.Unauthorized, check.Status);
        Assert.Contains("SecurityTokenInvalidLifetimeException", check.FailureReason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, 60, 0, true)]
    [InlineData(-10, 60, 0, true)]
    [InlineData(-70, -5, 0, true)]
    [InlineData(-70, -6, 0, false)]
    [InlineData(5, 60, 0, true)]
    [InlineData(6, 60, 0, false)]
    [InlineData(10, 5, 7, false)]
    [InlineData(-10, null, 0, false)]
    public void Lifetime_allows_five_minutes_of_skew_and_requires_an_expiry(int? notBeforeMinutes, int? expiresMinutes, int nowMinutes, bool valid)
    {
        var origin = new DateTime(2026, 1, 5, 9, 0, 0, DateTimeKind.Utc);

        var result = BotConnectorTokenValidator.IsWithinLifetime(
            notBeforeMinutes is { } nbf ? origin.AddMinutes(nbf) : null,
            expiresMinutes is { } exp ? origin.AddMinutes(exp) : null,
            origin.AddMinutes(nowMinutes));

        Assert.Equal(valid, result);
    }

    private async Task<TokenCheck> ValidateAsync(string? appId, string? authorization, bool callerIsLoopback)
    {
        await using var services = AuthenticationServices.Build(_time, appId, _metadata.MetadataUrl("botframework"));
        var validator = services.GetRequiredService<IBotRequestAuthenticator>();
        return await validator.ValidateTokenAsync(authorization, callerIsLoopback, CancellationToken.None);
    }
}
