using CadoxtonPolicyBot.Protocol;
using CadoxtonPolicyBot.Protocol.Connector;
using Microsoft.Extensions.Options;

namespace CadoxtonPolicyBot.Tests.Protocol.Connector;

public sealed class BotCredentialValidatorTests
{
    [Fact]
    public void A_single_tenant_bot_with_a_secret_and_tenant_is_valid()
    {
        var result = Validate(new BotIdentityOptions { MicrosoftAppType = "SingleTenant", MicrosoftAppId = "app", MicrosoftAppTenantId = "tenant", MicrosoftAppPassword = "secret" });

        Assert.True(result.Succeeded);
    }

    [Fact]
    public void A_single_tenant_bot_without_a_tenant_is_rejected()
    {
        var result = Validate(new BotIdentityOptions { MicrosoftAppType = "SingleTenant", MicrosoftAppId = "app", MicrosoftAppPassword = "secret" });

        Assert.Contains(result.Failures!, f => f.Contains("MicrosoftAppTenantId", StringComparison.Ordinal));
    }

    [Fact]
    public void A_secret_and_a_certificate_together_are_rejected_as_ambiguous()
    {
        var result = Validate(
            new BotIdentityOptions { MicrosoftAppType = "MultiTenant", MicrosoftAppId = "app", MicrosoftAppPassword = "secret" },
            new BotCredentialOptions { CertificateThumbprint = "ABCDEF" });

        Assert.Contains(result.Failures!, f => f.Contains("exactly one", StringComparison.Ordinal));
    }

    [Fact]
    public void A_managed_identity_bot_with_a_secret_is_rejected()
    {
        var result = Validate(new BotIdentityOptions { MicrosoftAppType = "UserAssignedMSI", MicrosoftAppId = "app", MicrosoftAppTenantId = "tenant", MicrosoftAppPassword = "secret" });

        Assert.False(result.Succeeded);
    }

    [Fact]
    public void A_managed_identity_bot_needs_no_credential()
    {
        var result = Validate(new BotIdentityOptions { MicrosoftAppType = "userassignedmsi", MicrosoftAppId = "app", MicrosoftAppTenantId = "tenant" });

        Assert.True(result.Succeeded);
    }

    [Fact]
    public void A_secret_without_an_app_id_is_rejected()
    {
        var result = Validate(new BotIdentityOptions { MicrosoftAppPassword = "secret" });

        Assert.False(result.Succeeded);
    }

    [Fact]
    public void No_app_id_and_no_credential_is_local_development_and_valid()
    {
        Assert.True(Validate(new BotIdentityOptions()).Succeeded);
    }

    [Fact]
    public void An_unknown_app_type_is_rejected()
    {
        var result = Validate(new BotIdentityOptions { MicrosoftAppType = "Tenantless", MicrosoftAppId = "app", MicrosoftAppPassword = "secret" });

        Assert.Contains(result.Failures!, f => f.Contains("MicrosoftAppType", StringComparison.Ordinal));
    }

    [Fact]
    public void A_certificate_file_that_cannot_be_opened_is_rejected()
    {
        var result = Validate(
            new BotIdentityOptions { MicrosoftAppType = "SingleTenant", MicrosoftAppId = "app", MicrosoftAppTenantId = "tenant" },
            new BotCredentialOptions { CertificatePath = Path.Combine(Path.GetTempPath(), $"missing-{Guid.NewGuid():N}.pfx") });

        Assert.Contains(result.Failures!, f => f.Contains("CertificatePath", StringComparison.Ordinal));
    }

    [Fact]
    public void A_thumbprint_not_in_any_store_is_rejected()
    {
        var result = Validate(
            new BotIdentityOptions { MicrosoftAppType = "SingleTenant", MicrosoftAppId = "app", MicrosoftAppTenantId = "tenant" },
            new BotCredentialOptions { CertificateThumbprint = "0123456789ABCDEF0123456789ABCDEF01234567" });

        Assert.Contains(result.Failures!, f => f.Contains("CertificateThumbprint", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_invalid_configuration_stops_the_host_at_start()
    {
        await Assert.ThrowsAsync<OptionsValidationException>(() => ConnectorHarness.StartAsync(new Dictionary<string, string?>
        {
            ["MicrosoftAppType"] = "SingleTenant",
            ["MicrosoftAppId"] = "app",
            ["MicrosoftAppPassword"] = "secret",
        }));
    }

    private static ValidateOptionsResult Validate(BotIdentityOptions identity, BotCredentialOptions? credentials = null) =>
        new BotCredentialValidator(Options.Create(identity)).Validate(Options.DefaultName, credentials ?? new BotCredentialOptions());
}
