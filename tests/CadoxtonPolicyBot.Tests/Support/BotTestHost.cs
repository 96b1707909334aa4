using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CadoxtonPolicyBot.Protocol;
using CadoxtonPolicyBot.Protocol.Connector;
using CadoxtonPolicyBot.Tests.Protocol.Authentication;
using CadoxtonPolicyBot.Tests.Protocol.Connector;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace CadoxtonPolicyBot.Tests.Support;

/// <summary>
/// The whole bot as Teams meets it: real Kestrel on 127.0.0.1, real token validation against a local OpenID
/// metadata server with keys made here, a real database, and the real connector client replying to a loopback
/// Teams connector. Only Entra's token service is stood in for (a fixed bot token), as no network reaches it.
/// </summary>
public sealed class BotTestHost : IAsyncDisposable
{
    public const string BotId = "28:7f1e2d3c-0000-4000-8000-000000000011";
    public const string TenantId = "6a1b2c3d-0000-4000-8000-000000000001";
    public const string BotToken = "test-bot-token-for-the-connector";

    private readonly OpenIdMetadataServer _metadata;
    private readonly TestSigningKey _key;
    private readonly TestDatabase _database;
    private readonly WebApplicationFactory<Program> _app;
    private readonly HttpClient _client;
    private int _nextActivity;
    private bool _ownsDatabaseAndConnector = true;
    private bool _disposed;

    private BotTestHost(OpenIdMetadataServer metadata, TestSigningKey key, TestDatabase database, FakeTeamsConnector connector,
        WebApplicationFactory<Program> app, FakeTimeProvider time)
    {
        _metadata = metadata;
        _key = key;
        _database = database;
        Connector = connector;
        _app = app;
        Time = time;
        _client = app.CreateClient();
    }

    public FakeTeamsConnector Connector { get; }

    public FakeTimeProvider Time { get; }

    public TestDatabase Database => _database;

    public IServiceProvider Services => _app.Services;

    /// <summary>Where the bot listens (127.0.0.1, a free port).</summary>
    public Uri BaseAddress => _client.BaseAddress!;

