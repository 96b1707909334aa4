using CadoxtonPolicyBot.Infrastructure.Graph;
using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using CadoxtonPolicyBot.Features.Acknowledgements;
using CadoxtonPolicyBot.Infrastructure.Persistence;
using CadoxtonPolicyBot.Infrastructure.Roles;
using CadoxtonPolicyBot.Protocol;
using CadoxtonPolicyBot.Protocol.Connector;
using CadoxtonPolicyBot.Tests.Support;
using CadoxtonPolicyBot.Turns;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace CadoxtonPolicyBot.Tests.Features.Acknowledgements;

/// <summary>A person in the tests: Entra object id, Teams id and name.</summary>
public sealed record Person(string AadObjectId, string TeamsId, string Name, string Upn)
{
    public AudienceMember AsMember(bool withTeamsId = false) => new(AadObjectId, Name, Upn, withTeamsId ? TeamsId : null);
}

/// <summary>
/// The feature as the app wires it (the real module, real database of either provider), with test doubles only
/// for what lies outside the process: the Bot Connector, Graph (audience and installs) and OneDrive.
/// </summary>
public sealed class AckHarness : IAsyncDisposable
{
    public static readonly Person Head = new("aaaaaaaa-0000-4000-8000-000000000001", "29:head", "Mrs Head", "head@cadoxton.example");
    public static readonly Person Alex = new("aaaaaaaa-0000-4000-8000-000000000002", "29:alex", "Alex Teacher", "alex@cadoxton.example");
    public static readonly Person Bea = new("aaaaaaaa-0000-4000-8000-000000000003", "29:bea", "Bea Assistant", "bea@cadoxton.example");
    public static readonly Person Cai = new("aaaaaaaa-0000-4000-8000-000000000004", "29:cai", "Cai Caretaker", "cai@cadoxton.example");
    public const string ServiceUrl = "https://smba.trafficmanager.net/emea/";
    public const string GroupId = "5f1a0000-0000-4000-8000-0000000000aa";

    private readonly IHost _host;
    private bool _ownsDatabase;

    private AckHarness(IHost host, TestDatabase database, FakeTimeProvider time, RecordingConnector connector, FakeAudience audience, FakeInstaller installer, RecordingUpload upload)
    {
        _host = host;
        Database = database;
        Time = time;
        Connector = connector;
        Audience = audience;
        Installer = installer;
        Upload = upload;
    }

    public TestDatabase Database { get; }
    public FakeTimeProvider Time { get; }
    public RecordingConnector Connector { get; }
    public FakeAudience Audience { get; }
    public FakeInstaller Installer { get; }
    public RecordingUpload Upload { get; }
    public IServiceProvider Services => _host.Services;

