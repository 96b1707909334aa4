using CadoxtonPolicyBot.Features.Acknowledgements;
using CadoxtonPolicyBot.Infrastructure.Persistence;
using CadoxtonPolicyBot.Protocol;
using CadoxtonPolicyBot.Protocol.Connector;
using CadoxtonPolicyBot.Tests.Support;
using CadoxtonPolicyBot.Turns;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using static CadoxtonPolicyBot.Tests.Features.Acknowledgements.AckHarness;

namespace CadoxtonPolicyBot.Tests.Features.Acknowledgements;

public sealed class ScheduleTests
{
    private static readonly DateOnly Due = new(2026, 10, 1);

    [Theory]
    [InlineData("2026-09-23T07:59:00Z", null)]
    [InlineData("2026-09-24T08:00:00Z", "2026-09-24T08:00:00Z")]
    [InlineData("2026-09-30T12:00:00Z", "2026-09-30T08:00:00Z")]
    [InlineData("2026-10-07T12:00:00Z", "2026-09-30T08:00:00Z")]
    [InlineData("2026-10-08T08:00:00Z", "2026-10-08T08:00:00Z")]
    [InlineData("2026-10-20T08:00:00Z", "2026-10-15T08:00:00Z")]
    public void Reminders_fall_seven_and_one_days_before_the_due_date_then_weekly(string now, string? expected)
    {
        var due = AcknowledgementSchedule.LatestReminderDue(Due, [7, 1], TimeSpan.FromHours(8), DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(expected is null ? null : DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), due);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_automatic_reminder_goes_once_to_those_outstanding(string provider)
    {
        await using var app = await CreateAsync(provider);
        var roundId = await app.LaunchAsync([Alex, Bea]);
        await app.PressAsync(Alex, AcknowledgementCards.ReadVerb, AcknowledgementCards.RoundData(roundId));
        await app.PressAsync(Alex, AcknowledgementCards.ConfirmVerb, AcknowledgementCards.RoundData(roundId));

        await RunScheduleAsync(app);
        var beforeReminderDay = await Reminders(app);
        app.Time.SetUtcNow(new DateTimeOffset(2026, 9, 24, 8, 30, 0, TimeSpan.Zero));
        await RunScheduleAsync(app);
        await RunScheduleAsync(app);

        Assert.Empty(beforeReminderDay);
        Assert.Equal(Bea.AadObjectId, Assert.Single(await Reminders(app)).AadObjectId);
    }

    [Fact]
    public async Task On_the_first_of_september_the_head_teacher_is_offered_the_new_years_round_once()
    {
        await using var app = await CreateAsync(DatabaseProvider.Sqlite, now: new DateTimeOffset(2027, 8, 31, 12, 0, 0, TimeSpan.Zero));
        await app.SayAsync(Head, "hello");

        await RunScheduleAsync(app);
        var before = app.Connector.Sends.Count;
        app.Time.SetUtcNow(new DateTimeOffset(2027, 9, 1, 9, 0, 0, TimeSpan.Zero));
        await RunScheduleAsync(app);
        await RunScheduleAsync(app);

        Assert.Equal(0, before);
        var (conversation, activity) = Assert.Single(app.Connector.Sends);
        Assert.Equal("a:" + Head.TeamsId, conversation);
        Assert.Contains("Start the 2027/28 round", activity.Attachments![0].Content.AllText(), StringComparison.Ordinal);
        var form = await app.PressAsync(Head, AcknowledgementCards.StartVerb, new System.Text.Json.Nodes.JsonObject { ["name"] = "2027/28" });
        Assert.Contains("2027/28", form.CardFromInvoke().AllText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task People_who_join_the_audience_group_get_the_open_rounds_card_at_the_daily_check()
    {
        await using var app = await CreateAsync(DatabaseProvider.Sqlite);
        await app.LaunchAsync([Alex]);
        await app.DeliverAsync();
        app.Audience.Members = [Alex.AsMember(), Bea.AsMember()];

        app.Time.Advance(TimeSpan.FromDays(1));
        await RunScheduleAsync(app);
        await RunScheduleAsync(app);
        await app.DeliverAsync();

        Assert.Equal(2, await app.DbAsync(db => db.Set<RoundRecipient>().CountAsync(r => r.Kind == RecipientKind.Card)));
        Assert.Equal(1, app.Connector.SendsTo("a:new-" + Bea.AadObjectId));
        Assert.Equal(2, app.Connector.Sends.Count);
    }

    [Fact]
    public async Task Someone_joining_a_team_that_is_a_rounds_audience_is_added_to_the_round()
    {
        await using var app = await CreateAsync(DatabaseProvider.Sqlite);
        app.Audience.Members = [Alex.AsMember(withTeamsId: true)];
        await app.PressAsync(Head, AcknowledgementCards.LaunchVerb, new System.Text.Json.Nodes.JsonObject
        {
            ["name"] = "2026/27", ["dueDate"] = "2026-10-01", ["audience"] = "team:19:staff@thread.tacv2",
        });
        var joined = Activities.Base(Alex, ActivityTypes.ConversationUpdate);
        joined.Conversation = new ConversationAccount { Id = "19:staff@thread.tacv2", ConversationType = "channel", TenantId = "tenant-1", IsGroup = true };
        joined.ChannelData = new System.Text.Json.Nodes.JsonObject { ["eventType"] = "teamMemberAdded", ["team"] = new System.Text.Json.Nodes.JsonObject { ["id"] = "19:staff@thread.tacv2" } };
        joined.MembersAdded = [new ChannelAccount { Id = Bea.TeamsId, AadObjectId = Bea.AadObjectId, Name = Bea.Name }];

        await app.TurnAsync(joined);
        await app.DeliverAsync();

        var bea = await app.DbAsync(db => db.Set<RoundRecipient>().SingleAsync(r => r.AadObjectId == Bea.AadObjectId));
        Assert.Equal(Bea.TeamsId, bea.TeamsUserId);
        Assert.Equal(DeliveryState.Sent, bea.State);
        Assert.DoesNotContain(Bea.AadObjectId, app.Installer.Installed); // the roster id is enough to open the chat
        Assert.Contains(app.Connector.Created, c => c.Members[0].Id == Bea.TeamsId);
    }

    [Fact]
    public async Task A_team_roster_is_read_page_by_page_with_each_persons_teams_id()
    {
        var connector = new PagedRosterConnector();
        var roster = new TeamRosterDirectory(connector, new FakeTimeProvider(), NullLogger<TeamRosterDirectory>.Instance);

        var result = await roster.ResolveAsync("19:staff@thread.tacv2", new Uri(ServiceUrl), CancellationToken.None);

        Assert.Null(result.Error);
        Assert.Equal([Alex.AadObjectId, Bea.AadObjectId], result.Members.Select(m => m.AadObjectId));
        Assert.Equal(Bea.TeamsId, result.Members[1].TeamsUserId);
        Assert.Equal([null, "page-2"], connector.Tokens);
    }

    private static async Task RunScheduleAsync(AckHarness app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AcknowledgementSchedule>().RunAsync(CancellationToken.None);
    }

    private static Task<List<RoundRecipient>> Reminders(AckHarness app) =>
        app.DbAsync(db => db.Set<RoundRecipient>().Where(r => r.Kind == RecipientKind.Reminder).ToListAsync());

    private sealed class PagedRosterConnector : IConnectorClient
    {
        public List<string?> Tokens { get; } = [];

        public Task<ConnectorResult<PagedMembersResult>> GetPagedMembersAsync(Uri serviceUrl, string conversationId, int? pageSize, string? continuationToken, CancellationToken cancellationToken)
        {
            Tokens.Add(continuationToken);
            var page = continuationToken is null
                ? new PagedMembersResult { ContinuationToken = "page-2", Members = [new TeamsChannelAccount { Id = Alex.TeamsId, AadObjectId = Alex.AadObjectId, Name = Alex.Name }] }
                : new PagedMembersResult { Members = [new TeamsChannelAccount { Id = Bea.TeamsId, AadObjectId = Bea.AadObjectId, Name = Bea.Name, UserPrincipalName = Bea.Upn }] };
            return Task.FromResult(ConnectorResult.Success(page, 200));
        }

        public Task<ConnectorResult<ResourceResponse>> SendToConversationAsync(Uri serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken) => throw new InvalidOperationException();
        public Task<ConnectorResult<ResourceResponse>> ReplyToActivityAsync(Uri serviceUrl, string conversationId, string replyToId, Activity activity, CancellationToken cancellationToken) => throw new InvalidOperationException();
        public Task<ConnectorResult<ResourceResponse>> UpdateActivityAsync(Uri serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) => throw new InvalidOperationException();
        public Task<ConnectorResult<bool>> DeleteActivityAsync(Uri serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken) => throw new InvalidOperationException();
        public Task<ConnectorResult<ConversationResourceResponse>> CreateConversationAsync(Uri serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken) => throw new InvalidOperationException();
        public Task<ConnectorResult<DownloadedContent>> DownloadAttachmentAsync(Uri url, bool requiresBotToken, long maxBytes, CancellationToken cancellationToken) => throw new InvalidOperationException();
    }
}
