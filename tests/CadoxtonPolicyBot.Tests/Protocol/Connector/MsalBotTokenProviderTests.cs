using System.Net;
using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using CadoxtonPolicyBot.Protocol;
using CadoxtonPolicyBot.Protocol.Connector;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;

namespace CadoxtonPolicyBot.Tests.Protocol.Connector;

/// <summary>
/// The MSAL client-credentials path end to end: a fake Entra token endpoint on https://127.0.0.1 (MSAL insists on
/// https), the real MSAL client behind the app's token provider, and the loopback connector that must receive the token.
/// </summary>
public sealed class MsalBotTokenProviderTests : IAsyncLifetime
{
    private const string EntraToken = "token-from-fake-entra";
    private readonly X509Certificate2 _tlsCertificate = SelfSigned("CN=127.0.0.1", serverAuth: true);
    private readonly List<string> _temporaryFiles = [];
    private ScriptedHttpServer _entra = null!;
    private ScriptedHttpServer _connector = null!;

    public async Task InitializeAsync()
    {
        _entra = await ScriptedHttpServer.StartAsync(_tlsCertificate);
        _entra.Fallback = ScriptedResponse.Json(200, $$"""{"token_type":"Bearer","expires_in":3599,"ext_expires_in":3599,"access_token":"{{EntraToken}}"}""");
        _connector = await ScriptedHttpServer.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _entra.DisposeAsync();
        await _connector.DisposeAsync();
        _tlsCertificate.Dispose();
        foreach (var file in _temporaryFiles)
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task A_single_tenant_secret_is_exchanged_once_at_the_tenant_authority_and_the_token_reaches_the_connector()
    {
        var settings = ConnectorHarness.SingleTenantSettings(_connector.BaseUrl);
        settings["MicrosoftAppPassword"] = "s3cret-value";
        await using var harness = await StartAsync(settings);

        var first = await harness.Client.SendToConversationAsync(_connector.BaseUrl, "a:1on1", new Activity { Type = "message" }, CancellationToken.None);
        var second = await harness.Client.SendToConversationAsync(_connector.BaseUrl, "a:1on1", new Activity { Type = "message" }, CancellationToken.None);

        Assert.True(first.Succeeded && second.Succeeded);
        Assert.All(_connector.Requests, r => Assert.Equal("Bearer " + EntraToken, r.Authorization));
        // MSAL's cache answers the second call.
        var tokenRequest = Assert.Single(_entra.Requests);
        Assert.Equal(("POST", $"/{ConnectorHarness.TenantId}/oauth2/v2.0/token"), (tokenRequest.Method, tokenRequest.RawTarget.Split('?')[0]));
        var form = QueryHelpers.ParseQuery(tokenRequest.Body);
        Assert.Equal("client_credentials", form["grant_type"].ToString());
        Assert.Equal(ConnectorHarness.AppId, form["client_id"].ToString());
        Assert.Equal("s3cret-value", form["client_secret"].ToString());
        Assert.Equal("https://api.botframework.com/.default", form["scope"].ToString());
    }

    [Fact]
    public async Task A_multi_tenant_bot_asks_the_botframework_com_tenant()
    {
        var settings = ConnectorHarness.SingleTenantSettings(_connector.BaseUrl);
        settings["MicrosoftAppType"] = "MultiTenant";
        settings.Remove("MicrosoftAppTenantId");
        await using var harness = await StartAsync(settings);

        var result = await harness.Client.SendToConversationAsync(_connector.BaseUrl, "a:1on1", new Activity { Type = "message" }, CancellationToken.None);

        Assert.True(result.Succeeded);
        Assert.Equal("/botframework.com/oauth2/v2.0/token", Assert.Single(_entra.Requests).RawTarget.Split('?')[0]);
    }

    [Fact]
    public async Task A_certificate_file_is_used_as_a_signed_client_assertion_instead_of_a_secret()
    {
        using var appCertificate = SelfSigned("CN=cadoxton-policy-bot", serverAuth: false);
        var path = Path.Combine(Path.GetTempPath(), $"bot-credential-{Guid.NewGuid():N}.pfx");
        _temporaryFiles.Add(path);
        await File.WriteAllBytesAsync(path, appCertificate.Export(X509ContentType.Pfx, "pfx-password"));
        var settings = ConnectorHarness.SingleTenantSettings(_connector.BaseUrl);
        settings.Remove("MicrosoftAppPassword");
        settings["BotCredentials:CertificatePath"] = path;
        settings["BotCredentials:CertificatePassword"] = "pfx-password";
        await using var harness = await StartAsync(settings);

        var result = await harness.Client.SendToConversationAsync(_connector.BaseUrl, "a:1on1", new Activity { Type = "message" }, CancellationToken.None);

        Assert.True(result.Succeeded);
        Assert.Equal("Bearer " + EntraToken, Assert.Single(_connector.Requests).Authorization);
        var form = QueryHelpers.ParseQuery(Assert.Single(_entra.Requests).Body);
        Assert.Equal("urn:ietf:params:oauth:client-assertion-type:jwt-bearer", form["client_assertion_type"].ToString());
        Assert.False(string.IsNullOrEmpty(form["client_assertion"].ToString()));
        Assert.False(form.ContainsKey("client_secret"));
    }

    [Fact]
    public async Task An_entra_refusal_fails_the_call_without_sending_it()
    {
        _entra.Fallback = ScriptedResponse.Json(401, """{"error":"invalid_client","error_description":"AADSTS7000215: Invalid client secret provided.","error_codes":[7000215]}""");
        await using var harness = await StartAsync(ConnectorHarness.SingleTenantSettings(_connector.BaseUrl));

        var result = await harness.Client.SendToConversationAsync(_connector.BaseUrl, "a:1on1", new Activity { Type = "message" }, CancellationToken.None);

        Assert.Equal((ConnectorOutcome.Failed, "TokenUnavailable"), (result.Outcome, result.ErrorCode));
        Assert.Empty(_connector.Requests);
    }

    private Task<ConnectorHarness> StartAsync(Dictionary<string, string?> settings)
    {
        settings["BotCredentials:AuthorityHost"] = _entra.BaseUrl.ToString();
        var trusted = _tlsCertificate.Thumbprint;
        return ConnectorHarness.StartAsync(settings, tokenProvider: null, services => services
            .AddHttpClient(MsalHttpClientFactory.ClientName)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                // Trust exactly the fake Entra's self-signed certificate, nothing else.
                SslOptions = new SslClientAuthenticationOptions
                {
                    RemoteCertificateValidationCallback = (_, certificate, _, _) => certificate is not null && certificate.GetCertHashString() == trusted,
                },
            }));
    }

    private static X509Certificate2 SelfSigned(string subject, bool serverAuth)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        if (serverAuth)
        {
            var names = new SubjectAlternativeNameBuilder();
            names.AddIpAddress(IPAddress.Loopback);
            request.CertificateExtensions.Add(names.Build());
            request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], critical: false));
        }

        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        // Round-trip through PKCS#12 so the private key is usable by Kestrel's TLS and MSAL's signing on every platform.
        return X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pfx), null);
    }
}