    public static async Task<AckHarness> CreateAsync(string provider, DateTimeOffset? now = null, TestDatabase? sharedDatabase = null,
        RecordingConnector? connector = null, IEnumerable<KeyValuePair<string, string?>>? settings = null, Action<IServiceCollection>? configure = null)
    {
        var database = sharedDatabase ?? TestDatabase.Create(provider);
        var ownsDatabase = sharedDatabase is null;
        var time = new FakeTimeProvider(now ?? new DateTimeOffset(2026, 9, 7, 9, 0, 0, TimeSpan.Zero));
        connector ??= new RecordingConnector();
        var audience = new FakeAudience();
        var installer = new FakeInstaller();
        var upload = new RecordingUpload();
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, EnvironmentName = "Development" });
        builder.Configuration.AddInMemoryCollection([
            .. database.AppSettings(),
            new("Roles:HeadTeacherIds:0", Head.AadObjectId),
            new("Acknowledgements:MaxConcurrentSends", "4"),
            .. settings ?? []]);
        builder.Services.AddSingleton<TimeProvider>(time);
        builder.AddPersistence();
        builder.AddStaffRoles();
        // Local mode: no app registration, so no Graph client; the features say what they cannot do without it.
        builder.Services.AddOptions<CadoxtonPolicyBot.Protocol.BotIdentityOptions>();
        builder.Services.AddOptions<CadoxtonPolicyBot.Protocol.Connector.BotCredentialOptions>();
        builder.AddMicrosoftGraph();
        builder.AddTurnPipeline();
        builder.AddAcknowledgements();
        builder.Services.AddSingleton<IConnectorClient>(connector);
        builder.Services.AddSingleton<IAudienceDirectory>(audience);
        builder.Services.AddSingleton<ITeamsAppInstaller>(installer);
        builder.Services.AddHttpClient(ExportFileConsentHandler.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => upload);
        configure?.Invoke(builder.Services);
        // Tests drive the worker and the schedule one pass at a time.
        builder.Services.RemoveAll<IHostedService>();
        var host = builder.Build();
        await using (var scope = host.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<BotDbContext>().Database.MigrateAsync();
        }

        return new AckHarness(host, database, time, connector, audience, installer, upload) { _ownsDatabase = ownsDatabase };
    }

    public async Task<T> WithAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    public Task<T> DbAsync<T>(Func<BotDbContext, Task<T>> query) => WithAsync(sp => query(sp.GetRequiredService<BotDbContext>()));

    /// <summary>Runs one turn through the real router, as /api/messages would.</summary>
    public async Task<TestTurn> TurnAsync(Activity activity)
    {
        var turn = new TestTurn(activity);
        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IConversationReferenceStore>().SaveAsync(turn.Reference, CancellationToken.None);
        await scope.ServiceProvider.GetRequiredService<IBot>().OnTurnAsync(turn, CancellationToken.None);
        return turn;
    }

    public Task<TestTurn> SayAsync(Person person, string text) => TurnAsync(Activities.Message(person, text));

    public Task<TestTurn> PressAsync(Person person, string verb, JsonObject? data = null, string? cardActivityId = null) =>
        TurnAsync(Activities.Execute(person, verb, data ?? [], cardActivityId));

    /// <summary>The head teacher launches a round to the given people (an Entra group in the fake directory).</summary>
    public async Task<Guid> LaunchAsync(IReadOnlyList<Person> people, bool check = false, string dueDate = "2026-10-01")
    {
        Audience.Members = [.. people.Select(p => p.AsMember())];
        var turn = await PressAsync(Head, AcknowledgementCards.LaunchVerb, new JsonObject
        {
            ["name"] = "2026/27", ["dueDate"] = dueDate, ["audience"] = GroupId, ["message"] = "Please read by October.", ["check"] = check ? "true" : "false",
        });
        Assert.Equal("Acknowledgement round 2026/27", turn.CardFromInvoke()?["body"]?[0]?["text"]?.GetValue<string>());
        return await DbAsync(db => db.Set<AcknowledgementRound>().Where(r => r.Status == RoundStatus.Open).Select(r => r.Id).SingleAsync());
    }

    /// <summary>
    /// One outbox pass. The rate limiter waits on the fake clock, so the clock is moved on in small steps while the
    /// pass runs, as real time would.
    /// </summary>
    public async Task<int> DeliverAsync()
    {
        var pass = Services.GetRequiredService<OutboxDispatcher>().RunOnceAsync(CancellationToken.None);
        while (!pass.IsCompleted)
        {
            await Task.WhenAny(pass, Task.Delay(2));
            if (!pass.IsCompleted)
            {
                Time.Advance(TimeSpan.FromMilliseconds(20));
            }
        }

        return await pass;
    }

    public async ValueTask DisposeAsync()
    {
        _host.Dispose();
        // A database passed in (a second worker over the same data, after a "crash") belongs to the test that made it.
        if (_ownsDatabase)
        {
            Database.Dispose();
        }

        await Task.CompletedTask;
    }
}

public static class Activities
{
    public static Activity Message(Person person, string text) => Base(person, ActivityTypes.Message, text: text);

    public static Activity Execute(Person person, string verb, JsonObject data, string? replyToId = null)
    {
        var activity = Base(person, ActivityTypes.Invoke);
        activity.Name = "adaptiveCard/action";
        activity.ReplyToId = replyToId ?? "1:card-message";
        activity.Value = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data.DeepClone() }, ["trigger"] = "manual" };
        return activity;
    }

    public static Activity Base(Person person, string type, string? text = null) => new()
    {
        Type = type,
        Id = "f:" + Guid.NewGuid().ToString("N"),
        ChannelId = "msteams",
        ServiceUrl = AckHarness.ServiceUrl,
        Text = text,
        From = new ChannelAccount { Id = person.TeamsId, Name = person.Name, AadObjectId = person.AadObjectId },
        Recipient = new ChannelAccount { Id = "28:bot", Name = "Policy Bot" },
        Conversation = new ConversationAccount { Id = "a:" + person.TeamsId, ConversationType = "personal", TenantId = "tenant-1" },
    };
}

