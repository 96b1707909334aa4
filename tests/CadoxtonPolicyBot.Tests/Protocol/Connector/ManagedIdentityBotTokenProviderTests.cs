using Azure.Core;
using CadoxtonPolicyBot.Protocol.Connector;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace CadoxtonPolicyBot.Tests.Protocol.Connector;

public sealed class ManagedIdentityBotTokenProviderTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task The_token_is_reused_until_five_minutes_before_it_expires()
    {
        var identityEndpoint = new CountingCredential(_time, lifetime: TimeSpan.FromHours(1));
        using var provider = new ManagedIdentityBotTokenProvider(identityEndpoint, _time, NullLogger<ManagedIdentityBotTokenProvider>.Instance);

        var first = await provider.GetTokenAsync(CancellationToken.None);
        _time.Advance(TimeSpan.FromMinutes(54));
        var stillCached = await provider.GetTokenAsync(CancellationToken.None);
        _time.Advance(TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(1));
        var refreshed = await provider.GetTokenAsync(CancellationToken.None);

        Assert.Equal("mi-token-1", first);
        Assert.Equal("mi-token-1", stillCached);
        Assert.Equal("mi-token-2", refreshed);
        Assert.Equal(2, identityEndpoint.Calls);
        Assert.Equal(["https://api.botframework.com/.default"], identityEndpoint.LastScopes);
    }

    [Fact]
    public async Task Concurrent_callers_share_one_token_request()
    {
        var identityEndpoint = new CountingCredential(_time, lifetime: TimeSpan.FromHours(1), delay: TimeSpan.FromMilliseconds(100));
        using var provider = new ManagedIdentityBotTokenProvider(identityEndpoint, _time, NullLogger<ManagedIdentityBotTokenProvider>.Instance);

        var tokens = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => provider.GetTokenAsync(CancellationToken.None).AsTask()));

        Assert.All(tokens, token => Assert.Equal("mi-token-1", token));
        Assert.Equal(1, identityEndpoint.Calls);
    }

    /// <summary>Stands in for the managed identity endpoint.</summary>
    private sealed class CountingCredential(TimeProvider time, TimeSpan lifetime, TimeSpan delay = default) : TokenCredential
    {
        private int _calls;

        public int Calls => _calls;

        public string[] LastScopes { get; private set; } = [];

        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            throw new NotSupportedException("The provider must use the asynchronous path.");

        public override async ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken)
        {
            if (delay > TimeSpan.Zero)
            {
                await Task.Delay(delay, cancellationToken);
            }

            LastScopes = requestContext.Scopes;
            var call = Interlocked.Increment(ref _calls);
            return new AccessToken($"mi-token-{call}", time.GetUtcNow() + lifetime);
        }
    }
}
