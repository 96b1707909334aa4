using CadoxtonPolicyBot.Protocol;
using CadoxtonPolicyBot.Protocol.Authentication;

namespace CadoxtonPolicyBot.Tests.Protocol.Authentication;

public sealed class TokenCheckTests
{
    private const string ServiceUrl = "https://smba.trafficmanager.net/amer/";

    [Fact]
    public void Matching_service_url_and_an_endorsed_channel_pass()
    {
        var check = Authenticated(ServiceUrl, ["msteams", "skype"]);

        Assert.Equal(AuthStatus.Authenticated, check.CheckActivity(Activity(ServiceUrl, "msteams")));
    }

    [Fact]
    public void Service_url_comparison_ignores_case_as_the_connector_does()
    {
        var check = Authenticated("HTTPS://SMBA.trafficmanager.net/AMER/", ["msteams"]);

        Assert.Equal(AuthStatus.Authenticated, check.CheckActivity(Activity(ServiceUrl, "msteams")));
    }

    [Fact]
    public void Service_url_differing_from_the_claim_is_unauthorized()
    {
        var check = Authenticated("https://smba.trafficmanager.net/emea/", ["msteams"]);

        Assert.Equal(AuthStatus.Unauthorized, check.CheckActivity(Activity(ServiceUrl, "msteams")));
    }

    [Fact]
    public void Token_without_a_serviceurl_claim_is_unauthorized()
    {
        var check = Authenticated(null, ["msteams"]);

        Assert.Equal(AuthStatus.Unauthorized, check.CheckActivity(Activity(ServiceUrl, "msteams")));
    }

    [Fact]
    public void Key_endorsed_for_other_channels_only_is_forbidden()
    {
        var check = Authenticated(ServiceUrl, ["webchat", "directline"]);

        Assert.Equal(AuthStatus.Forbidden, check.CheckActivity(Activity(ServiceUrl, "msteams")));
    }

    [Fact]
    public void Key_with_an_empty_endorsement_list_is_forbidden()
    {
        var check = Authenticated(ServiceUrl, []);

        Assert.Equal(AuthStatus.Forbidden, check.CheckActivity(Activity(ServiceUrl, "msteams")));
    }

    [Fact]
    public void Activity_without_a_channel_is_forbidden_when_the_key_has_endorsements()
    {
        var check = Authenticated(ServiceUrl, ["msteams"]);

        Assert.Equal(AuthStatus.Forbidden, check.CheckActivity(Activity(ServiceUrl, null)));
    }

    [Fact]
    public void Key_without_endorsements_skips_the_channel_check()
    {
        var check = Authenticated(ServiceUrl, null);

        Assert.Equal(AuthStatus.Authenticated, check.CheckActivity(Activity(ServiceUrl, "msteams")));
    }

    [Fact]
    public void Anonymous_loopback_stays_anonymous_whatever_the_activity_says()
    {
        var check = new TokenCheck { Status = AuthStatus.AnonymousLoopback };

        Assert.Equal(AuthStatus.AnonymousLoopback, check.CheckActivity(Activity("https://anything.example/", null)));
    }

    [Fact]
    public void Unauthorized_token_stays_unauthorized()
    {
        var check = TokenCheck.Unauthorized("expired");

        Assert.Equal(AuthStatus.Unauthorized, check.CheckActivity(Activity(ServiceUrl, "msteams")));
        Assert.Equal("expired", check.FailureReason);
    }

    [Fact]
    public void Checking_without_an_activity_throws() =>
        Assert.Throws<ArgumentNullException>(() => Authenticated(ServiceUrl, null).CheckActivity(null!));

    private static TokenCheck Authenticated(string? serviceUrlClaim, string[]? endorsements) =>
        new() { Status = AuthStatus.Authenticated, ServiceUrlClaim = serviceUrlClaim, Endorsements = endorsements };

    private static Activity Activity(string serviceUrl, string? channelId) =>
        new() { Type = ActivityTypes.Message, ServiceUrl = serviceUrl, ChannelId = channelId };
}