/// <summary>An ITurnContext that records what the bot answers.</summary>
public sealed class TestTurn(Activity activity) : ITurnContext
{
    public Activity Activity { get; } = activity;
    public string CorrelationId { get; } = Guid.NewGuid().ToString("N");
    public InvokeResponse? InvokeResponse { get; set; }
    public ConversationReference Reference { get; } = ConversationReference.FromActivity(activity);
    public List<Activity> Sent { get; } = [];
    public List<(string Id, Activity Activity)> Updated { get; } = [];

    public Task<ConnectorResult<ResourceResponse>> SendAsync(Activity activity, CancellationToken cancellationToken)
    {
        Sent.Add(activity);
        return Task.FromResult(ConnectorResult.Success(new ResourceResponse("sent-" + Sent.Count), 200));
    }

    public Task<ConnectorResult<ResourceResponse>> UpdateAsync(string activityId, Activity activity, CancellationToken cancellationToken)
    {
        Updated.Add((activityId, activity));
        return Task.FromResult(ConnectorResult.Success(new ResourceResponse(activityId), 200));
    }

    public JsonNode? InvokeBody => InvokeResponse?.Body is null ? null : JsonSerializer.SerializeToNode(InvokeResponse.Body, ProtocolJson.Options);

    /// <summary>The card an Action.Execute answered with, or null if it answered otherwise.</summary>
    public JsonNode? CardFromInvoke() =>
        InvokeBody?["type"]?.GetValue<string>() == AttachmentContentTypes.AdaptiveCard ? InvokeBody["value"] : null;

    public string? MessageFromInvoke() =>
        InvokeBody?["type"]?.GetValue<string>() == "application/vnd.microsoft.activity.message" ? InvokeBody["value"]?.GetValue<string>() : null;

    public JsonNode? SentCard(int index = 0) => Sent[index].Attachments?[0].Content;
}

public static class CardJsonText
{
    /// <summary>All the text a card shows, for "does it say X" assertions.</summary>
    public static string AllText(this JsonNode? card) => card is null ? string.Empty : string.Join("\n", Walk(card));

    public static IEnumerable<string> Verbs(this JsonNode? card) =>
        card is null ? [] : Descendants(card).OfType<JsonObject>().Where(o => o["verb"] is not null).Select(o => o["verb"]!.GetValue<string>());

    private static IEnumerable<string> Walk(JsonNode node) =>
        Descendants(node).OfType<JsonObject>().SelectMany(o => new[] { o["text"], o["title"], o["label"], o["value"] }).OfType<JsonValue>()
            .Where(v => v.TryGetValue<string>(out _)).Select(v => v.GetValue<string>().Replace("\\", string.Empty, StringComparison.Ordinal));

    private static IEnumerable<JsonNode> Descendants(JsonNode node)
    {
        yield return node;
        var children = node switch
        {
            JsonObject o => o.Select(p => p.Value),
            JsonArray a => a.AsEnumerable(),
            _ => [],
        };
        foreach (var child in children.OfType<JsonNode>())
        {
            foreach (var d in Descendants(child))
            {
                yield return d;
            }
        }
    }
}

public sealed class FakeAudience : IAudienceDirectory
{
    public List<AudienceMember> Members { get; set; } = [];
    public string? Error { get; set; }

    /// <summary>The name the directory gives the audience (a group's display name, a team's name from its install).</summary>
    public string? Name { get; set; } = "Cadoxton Staff";

    public List<AudienceSpec> Resolved { get; } = [];

    public Task<AudienceResolution> ResolveAsync(AudienceSpec audience, Uri serviceUrl, CancellationToken cancellationToken)
    {
        Resolved.Add(audience);
        return Task.FromResult(Error is null ? AudienceResolution.Of([.. Members], Name) : AudienceResolution.Failed(Error));
    }
}

public sealed class FakeInstaller : ITeamsAppInstaller
{
    public ConcurrentBag<string> Installed { get; } = [];
    public HashSet<string> Failing { get; } = [];

