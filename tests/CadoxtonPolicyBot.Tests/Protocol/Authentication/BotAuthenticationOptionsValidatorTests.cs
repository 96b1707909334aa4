using CadoxtonPolicyBot.Protocol;
using CadoxtonPolicyBot.Protocol.Authentication;

namespace CadoxtonPolicyBot.Tests.Protocol.Authentication;

public sealed class BotAuthenticationOptionsValidatorTests
{
    private readonly BotAuthenticationOptionsValidator _validator = new();

    [Fact]
    public void Defaults_are_valid() => Assert.True(_validator.Validate(null, new BotProtocolOptions()).Succeeded);

    [Theory]
    [InlineData("http://login.botframework.com/v1/.well-known/openidconfiguration")]
    [InlineData("/v1/.well-known/openidconfiguration")]
    [InlineData("")]
    public void Metadata_url_that_is_not_absolute_https_is_refused(string url)
    {
        var result = _validator.Validate(null, new BotProtocolOptions { OpenIdMetadataUrl = url });

        Assert.True(result.Failed);
        Assert.Contains("BotProtocol:OpenIdMetadataUrl", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Extra_issuer_repeating_the_Bot_Connector_issuer_is_refused()
    {
        var options = new BotProtocolOptions
        {
            ExtraIssuers = [new ExtraIssuer { Issuer = "https://api.botframework.com", MetadataUrl = "https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration" }],
        };

        var result = _validator.Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains("BotProtocol:ExtraIssuers:0:Issuer", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Extra_issuer_without_issuer_or_metadata_url_is_refused()
    {
        var result = _validator.Validate(null, new BotProtocolOptions { ExtraIssuers = [new ExtraIssuer()] });

        Assert.True(result.Failed);
        Assert.Contains("BotProtocol:ExtraIssuers:0:Issuer is required", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("BotProtocol:ExtraIssuers:0:MetadataUrl", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Complete_extra_issuer_is_accepted()
    {
        var options = new BotProtocolOptions
        {
            ExtraIssuers = [new ExtraIssuer { Issuer = "https://login.microsoftonline.com/tenant/v2.0", MetadataUrl = "https://login.microsoftonline.com/tenant/v2.0/.well-known/openid-configuration" }],
        };

        Assert.True(_validator.Validate(null, options).Succeeded);
    }
}
