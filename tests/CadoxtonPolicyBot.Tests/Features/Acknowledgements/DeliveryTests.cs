using CadoxtonPolicyBot.Features.Acknowledgements;
using CadoxtonPolicyBot.Infrastructure.Persistence;
using CadoxtonPolicyBot.Protocol;
using CadoxtonPolicyBot.Protocol.Connector;
using CadoxtonPolicyBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.EntityFrameworkCore;
using static CadoxtonPolicyBot.Tests.Features.Acknowledgements.AckHarness;

namespace CadoxtonPolicyBot.Tests.Features.Acknowledgements;

public sealed class DeliveryTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Each_person_gets_exactly_one_card_through_their_chat_or_a_new_one(string provider)
    {
        await using var app = await CreateAsync(provider);
        await app.SayAsync(Alex, "hello"); // Alex has a 1:1 chat already; Bea and Cai never spoke to the bot.
        var roundId = await app.LaunchAsync([Alex, Bea, Cai]);

        await app.DeliverAsync();
        await app.DeliverAsync();

        Assert.Equal(1, app.Connector.SendsTo("a:" + Alex.TeamsId));
        Assert.Equal(1, app.Connector.SendsTo("a:new-" + Bea.AadObjectId));
        Assert.Equal(1, app.Connector.SendsTo("a:new-" + Cai.AadObjectId));
        Assert.Equal(3, app.Connector.Sends.Count);
        Assert.Equal([Bea.AadObjectId, Cai.AadObjectId], app.Installer.Installed.Order());
        var created = app.Connector.Created.First();
        Assert.Equal("tenant-1", created.TenantId);
        Assert.Equal("tenant-1", created.ChannelData!["tenant"]!["id"]!.GetValue<string>());
        Assert.False(created.IsGroup);
        var rows = await app.DbAsync(db => db.Set<RoundRecipient>().Where(r => r.RoundId == roundId).ToListAsync());
        Assert.All(rows, r =>
        {
            Assert.Equal(DeliveryState.Sent, r.State);
            Assert.StartsWith("act-", r.ActivityId, StringComparison.Ordinal);
            Assert.NotNull(r.ConversationId);
        });
        var card = app.Connector.Sends.First().Activity.Attachments![0].Content;
        Assert.Contains("Read the policy", card.AllText(), StringComparison.Ordinal);
        Assert.DoesNotContain(AcknowledgementCards.ConfirmVerb, card.Verbs());
    }

    [Fact]
    public async Task A_person_the_app_cannot_be_installed_for_is_marked_unreachable_with_the_reason()
    {
        await using var app = await CreateAsync(DatabaseProvider.Sqlite);
        app.Installer.Failing.Add(Bea.AadObjectId);
        await app.LaunchAsync([Bea]);

        await app.DeliverAsync();

        var row = await app.DbAsync(db => db.Set<RoundRecipient>().SingleAsync());
        Assert.Equal(DeliveryState.Unreachable, row.State);
        Assert.Contains("app catalog", row.UnreachableReason, StringComparison.Ordinal);
        Assert.Empty(app.Connector.Sends);
    }

    [Fact]
    public async Task Someone_who_blocked_the_bot_is_marked_unreachable_and_never_retried()
    {
        await using var app = await CreateAsync(DatabaseProvider.Sqlite);
        await app.SayAsync(Alex, "hello");
        app.Connector.Script("a:" + Alex.TeamsId, ConnectorResult.Failure<ResourceResponse>(ConnectorOutcome.RecipientBlockedBot, 403, "MessageWritesBlocked"));
        var roundId = await app.LaunchAsync([Alex]);

        await app.DeliverAsync();
        app.Time.Advance(TimeSpan.FromHours(1));
        await app.DeliverAsync();

        var row = await app.DbAsync(db => db.Set<RoundRecipient>().SingleAsync());
        Assert.Equal(DeliveryState.Unreachable, row.State);
        Assert.Contains("MessageWritesBlocked", row.UnreachableReason, StringComparison.Ordinal);
        Assert.Empty(app.Connector.Sends);
        var progress = await app.PressAsync(Head, AcknowledgementCards.ProgressVerb, AcknowledgementCards.RoundData(roundId));
        Assert.Contains("Unreachable (1)", progress.CardFromInvoke().AllText(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_429_waits_for_its_retry_after_and_then_sends_once(string provider)
    {
        await using var app = await CreateAsync(provider);
        await app.SayAsync(Alex, "hello");
        app.Connector.Script("a:" + Alex.TeamsId, ConnectorResult.Failure<ResourceResponse>(ConnectorOutcome.Throttled, 429, retryAfter: TimeSpan.FromSeconds(20)));
        await app.LaunchAsync([Alex]);

        await app.DeliverAsync();
        var waiting = await app.DbAsync(db => db.Set<RoundRecipient>().SingleAsync());
        app.Time.Advance(TimeSpan.FromSeconds(10));
        var early = await app.DeliverAsync();
        app.Time.Advance(TimeSpan.FromSeconds(11));
        await app.DeliverAsync();

        Assert.Equal(DeliveryState.Pending, waiting.State);
        Assert.InRange(waiting.NextAttemptAt - waiting.ClaimedAt!.Value, TimeSpan.FromSeconds(19.5), TimeSpan.FromSeconds(20.5));
        Assert.Equal(0, waiting.Attempts);
        Assert.Equal(0, early);
        Assert.Equal(1, app.Connector.SendsTo("a:" + Alex.TeamsId));
        Assert.Equal(DeliveryState.Sent, (await app.DbAsync(db => db.Set<RoundRecipient>().SingleAsync())).State);
    }

    [Fact]
    public async Task Repeated_errors_back_off_and_end_unreachable_after_the_attempts_allowed()
    {
        await using var app = await CreateAsync(DatabaseProvider.Sqlite, settings: [new("Acknowledgements:MaxAttempts", "2")]);
        await app.SayAsync(Alex, "hello");
        var failure = ConnectorResult.Failure<ResourceResponse>(ConnectorOutcome.Failed, 502);
        app.Connector.Script("a:" + Alex.TeamsId, failure, failure, failure);
        await app.LaunchAsync([Alex]);

        await app.DeliverAsync();
        var afterFirst = await app.DbAsync(db => db.Set<RoundRecipient>().SingleAsync());
        app.Time.Advance(TimeSpan.FromMinutes(1));
        await app.DeliverAsync();

        Assert.Equal(DeliveryState.Pending, afterFirst.State);
        Assert.Equal(1, afterFirst.Attempts);
        var row = await app.DbAsync(db => db.Set<RoundRecipient>().SingleAsync());
        Assert.Equal(DeliveryState.Unreachable, row.State);
        Assert.Contains("502", row.UnreachableReason, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_worker_sleeps_only_until_the_next_retry_is_due_not_a_whole_poll_interval(string provider)
    {
        await using var app = await CreateAsync(provider);
        var dispatcher = app.Services.GetRequiredService<OutboxDispatcher>();
        var idle = await dispatcher.UntilNextDueAsync(TimeSpan.FromSeconds(30), CancellationToken.None);
        await app.SayAsync(Alex, "hello");
        app.Connector.Script("a:" + Alex.TeamsId, ConnectorResult.Failure<ResourceResponse>(ConnectorOutcome.Throttled, 429, retryAfter: TimeSpan.FromSeconds(4)));
        await app.LaunchAsync([Alex]);

        await app.DeliverAsync();
        var retry = await dispatcher.UntilNextDueAsync(TimeSpan.FromSeconds(30), CancellationToken.None);
        app.Time.Advance(TimeSpan.FromMinutes(1));
        await app.DeliverAsync();
        var done = await dispatcher.UntilNextDueAsync(TimeSpan.FromSeconds(30), CancellationToken.None);

        Assert.Equal(TimeSpan.FromSeconds(30), idle);
        Assert.InRange(retry, TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(4));
        Assert.Equal(TimeSpan.FromSeconds(30), done);
        Assert.Single(app.Connector.Sends);
    }

    [Fact]
    public async Task A_send_that_got_no_answer_is_unconfirmed_and_never_resent()
    {
        await using var app = await CreateAsync(DatabaseProvider.Sqlite);
        await app.SayAsync(Alex, "hello");
        // What the connector client reports when the connection broke mid-request: it may have reached Teams.
        app.Connector.Script("a:" + Alex.TeamsId, ConnectorResult.Failure<ResourceResponse>(ConnectorOutcome.NoAnswer, 0, "NetworkError"));
        await app.LaunchAsync([Alex]);

        await app.DeliverAsync();
        app.Time.Advance(TimeSpan.FromHours(1));
        var later = await app.DeliverAsync();

        Assert.Equal(0, later);
        Assert.Empty(app.Connector.Sends);
        Assert.Equal(DeliveryState.Unconfirmed, (await app.DbAsync(db => db.Set<RoundRecipient>().SingleAsync())).State);
    }

    [Fact]
    public async Task A_send_that_failed_before_leaving_the_machine_is_retried_whatever_its_error_code_says()
    {
        await using var app = await CreateAsync(DatabaseProvider.Sqlite);
        await app.SayAsync(Alex, "hello");
        // The outcome decides, not the code's wording: no token means nothing reached Teams, so it is safe to resend.
        app.Connector.Script("a:" + Alex.TeamsId, ConnectorResult.Failure<ResourceResponse>(ConnectorOutcome.Failed, 0, "NetworkError"));
        await app.LaunchAsync([Alex]);

        await app.DeliverAsync();
        var afterFirst = await app.DbAsync(db => db.Set<RoundRecipient>().SingleAsync());
        app.Time.Advance(TimeSpan.FromMinutes(1));
        await app.DeliverAsync();

        Assert.Equal((DeliveryState.Pending, 1), (afterFirst.State, afterFirst.Attempts));
        Assert.Equal(1, app.Connector.SendsTo("a:" + Alex.TeamsId));
        Assert.Equal(DeliveryState.Sent, (await app.DbAsync(db => db.Set<RoundRecipient>().SingleAsync())).State);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task After_a_crash_a_new_worker_resumes_without_sending_anyone_a_second_card(string provider)
    {
        using var database = TestDatabase.Create(provider);
        var connector = new RecordingConnector();
        var people = Enumerable.Range(0, 12)
            .Select(i => new Person($"bbbbbbbb-0000-4000-8000-{i:000000000000}", $"29:p{i}", $"Person {i}", $"p{i}@cadoxton.example"))
            .ToList();

        // First process: sends some cards, then "dies" in the middle of one send (the request reached Teams, the
        // outcome was never recorded), while other rows are merely leased.
        await using (var first = await CreateAsync(provider, sharedDatabase: database, connector: connector))
        {
            await first.LaunchAsync(people);
            var sent = 0;
            connector.BeforeSend = _ => ++sent == 5 ? throw new OperationCanceledException("process killed") : Task.CompletedTask;
            await Assert.ThrowsAnyAsync<OperationCanceledException>(first.DeliverAsync);
        }

        connector.BeforeSend = null;
        var beforeRestart = connector.Sends.Count;

        // Second process over the same database, after the lease of the dead one has run out.
        await using var second = await CreateAsync(provider, now: new DateTimeOffset(2026, 9, 7, 9, 10, 0, TimeSpan.Zero), sharedDatabase: database, connector: connector);
        while (await second.DeliverAsync() > 0)
        {
        }

        var rows = await second.DbAsync(db => db.Set<RoundRecipient>().ToListAsync());
        Assert.True(beforeRestart < people.Count);
        Assert.All(people, p => Assert.True(connector.Sends.Count(s => s.ConversationId == "a:new-" + p.AadObjectId) <= 1));
        var unconfirmed = rows.Where(r => r.State == DeliveryState.Unconfirmed).ToList();
        Assert.InRange(unconfirmed.Count, 1, 4); // at most the sends that were in flight
        Assert.Equal(people.Count - unconfirmed.Count, rows.Count(r => r.State == DeliveryState.Sent));
        Assert.Equal(people.Count - unconfirmed.Count, connector.Sends.Select(s => s.ConversationId).Distinct().Count());

        // The unconfirmed get the round's reminder, so nobody is left without a card.
        var reminded = await second.WithAsync(sp => sp.GetRequiredService<AcknowledgementRounds>().RemindOutstandingAsync(rows[0].RoundId, CancellationToken.None));
        Assert.Equal(people.Count, reminded);
    }

    [Fact]
    public async Task A_row_leased_by_a_worker_that_died_before_sending_is_sent_once_the_lease_ends()
    {
        await using var app = await CreateAsync(DatabaseProvider.Sqlite);
        await app.LaunchAsync([Alex]);
        var now = app.Time.GetUtcNow();
        await app.DbAsync(db => db.Set<RoundRecipient>().ExecuteUpdateAsync(s => s
            .SetProperty(r => r.AttemptId, Guid.NewGuid())
            .SetProperty(r => r.ClaimedAt, now)
            .SetProperty(r => r.NextAttemptAt, now + TimeSpan.FromMinutes(5))));

        var whileLeased = await app.DeliverAsync();
        app.Time.Advance(TimeSpan.FromMinutes(6));
        await app.DeliverAsync();

        Assert.Equal(0, whileLeased);
        Assert.Single(app.Connector.Sends);
    }

    [Fact]
    public async Task The_tenant_budget_spaces_requests_evenly_and_a_conversation_gets_at_most_seven_a_second()
    {
        await using var app = await CreateAsync(DatabaseProvider.Sqlite);
        var limiter = app.Services.GetRequiredService<TeamsRateLimiter>();

        var tenantDelays = new List<TimeSpan>();
        for (var i = 0; i < 31; i++)
        {
            tenantDelays.Add(await limiter.ReserveAsync("conv-" + i, CancellationToken.None));
        }

        // A second later the tenant budget is free again; eight calls to one conversation.
        app.Time.Advance(TimeSpan.FromSeconds(2));
        var conversationDelays = new List<TimeSpan>();
        for (var i = 0; i < 8; i++)
        {
            conversationDelays.Add(await limiter.ReserveAsync("one", CancellationToken.None));
        }

        Assert.Equal(TimeSpan.Zero, tenantDelays[0]);
        Assert.InRange(tenantDelays[30], TimeSpan.FromSeconds(1) - TimeSpan.FromMilliseconds(1), TimeSpan.FromSeconds(1));
        Assert.True(conversationDelays[6] < TimeSpan.FromSeconds(1));
        Assert.True(conversationDelays[7] >= TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task A_429_pauses_every_request_until_its_retry_after()
    {
        await using var app = await CreateAsync(DatabaseProvider.Sqlite);
        var limiter = app.Services.GetRequiredService<TeamsRateLimiter>();

        await limiter.PauseAsync(TimeSpan.FromSeconds(12), CancellationToken.None);

        Assert.Equal(TimeSpan.FromSeconds(12), await limiter.ReserveAsync("x", CancellationToken.None));
    }
}