    public static async Task<BotTestHost> StartAsync(
        string provider = "Sqlite",
        IDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? configureServices = null,
        DateTimeOffset? now = null,
        BotTestHost? restartOf = null)
    {
        var metadata = await OpenIdMetadataServer.StartAsync();
        var key = metadata.NewKey("teams-key-1", "msteams");
        metadata.Publish("botframework", key);
        // A restart keeps the database and Teams (the connector) of the bot it replaces; that one must be disposed first.
        var connector = restartOf?.Connector ?? await FakeTeamsConnector.StartAsync();
        var database = restartOf?.Database ?? TestDatabase.Create(provider);
        var time = new FakeTimeProvider(now ?? DateTimeOffset.UtcNow);
        var all = new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = TestSigningKey.AppId,
            ["MicrosoftAppPassword"] = "test-only-client-secret",
            ["MicrosoftAppTenantId"] = TenantId,
            ["BotProtocol:OpenIdMetadataUrl"] = metadata.MetadataUrl("botframework").AbsoluteUri,
            // Nothing leaves the machine: Entra and Graph, which the bot would call as its app registration, are
            // pointed at a closed loopback port, so those calls fail at once and the bot carries on without them.
            ["BotCredentials:AuthorityHost"] = "https://127.0.0.1:1/",
            ["Graph:BaseUrl"] = "https://127.0.0.1:1/v1.0",
            ["BotConnector:BaseDelay"] = "00:00:00.010",
            ["BotConnector:MaxDelay"] = "00:00:01",
            ["Concerns:EncryptionKey"] = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)),
            ["DataProtection:KeyEncryptionKey"] = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)),
            // Every account of the test tenant is staff unless a test configures Roles:StaffGroupId (and clears this).
            ["Roles:AllowAllTenantUsers"] = "true",
        };
        foreach (var (k, v) in database.AppSettings())
        {
            all[k] = v;
        }

        foreach (var (k, v) in settings ?? new Dictionary<string, string?>())
        {
            all[k] = v;
        }

        var app = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseEnvironment("Development");
            foreach (var (k, v) in all)
            {
                web.UseSetting(k, v);
            }

            web.ConfigureTestServices(services =>
            {
                services.RemoveAll<IBotTokenProvider>();
                services.AddSingleton<IBotTokenProvider>(new FixedTokenProvider(BotToken));
                services.RemoveAll<TimeProvider>();
                services.AddSingleton<TimeProvider>(time);
                configureServices?.Invoke(services);
            });
        });
        app.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        app.StartServer();
        return new BotTestHost(metadata, key, database, connector, app, time);
    }

    /// <summary>Stops the bot but keeps its database and connector for the bot restarted from it (<see cref="StartAsync"/>'s restartOf), which then owns them.</summary>
    public async Task StopKeepingDataAsync()
    {
        _ownsDatabaseAndConnector = false;
        await DisposeAsync();
    }

    /// <summary>A personal-chat message from a member of staff.</summary>
    public Activity Message(string text, string userAadId = Staff.Alex, string? conversationId = null) => Stamp(new Activity
    {
        Type = ActivityTypes.Message,
        Text = text,
        TextFormat = "plain",
        From = new ChannelAccount { Id = "29:" + userAadId, Name = Staff.NameOf(userAadId), AadObjectId = userAadId },
        Conversation = new ConversationAccount { Id = conversationId ?? "a:personal-" + userAadId, ConversationType = "personal", TenantId = TenantId },
    });

    /// <summary>A channel post that @mentions the bot.</summary>
    public Activity ChannelMention(string text, string userAadId = Staff.Alex)
    {
        var activity = Stamp(new Activity
        {
            Type = ActivityTypes.Message,
            Text = $"<at>Cadoxton Policy Bot</at> {text}",
            From = new ChannelAccount { Id = "29:" + userAadId, Name = Staff.NameOf(userAadId), AadObjectId = userAadId },
            Conversation = new ConversationAccount { Id = "19:policies@thread.tacv2;messageid=1700000000000", ConversationType = "channel", IsGroup = true, TenantId = TenantId },
            Entities =
            [
                new JsonObject
                {
                    ["type"] = "mention",
                    ["text"] = "<at>Cadoxton Policy Bot</at>",
                    ["mentioned"] = new JsonObject { ["id"] = BotId, ["name"] = "Cadoxton Policy Bot" },
                },
            ],
        });
        return activity;
    }

    /// <summary>An Action.Execute press on a card the bot sent.</summary>
    public Activity Execute(string verb, JsonObject? data = null, string userAadId = Staff.Alex, string? cardActivityId = null) => Stamp(new Activity
    {
        Type = ActivityTypes.Invoke,
        Name = "adaptiveCard/action",
        ReplyToId = cardActivityId ?? "msg-card",
        Value = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data ?? [] }, ["trigger"] = "manual" },
        From = new ChannelAccount { Id = "29:" + userAadId, Name = Staff.NameOf(userAadId), AadObjectId = userAadId },
        Conversation = new ConversationAccount { Id = "a:personal-" + userAadId, ConversationType = "personal", TenantId = TenantId },
    });

    /// <summary>An Action.Submit press: a message whose value carries the data and inputs.</summary>
    public Activity Submit(JsonObject value, string userAadId = Staff.Alex) => Stamp(new Activity
    {
        Type = ActivityTypes.Message,
        ReplyToId = "msg-card",
        Value = value,
        From = new ChannelAccount { Id = "29:" + userAadId, Name = Staff.NameOf(userAadId), AadObjectId = userAadId },
        Conversation = new ConversationAccount { Id = "a:personal-" + userAadId, ConversationType = "personal", TenantId = TenantId },
    });

    /// <summary>The two activities Teams sends when a member of staff installs the app.</summary>
    public (Activity Installation, Activity ConversationUpdate) Install(string userAadId = Staff.Alex)
    {
        var conversation = new ConversationAccount { Id = "a:personal-" + userAadId, ConversationType = "personal", TenantId = TenantId };
        var from = new ChannelAccount { Id = "29:" + userAadId, AadObjectId = userAadId };
        return (
            Stamp(new Activity { Type = ActivityTypes.InstallationUpdate, Action = "add", From = from, Conversation = conversation }),
            Stamp(new Activity
            {
                Type = ActivityTypes.ConversationUpdate,
                From = from,
                Conversation = conversation,
                MembersAdded = [new ChannelAccount { Id = "29:" + userAadId, AadObjectId = userAadId }, new ChannelAccount { Id = BotId }],
            }));
    }

    /// <summary>Posts an activity with a valid Bot Connector token, as Teams does.</summary>
    public async Task<HttpResponseMessage> PostAsync(Activity activity)
    {
        var token = _key.CreateToken(Time.GetUtcNow(), serviceUrl: activity.ServiceUrl);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(JsonSerializer.Serialize(activity, ProtocolJson.Options), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await _client.SendAsync(request);
    }

    /// <summary>Posts an invoke and returns its {statusCode, type, value} answer.</summary>
    public async Task<JsonNode> InvokeAsync(Activity activity)
    {
        using var response = await PostAsync(activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    private Activity Stamp(Activity activity)
    {
        activity.Id = $"act-{Interlocked.Increment(ref _nextActivity)}";
        activity.ChannelId = "msteams";
        activity.ServiceUrl = Connector.ServiceUrl.ToString();
        activity.Timestamp = Time.GetUtcNow();
        activity.Locale = "en-GB";
        activity.Recipient = new ChannelAccount { Id = BotId, Name = "Cadoxton Policy Bot" };
        activity.ChannelData = new JsonObject { ["tenant"] = new JsonObject { ["id"] = TenantId } };
        return activity;
    }

    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _client.Dispose();
        await _app.DisposeAsync();
        await _metadata.DisposeAsync();
        _key.Dispose();
        if (_ownsDatabaseAndConnector)
        {
            await Connector.DisposeAsync();
            _database.Dispose();
        }
    }
}

/// <summary>The people of the tests, by Entra object id.</summary>
public static class Staff
{
    public const string Alex = "3c4d5e6f-0000-4000-8000-000000000020";
    public const string Megan = "3c4d5e6f-0000-4000-8000-000000000021";
    public const string HeadTeacher = "3c4d5e6f-0000-4000-8000-0000000000a1";
    public const string Deputy = "3c4d5e6f-0000-4000-8000-0000000000a2";
    public const string ChairOfGovernors = "3c4d5e6f-0000-4000-8000-0000000000a3";

    public static string NameOf(string aadObjectId) => aadObjectId switch
    {
        Alex => "Alex Wilber",
        Megan => "Megan Bowen",
        HeadTeacher => "Helen Price",
        Deputy => "Dafydd Morgan",
        ChairOfGovernors => "Carys Jones",
        _ => "Staff Member",
    };
}
