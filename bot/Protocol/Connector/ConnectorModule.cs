using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CadoxtonPolicyBot.Protocol.Connector;

public static class ConnectorModule
{
    /// <summary>
    /// Registers the Bot Connector client (<see cref="IConnectorClient"/>), the bot's token provider and the connector
    /// HttpClient with its retry pipeline. Needs <see cref="BotIdentityOptions"/> and <see cref="TrustedServiceUrls"/>,
    /// which <see cref="ProtocolModule.AddBotProtocol"/> registers.
    /// </summary>
    public static IHostApplicationBuilder AddBotConnector(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<BotConnectorOptions>().BindConfiguration(BotConnectorOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<BotCredentialOptions>().BindConfiguration(BotCredentialOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<BotCredentialOptions>, BotCredentialValidator>();
        services.TryAddSingleton(TimeProvider.System);

        services.AddSingleton<IBotTokenProvider>(CreateTokenProvider);
        services.AddSingleton<MsalHttpClientFactory>();
        // MSAL retries Entra ID itself; no resilience handler here.
        services.AddHttpClient(MsalHttpClientFactory.ClientName);

        services.AddTransient<BotTokenHandler>();
        var connector = services.AddHttpClient<IConnectorClient, BotConnectorClient>(BotConnectorClient.HttpClientName, client =>
            {
                // The resilience pipeline bounds each call (BotConnector:TotalTimeout); HttpClient's own 100 s would cut across it.
                client.Timeout = Timeout.InfiniteTimeSpan;
                // Connector answers are small JSON; anything this size is not one.
                client.MaxResponseContentBufferSize = 8 * 1024 * 1024;
            });
        // Every request of this client may carry the bot's token, and pasted pictures are fetched through it from URLs a
        // message names: a redirect is never followed, so a token-bearing request cannot be sent on to another host. The
        // caller gets the 3xx as a failure.
        connector.ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false });
        // IHttpClientFactory's default request logging would write conversation ids and URLs on every send; the client logs
        // outcomes itself, without them.
        connector.RemoveAllLoggers();
        connector.AddResilienceHandler(ConnectorResilience.PipelineName, (pipeline, context) => ConnectorResilience.Configure(pipeline, context.ServiceProvider));
        // Added after the resilience handler, so it runs inside it: once per attempt.
        connector.AddHttpMessageHandler<BotTokenHandler>();
        services.AddTransient<ConnectorMetricsHandler>();
        connector.AddHttpMessageHandler<ConnectorMetricsHandler>();
        return builder;
    }

    private static IBotTokenProvider CreateTokenProvider(IServiceProvider services)
    {
        var identity = services.GetRequiredService<IOptions<BotIdentityOptions>>().Value;
        if (!identity.HasAppId)
        {
            return new AnonymousBotTokenProvider();
        }

        var credentials = services.GetRequiredService<IOptions<BotCredentialOptions>>().Value;
        if (!BotAppTypes.TryParse(identity.MicrosoftAppType, out var appType))
        {
            throw new OptionsValidationException(BotCredentialOptions.SectionName, typeof(BotCredentialOptions), ["MicrosoftAppType must be SingleTenant, MultiTenant or UserAssignedMSI."]);
        }

        if (appType == BotAppType.UserAssignedMsi)
        {
            var clientId = string.IsNullOrWhiteSpace(credentials.ManagedIdentityClientId) ? identity.MicrosoftAppId! : credentials.ManagedIdentityClientId;
            return new ManagedIdentityBotTokenProvider(
                ManagedIdentityBotTokenProvider.CreateCredential(clientId),
                services.GetRequiredService<TimeProvider>(),
                services.GetRequiredService<ILogger<ManagedIdentityBotTokenProvider>>());
        }

        var application = MsalBotTokenProvider.CreateApplication(identity, appType, credentials, services.GetRequiredService<MsalHttpClientFactory>());
        return new MsalBotTokenProvider(application, services.GetRequiredService<ILogger<MsalBotTokenProvider>>());
    }
}
