using System.Net;

namespace CadoxtonPolicyBot.Tests.Protocol.Authentication;

/// <summary>An extra issuer is checked against its own metadata only, and an unconfigured issuer costs no fetch.</summary>
public sealed class ExtraIssuerTests : IAsyncLifetime
{
    private const string EntraIssuer = "https://login.microsoftonline.com/7d3c1a2b-0000-4000-8000-00000000000e/v2.0";
    private BotTestEnvironment _env = null!;
    private TestSigningKey _botFrameworkKey = null!;
    private TestSigningKey _entraKey = null!;

    public async Task InitializeAsync()
    {
        _env = await BotTestEnvironment.StartAsync(metadata => new BotAppFactory(metadata, extraSettings: new Dictionary<string, string?>
        {
            ["BotProtocol:ExtraIssuers:0:Issuer"] = EntraIssuer,
            ["BotProtocol:ExtraIssuers:0:MetadataUrl"] = metadata.MetadataUrl("entra").AbsoluteUri,
        }));
        _botFrameworkKey = _env.NewKey("bf-key", "msteams");
        _entraKey = _env.NewKey("entra-key");
        _env.Metadata.Publish("botframework", _botFrameworkKey);
        _env.Metadata.Publish("entra", _entraKey);
    }

    public async Task DisposeAsync() => await _env.DisposeAsync();

    [Fact]
    public async Task Token_from_the_extra_issuer_signed_with_its_own_key_is_accepted()
    {
        var response = await _env.App.PostAsync(_entraKey.CreateToken(_env.Now, issuer: EntraIssuer), BotAppFactory.Activity("entra"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, _env.Metadata.MetadataRequests("botframework"));
    }

    [Fact]
    public async Task Token_claiming_the_extra_issuer_but_signed_with_a_Bot_Connector_key_is_rejected_with_401()
    {
        var response = await _env.App.PostAsync(_botFrameworkKey.CreateToken(_env.Now, issuer: EntraIssuer), BotAppFactory.Activity("mixed-1"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(1, _env.Metadata.KeyRequests("entra"));
        Assert.Equal(0, _env.Metadata.KeyRequests("botframework"));
    }

    [Fact]
    public async Task Token_claiming_the_Bot_Connector_issuer_but_signed_with_the_extra_issuers_key_is_rejected_with_401()
    {
        var response = await _env.App.PostAsync(_entraKey.CreateToken(_env.Now), BotAppFactory.Activity("mixed-2"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(1, _env.Metadata.KeyRequests("botframework"));
        Assert.Equal(0, _env.Metadata.KeyRequests("entra"));
    }

    [Fact]
    public async Task Token_from_an_unconfigured_issuer_is_rejected_with_401_without_fetching_any_metadata()
    {
        var response = await _env.App.PostAsync(
            _entraKey.CreateToken(_env.Now, issuer: "https://login.microsoftonline.com/someone-else/v2.0"), BotAppFactory.Activity("stranger"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, _env.Metadata.MetadataRequests("botframework") + _env.Metadata.MetadataRequests("entra"));
    }
}