    public Task<InstallResult> InstallForUserAsync(string aadObjectId, CancellationToken cancellationToken)
    {
        if (Failing.Contains(aadObjectId))
        {
            return Task.FromResult(new InstallResult(InstallOutcome.Failed, "Graph could not find the user or the app in the tenant's app catalog (404)"));
        }

        Installed.Add(aadObjectId);
        return Task.FromResult(new InstallResult(InstallOutcome.Installed));
    }
}

/// <summary>The Bot Connector, in memory: records every send, creates 1:1 chats, and answers as scripted per user.</summary>
public sealed class RecordingConnector : IConnectorClient
{
    private int _ids;

    public ConcurrentQueue<(string ConversationId, Activity Activity)> Sends { get; } = new();
    public ConcurrentQueue<ConversationParameters> Created { get; } = new();

    /// <summary>Answers queued for sends into one conversation, consumed one per send; then success.</summary>
    public ConcurrentDictionary<string, ConcurrentQueue<ConnectorResult<ResourceResponse>>> Scripted { get; } = new();

    /// <summary>Called before each send is recorded: lets a test simulate a crash in the middle of a send.</summary>
    public Func<string, Task>? BeforeSend { get; set; }

    public int SendsTo(string conversationId) => Sends.Count(s => s.ConversationId == conversationId);

    public void Script(string conversationId, params ConnectorResult<ResourceResponse>[] results) =>
        Scripted[conversationId] = new ConcurrentQueue<ConnectorResult<ResourceResponse>>(results);

    public async Task<ConnectorResult<ResourceResponse>> SendToConversationAsync(Uri serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken)
    {
        if (BeforeSend is not null)
        {
            await BeforeSend(conversationId);
        }

        if (Scripted.TryGetValue(conversationId, out var queue) && queue.TryDequeue(out var scripted))
        {
            return scripted;
        }

        Sends.Enqueue((conversationId, activity));
        return ConnectorResult.Success(new ResourceResponse("act-" + Interlocked.Increment(ref _ids)), 201);
    }

    public Task<ConnectorResult<ResourceResponse>> ReplyToActivityAsync(Uri serviceUrl, string conversationId, string replyToId, Activity activity, CancellationToken cancellationToken) =>
        SendToConversationAsync(serviceUrl, conversationId, activity, cancellationToken);

    public Task<ConnectorResult<ResourceResponse>> UpdateActivityAsync(Uri serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) =>
        Task.FromResult(ConnectorResult.Success(new ResourceResponse(activityId), 200));

    public Task<ConnectorResult<bool>> DeleteActivityAsync(Uri serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken) =>
        Task.FromResult(ConnectorResult.Success(true, 200));

    public Task<ConnectorResult<ConversationResourceResponse>> CreateConversationAsync(Uri serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken)
    {
        Created.Enqueue(parameters);
        return Task.FromResult(ConnectorResult.Success(new ConversationResourceResponse { Id = "a:new-" + parameters.Members[0].Id }, 201));
    }

    public Task<ConnectorResult<PagedMembersResult>> GetPagedMembersAsync(Uri serviceUrl, string conversationId, int? pageSize, string? continuationToken, CancellationToken cancellationToken) =>
        Task.FromResult(ConnectorResult.Failure<PagedMembersResult>(ConnectorOutcome.NotFound, 404));

    public Task<ConnectorResult<DownloadedContent>> DownloadAttachmentAsync(Uri url, bool requiresBotToken, long maxBytes, CancellationToken cancellationToken) =>
        Task.FromResult(ConnectorResult.Failure<DownloadedContent>(ConnectorOutcome.NotFound, 404));
}

/// <summary>OneDrive's upload session: records the PUT.</summary>
public sealed class RecordingUpload : HttpMessageHandler
{
    public List<(HttpMethod Method, Uri? Url, byte[] Body, string? ContentRange)> Requests { get; } = [];

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? [] : await request.Content.ReadAsByteArrayAsync(cancellationToken);
        Requests.Add((request.Method, request.RequestUri, body, request.Content?.Headers.ContentRange?.ToString()));
        return new HttpResponseMessage(HttpStatusCode.Created);
    }
}
