using System.Net;

namespace CadoxtonPolicyBot.Tests.Protocol.Authentication;

/// <summary>Forged and broken tokens sent through the real HTTP pipeline to POST /api/messages.</summary>
public sealed class ForgedTokenTests(AuthenticatedBotFixture fixture) : IClassFixture<AuthenticatedBotFixture>
{
    private BotAppFactory App => fixture.App;

    [Fact]
    public async Task Valid_token_is_accepted_and_the_bot_gets_the_activity()
    {
        var response = await App.PostAsync(fixture.TeamsKey.CreateToken(fixture.Now), BotAppFactory.Activity("valid"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(App.Bot.Saw("valid"));
    }

    [Fact]
    public async Task Token_signed_by_another_key_with_the_same_kid_is_rejected_with_401()
    {
        using var impostor = new TestSigningKey(fixture.TeamsKey.Kid, "msteams");

        await AssertRejectedAsync(impostor.CreateToken(fixture.Now), HttpStatusCode.Unauthorized, "InvalidSignature");
    }

    [Fact]
    public async Task Token_with_an_unknown_key_id_is_rejected_with_401()
    {
        using var unpublished = new TestSigningKey("unpublished-key", "msteams");

        await AssertRejectedAsync(unpublished.CreateToken(fixture.Now), HttpStatusCode.Unauthorized, "no signing key with the token's key id");
    }

    [Fact]
    public async Task Unsigned_token_with_alg_none_is_rejected_with_401() =>
        await AssertRejectedAsync(fixture.TeamsKey.CreateUnsignedToken(fixture.Now), HttpStatusCode.Unauthorized, "not signed with RS256");

    [Fact]
    public async Task HS256_token_keyed_with_the_published_public_key_is_rejected_with_401() =>
        await AssertRejectedAsync(fixture.TeamsKey.CreateHs256TokenKeyedWithPublicKey(fixture.Now), HttpStatusCode.Unauthorized, "not signed with RS256");

    [Fact]
    public async Task Token_from_another_issuer_is_rejected_with_401() =>
        await AssertRejectedAsync(fixture.TeamsKey.CreateToken(fixture.Now, issuer: "https://api.botframework.example"), HttpStatusCode.Unauthorized, "issuer is not configured");

    [Fact]
    public async Task Token_for_another_audience_is_rejected_with_401() =>
        await AssertRejectedAsync(fixture.TeamsKey.CreateToken(fixture.Now, audience: "9a8b7c6d-0000-4000-8000-000000000000"), HttpStatusCode.Unauthorized, "InvalidAudience");

    [Fact]
    public async Task Expired_token_is_rejected_with_401() =>
        // Expired ten minutes ago: beyond the five minutes of clock skew.
        await AssertRejectedAsync(
            fixture.TeamsKey.CreateToken(fixture.Now, notBeforeOffset: TimeSpan.FromMinutes(-70), lifetime: TimeSpan.FromHours(1)),
            HttpStatusCode.Unauthorized,
            "InvalidLifetime");

    [Fact]
    public async Task Token_not_yet_valid_is_rejected_with_401() =>
        await AssertRejectedAsync(fixture.TeamsKey.CreateToken(fixture.Now, notBeforeOffset: TimeSpan.FromMinutes(10)), HttpStatusCode.Unauthorized, "InvalidLifetime");

    [Fact]
    public async Task Token_within_the_five_minutes_of_clock_skew_is_accepted()
    {
        var token = fixture.TeamsKey.CreateToken(fixture.Now, notBeforeOffset: TimeSpan.FromMinutes(-62), lifetime: TimeSpan.FromHours(1));

        var response = await App.PostAsync(token, BotAppFactory.Activity("skew"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Token_whose_serviceurl_claim_differs_from_the_activity_is_rejected_with_401() =>
        await AssertRejectedAsync(fixture.TeamsKey.CreateToken(fixture.Now, serviceUrl: "https://attacker.example/"), HttpStatusCode.Unauthorized, "activity does not match token");

    [Fact]
    public async Task Token_without_a_serviceurl_claim_is_rejected_with_401() =>
        await AssertRejectedAsync(fixture.TeamsKey.CreateToken(fixture.Now, serviceUrl: null), HttpStatusCode.Unauthorized, "activity does not match token");

    [Fact]
    public async Task Request_without_a_token_is_rejected_with_401_even_from_loopback_when_an_app_id_is_set() =>
        await AssertRejectedAsync(null, HttpStatusCode.Unauthorized, "no Authorization header");

    [Theory]
    [InlineData("not-a-jwt")]
    [InlineData("eyJhbGciOiJSUzI1NiJ9.bm90IGpzb24.c2ln")]
    [InlineData("a.b.c.d")]
    public async Task Malformed_token_is_rejected_with_401(string token) =>
        await AssertRejectedAsync(token, HttpStatusCode.Unauthorized, "malformed token");

    [Fact]
    public async Task Token_signed_by_a_key_not_endorsed_for_msteams_is_rejected_with_403() =>
        await AssertRejectedAsync(fixture.WebChatKey.CreateToken(fixture.Now), HttpStatusCode.Forbidden, "activity does not match token");

    /// <summary>
    /// The status, an empty body (the reason is for the server log only), no turn, and the log line naming the
    /// check that fired, so that a test cannot pass because some other check happened to reject the request.
    /// </summary>
    private async Task AssertRejectedAsync(string? token, HttpStatusCode expected, string loggedReason)
    {
        var id = Guid.NewGuid().ToString();
        var linesBefore = App.Log.Lines.Count;

        var response = await App.PostAsync(token, BotAppFactory.Activity(id));

        Assert.Equal(expected, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        Assert.False(App.Bot.Saw(id));
        Assert.Contains(App.Log.Lines.Skip(linesBefore), line => line.StartsWith("Rejected /api/messages request", StringComparison.Ordinal) && line.Contains(loggedReason, StringComparison.Ordinal));
    }
}
