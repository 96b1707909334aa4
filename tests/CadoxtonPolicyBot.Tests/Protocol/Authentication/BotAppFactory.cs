using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using CadoxtonPolicyBot.Protocol;
using CadoxtonPolicyBot.Protocol.Connector;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace CadoxtonPolicyBot.Tests.Protocol.Authentication;

/// <summary>
/// The real app on Kestrel at 127.0.0.1 (so the caller really is loopback), pointed at a local metadata server,
/// with recording doubles for the parts behind the endpoint that these tests do not cover.
/// </summary>
public sealed class BotAppFactory : WebApplicationFactory<Program>
{
    public const int MaxRequestBodyBytes = 4096;
    public const string TenantId = "6a1b2c3d-0000-4000-8000-000000000001";

    private readonly Dictionary<string, string?> _settings;

    private readonly string _environment;
    private readonly string _databaseFile = Path.Combine(Path.GetTempPath(), $"cpb-auth-{Guid.NewGuid():N}.db");

    /// <param name="kestrel">
    /// False serves the app from an in-memory TestServer instead, where a test sets the connection's remote address
    /// itself: the way to make a request come from off this machine when every test server binds 127.0.0.1.
    /// </param>
    public BotAppFactory(
        OpenIdMetadataServer metadata,
        string? appId = TestSigningKey.AppId,
        IReadOnlyDictionary<string, string?>? extraSettings = null,
        bool kestrel = true,
        string environment = "Development")
    {
        _environment = environment;
        ArgumentNullException.ThrowIfNull(metadata);
        _settings = new Dictionary<string, string?>
        {
            // Empty rather than absent, so that a developer's user secrets cannot switch anonymous mode off under the test.
            ["MicrosoftAppId"] = appId ?? string.Empty,
            ["BotProtocol:OpenIdMetadataUrl"] = metadata.MetadataUrl("botframework").AbsoluteUri,
            ["BotProtocol:MaxRequestBodyBytes"] = MaxRequestBodyBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
            // A credential is required once an app id is set; the recording connector means it is never used.
            ["MicrosoftAppPassword"] = string.IsNullOrEmpty(appId) ? string.Empty : "test-only-client-secret",
            ["MicrosoftAppTenantId"] = TenantId,
            ["Concerns:EncryptionKey"] = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)),
            ["DataProtection:KeyEncryptionKey"] = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)),
            ["ConnectionStrings:Bot"] = $"Data Source={_databaseFile};Pooling=False",
            // These tests are about the protocol, not who is staff: every member of the tenant is served.
            ["Roles:AllowAllTenantUsers"] = "true",
        };
        foreach (var (key, value) in extraSettings ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }

        if (kestrel)
        {
            UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        }
    }

    /// <summary>The app's clock; starts at the real time so that tokens look ordinary.</summary>
    public FakeTimeProvider Time { get; } = new(DateTimeOffset.UtcNow);

    public RecordingBot Bot { get; } = new();

    public InMemoryConversationReferenceStore References { get; } = new();

    public RecordingConnectorClient Connector { get; } = new();

    public RecordingLoggerProvider Log { get; } = new();

    /// <summary>Further test services, registered after the app's own.</summary>
    public Action<IServiceCollection>? ConfigureServices { get; init; }

    public async Task<HttpResponseMessage> PostAsync(string? token, string body)
    {
        using var client = CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await client.SendAsync(request);
    }

    /// <summary>A Teams personal-chat activity; the id lets a test find it among what the bot received.</summary>
    public static string Activity(string id, string type = "message", string channelId = "msteams", string serviceUrl = TestSigningKey.ServiceUrl, string? name = null) =>
        new JsonObject
        {
            ["type"] = type,
            ["id"] = id,
            ["name"] = name,
            ["channelId"] = channelId,
            ["serviceUrl"] = serviceUrl,
            ["from"] = new JsonObject { ["id"] = "29:user", ["aadObjectId"] = "6f1d7c1e-0000-4000-8000-000000000001" },
            ["recipient"] = new JsonObject { ["id"] = $"28:{TestSigningKey.AppId}" },
            ["conversation"] = new JsonObject { ["id"] = "a:conversation", ["conversationType"] = "personal", ["tenantId"] = TenantId },
            ["text"] = "hello",
        }.ToJsonString();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(_environment);
        // The database is chosen while the app is being built, before app configuration sources are read: as a host setting.
        builder.UseSetting("ConnectionStrings:Bot", _settings["ConnectionStrings:Bot"]);
        builder.ConfigureAppConfiguration((_, configuration) => configuration.AddInMemoryCollection(_settings));
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<ILoggerProvider>(Log);
            services.AddSingleton<TimeProvider>(Time);
            services.AddSingleton<IBot>(Bot);
            services.AddSingleton<IConversationReferenceStore>(References);
            services.AddSingleton<IConnectorClient>(Connector);
            ConfigureServices?.Invoke(services);
        });
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        DeleteDatabase();
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        DeleteDatabase();
    }

    private void DeleteDatabase()
    {
        foreach (var file in new[] { _databaseFile, _databaseFile + "-wal", _databaseFile + "-shm" })
        {
            if (File.Exists(file))
            {
                File.Delete(file);
            }
        }
    }
}
