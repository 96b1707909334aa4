using CadoxtonPolicyBot.Protocol;
using CadoxtonPolicyBot.Protocol.Connector;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CadoxtonPolicyBot.Tests.Protocol.Connector;

/// <summary>A host composed the way the app composes it (AddBotProtocol), with small retry timings.</summary>
public sealed class ConnectorHarness : IAsyncDisposable
{
    public const string AppId = "11111111-2222-3333-4444-555555555555";
    public const string TenantId = "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee";

    private readonly IHost _host;

    private ConnectorHarness(IHost host) => _host = host;

    public IConnectorClient Client => _host.Services.GetRequiredService<IConnectorClient>();

    public TrustedServiceUrls Trusted => _host.Services.GetRequiredService<TrustedServiceUrls>();

    public IServiceProvider Services => _host.Services;

    /// <summary>Settings for a single-tenant bot whose token comes from the test's token provider.</summary>
    public static Dictionary<string, string?> SingleTenantSettings(params Uri[] allowedServiceUrls)
    {
        var settings = new Dictionary<string, string?>
        {
            ["MicrosoftAppType"] = "SingleTenant",
            ["MicrosoftAppId"] = AppId,
            ["MicrosoftAppTenantId"] = TenantId,
            ["MicrosoftAppPassword"] = "not-used-by-the-fixed-token-provider",
        };
        for (var i = 0; i < allowedServiceUrls.Length; i++)
        {
            settings[$"BotProtocol:AllowedServiceUrls:{i}"] = allowedServiceUrls[i].ToString();
        }

        return settings;
    }

    public static async Task<ConnectorHarness> StartAsync(
        IDictionary<string, string?> settings, IBotTokenProvider? tokenProvider = null, Action<IServiceCollection>? configureServices = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, EnvironmentName = "Testing" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["BotConnector:MaxRetries"] = "3",
            ["BotConnector:BaseDelay"] = "00:00:00.020",
            ["BotConnector:MaxDelay"] = "00:00:01.500",
            ["BotConnector:AttemptTimeout"] = "00:00:05",
            ["BotConnector:TotalTimeout"] = "00:00:20",
        });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.ClearProviders();
        builder.AddBotProtocol();
        if (tokenProvider is not null)
        {
            builder.Services.AddSingleton(tokenProvider);
        }

        configureServices?.Invoke(builder.Services);
        var host = builder.Build();
        await host.StartAsync();
        return new ConnectorHarness(host);
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }
}

/// <summary>Stands in for Entra ID: always the same token, and a count of how often it was asked.</summary>
public sealed class FixedTokenProvider(string token) : IBotTokenProvider
{
    private int _calls;

    public int Calls => _calls;

    public ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _calls);
        return ValueTask.FromResult<string?>(token);
    }
}

/// <summary>Stands in for Entra ID refusing the bot.</summary>
public sealed class FailingTokenProvider : IBotTokenProvider
{
    public ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken) =>
        throw new BotTokenUnavailableException("Entra ID said no.");
}
