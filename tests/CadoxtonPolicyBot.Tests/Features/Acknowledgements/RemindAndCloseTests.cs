using System.Text.Json.Nodes;
using CadoxtonPolicyBot.Features.Acknowledgements;
using CadoxtonPolicyBot.Infrastructure.Persistence;
using CadoxtonPolicyBot.Protocol;
using CadoxtonPolicyBot.Protocol.Connector;
using CadoxtonPolicyBot.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using static CadoxtonPolicyBot.Tests.Features.Acknowledgements.AckHarness;

namespace CadoxtonPolicyBot.Tests.Features.Acknowledgements;

/// <summary>Issue 13.3: every press of the head teacher's progress card answers, and closing asks first.</summary>
public sealed class RemindAndCloseTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Remind_says_how_many_were_reminded_and_when_and_a_second_press_within_the_interval_asks_first(string provider)
    {
        // 7 September 2026, 09:00 UTC: 10:00 at school (BST).
        await using var app = await CreateAsync(provider);
        var roundId = await app.LaunchAsync([Alex, Bea, Cai]);
        await app.DeliverAsync();

        var first = await app.PressAsync(Head, AcknowledgementCards.RemindVerb, AcknowledgementCards.RoundData(roundId));
        app.Time.Advance(TimeSpan.FromMinutes(42));
        var second = await app.PressAsync(Head, AcknowledgementCards.RemindVerb, AcknowledgementCards.RoundData(roundId));
        var remindersAfterSecond = await ReminderCountAsync(app);
        // "Yes, remind them again" carries the wave it was shown after (wave 1); pressed twice, it reminds once.
        var confirmed = await app.PressAsync(Head, AcknowledgementCards.RemindVerb, AcknowledgementCards.ConfirmedAfterWave(roundId, 1));
        var pressedAgain = await app.PressAsync(Head, AcknowledgementCards.RemindVerb, AcknowledgementCards.ConfirmedAfterWave(roundId, 1));

        Assert.Contains("Reminders sent to 3 people at 10:00.", first.CardFromInvoke().AllText(), StringComparison.Ordinal);
        Assert.Contains("Acknowledgement round 2026/27", first.CardFromInvoke().AllText(), StringComparison.Ordinal);
        var ask = second.CardFromInvoke().AllText();
        Assert.Contains("Send the reminders again?", ask, StringComparison.Ordinal);
        Assert.Contains("Reminders already went to 3 people at Monday 7 September 2026, 10:00. 3 people still have not acknowledged. Nothing has been sent now.", ask, StringComparison.Ordinal);
        Assert.Equal(3, remindersAfterSecond);
        Assert.Contains("Reminders sent to 3 people at 10:42.", confirmed.CardFromInvoke().AllText(), StringComparison.Ordinal);
        Assert.Contains("Send the reminders again?", pressedAgain.CardFromInvoke().AllText(), StringComparison.Ordinal);
        Assert.Equal(6, await ReminderCountAsync(app));

        // After the interval (a day by default) a press sends at once again.
        app.Time.Advance(TimeSpan.FromDays(1));
        var nextDay = await app.PressAsync(Head, AcknowledgementCards.RemindVerb, AcknowledgementCards.RoundData(roundId));
        Assert.Contains("Reminders sent to 3 people at 10:42.", nextDay.CardFromInvoke().AllText(), StringComparison.Ordinal);
        Assert.Equal(9, await ReminderCountAsync(app));
    }

    [Fact]
    public async Task With_everyone_acknowledged_remind_says_nobody_needs_one()
    {
        await using var app = await CreateAsync(DatabaseProvider.Sqlite);
        var roundId = await app.LaunchAsync([Alex]);
        await app.PressAsync(Alex, AcknowledgementCards.ReadVerb, AcknowledgementCards.RoundData(roundId));
        await app.PressAsync(Alex, AcknowledgementCards.ConfirmVerb, AcknowledgementCards.RoundData(roundId));

        var pressed = await app.PressAsync(Head, AcknowledgementCards.RemindVerb, AcknowledgementCards.RoundData(roundId));

        Assert.Contains("Nobody needs a reminder", pressed.CardFromInvoke().AllText(), StringComparison.Ordinal);
        Assert.Equal(0, await ReminderCountAsync(app));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Close_asks_first_saying_how_many_have_not_acknowledged_then_tells_each_of_them_once(string provider)
    {
        await using var app = await CreateAsync(provider);
        var roundId = await app.LaunchAsync([Alex, Bea, Cai]);
        await app.DeliverAsync();
        await app.PressAsync(Alex, AcknowledgementCards.ReadVerb, AcknowledgementCards.RoundData(roundId));
        await app.PressAsync(Alex, AcknowledgementCards.ConfirmVerb, AcknowledgementCards.RoundData(roundId));
        var cardsSent = app.Connector.Sends.Count;

        var asked = await app.PressAsync(Head, AcknowledgementCards.CloseVerb, AcknowledgementCards.RoundData(roundId));
        var stillOpen = (await app.DbAsync(db => db.Set<AcknowledgementRound>().SingleAsync())).Status;
        app.Time.Advance(TimeSpan.FromMinutes(42));
        var closed = await app.PressAsync(Head, AcknowledgementCards.CloseVerb, AcknowledgementCards.ConfirmedData(roundId));
        var again = await app.PressAsync(Head, AcknowledgementCards.CloseVerb, AcknowledgementCards.ConfirmedData(roundId));
        await app.DeliverAsync();
        await app.DeliverAsync();

        var question = asked.CardFromInvoke().AllText();
        Assert.Contains("Close the round 2026/27?", question, StringComparison.Ordinal);
        Assert.Contains("2 people have not acknowledged yet. They will be told the round is closed.", question, StringComparison.Ordinal);
        Assert.Equal(RoundStatus.Open, stillOpen);
        Assert.Contains("Round closed at 10:42. The 2 people who had not acknowledged are being told.", closed.CardFromInvoke().AllText(), StringComparison.Ordinal);
        Assert.Contains("This round was already closed.", again.CardFromInvoke().AllText(), StringComparison.Ordinal);

        var notices = app.Connector.Sends.Skip(cardsSent).ToList();
        Assert.Equal(2, notices.Count);
        Assert.All(notices, n => Assert.Contains("has closed", n.Activity.Attachments![0].Content.AllText(), StringComparison.Ordinal));
        Assert.All(notices, n => Assert.Equal("The policy acknowledgement round has closed", n.Activity.Summary));
        Assert.Equal(
            new[] { Bea.AadObjectId, Cai.AadObjectId }.Order(),
            (await app.DbAsync(db => db.Set<RoundRecipient>().Where(r => r.Kind == RecipientKind.ClosedNotice && r.State == DeliveryState.Sent)
                .Select(r => r.AadObjectId).ToListAsync())).Order());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Someone_whose_card_was_on_its_way_when_the_round_closed_is_told_once_after_the_card_arrives(string provider)
    {
        await using var app = await CreateAsync(provider);
        await app.SayAsync(Alex, "hello");
        var roundId = await app.LaunchAsync([Alex]);
        JsonNode? closed = null;
        var sendsWhileInFlight = -1;
        // The head teacher closes the round while Teams has Alex's card and has not answered; the outbox runs meanwhile.
        app.Connector.BeforeSend = async _ =>
        {
            if (closed is null)
            {
                closed = (await app.PressAsync(Head, AcknowledgementCards.CloseVerb, AcknowledgementCards.ConfirmedData(roundId))).CardFromInvoke();
                await app.DeliverAsync();
                sendsWhileInFlight = app.Connector.Sends.Count;
            }
        };

        await app.DeliverAsync();
        app.Time.Advance(TimeSpan.FromSeconds(2));
        await app.DeliverAsync();
        app.Time.Advance(TimeSpan.FromMinutes(1));
        await app.DeliverAsync();

        Assert.Contains("The 1 person who had not acknowledged is being told.", closed.AllText(), StringComparison.Ordinal);
        // The notice waited for the card: nothing was sent while the card was in flight, then the card, then the notice.
        Assert.Equal(0, sendsWhileInFlight);
        Assert.Equal(
            ["Please read and acknowledge the social media policy", "The policy acknowledgement round has closed"],
            app.Connector.Sends.Select(s => s.Activity.Summary));
        Assert.All(await app.DbAsync(db => db.Set<RoundRecipient>().ToListAsync()), r => Assert.Equal(DeliveryState.Sent, r.State));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Someone_whose_reminder_was_on_its_way_when_the_round_closed_is_told_after_the_reminder_arrives(string provider)
    {
        await using var app = await CreateAsync(provider);
        var roundId = await app.LaunchAsync([Alex]);
        await app.DeliverAsync();
        await app.PressAsync(Head, AcknowledgementCards.RemindVerb, AcknowledgementCards.RoundData(roundId));
        var closing = false;
        var sendsWhileInFlight = -1;
        // Alex's card arrived; the head teacher closes the round while Teams has Alex's reminder and has not answered,
        // and the outbox runs meanwhile.
        app.Connector.BeforeSend = async _ =>
        {
            if (!closing)
            {
                closing = true;
                await app.PressAsync(Head, AcknowledgementCards.CloseVerb, AcknowledgementCards.ConfirmedData(roundId));
                await app.DeliverAsync();
                sendsWhileInFlight = app.Connector.Sends.Count;
            }
        };

        await app.DeliverAsync();
        app.Time.Advance(TimeSpan.FromSeconds(2));
        await app.DeliverAsync();

        // "The round has closed" must not arrive before a "please acknowledge" reminder that was already on its way.
        Assert.Equal(1, sendsWhileInFlight);
        Assert.Equal(
            new[] { RecipientKind.Card, RecipientKind.Reminder, RecipientKind.ClosedNotice }.Select(kind => AcknowledgementCards.OutboxSummary(kind)),
            app.Connector.Sends.Select(s => s.Activity.Summary));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_card_back_in_the_queue_after_the_close_is_not_sent_by_a_pass_that_read_the_round_while_it_was_open(string provider)
    {
        // One sender, so this pass takes its two cards one after the other and reads the round once, before the close.
        await using var app = await CreateAsync(provider, configure: s => s.PostConfigure<AcknowledgementOptions>(o => o.MaxConcurrentSends = 1));
        var roundId = await app.LaunchAsync([Alex, Bea]);
        string? first = null;
        long other = 0;
        app.Connector.BeforeSend = async conversation =>
        {
            if (first is not null)
            {
                return;
            }

            first = conversation;
            // While this pass sends its first card, another instance has the other card in flight; the head teacher
            // closes the round; Teams answers the other instance 429 with no wait, so that card is back in the queue, due.
            other = await app.DbAsync(db => db.Set<RoundRecipient>()
                .Where(r => r.Kind == RecipientKind.Card && r.State == DeliveryState.Pending).Select(r => r.Id).SingleAsync());
            await app.DbAsync(db => db.Set<RoundRecipient>().Where(r => r.Id == other)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.State, DeliveryState.Sending).SetProperty(r => r.ClaimedAt, app.Time.GetUtcNow())));
            await app.PressAsync(Head, AcknowledgementCards.CloseVerb, AcknowledgementCards.ConfirmedData(roundId));
            await app.DbAsync(db => db.Set<RoundRecipient>().Where(r => r.Id == other)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.State, DeliveryState.Pending).SetProperty(r => r.NextAttemptAt, app.Time.GetUtcNow())));
        };

        await app.DeliverAsync();
        app.Time.Advance(TimeSpan.FromSeconds(2));
        await app.DeliverAsync();

        // The pass still holds the round as open, but the card is not sent after the close, and its person is not told.
        Assert.Equal(
            new (string?, string?)[] { (first, AcknowledgementCards.OutboxSummary(RecipientKind.Card)), (first, AcknowledgementCards.OutboxSummary(RecipientKind.ClosedNotice)) },
            app.Connector.Sends.Select(s => ((string?)s.ConversationId, s.Activity.Summary)));
        var rows = await app.DbAsync(db => db.Set<RoundRecipient>().Where(r => r.Id == other || r.Kind == RecipientKind.ClosedNotice).ToListAsync());
        Assert.Equal(DeliveryState.Cancelled, rows.Single(r => r.Id == other).State);
        Assert.Equal(DeliveryState.Cancelled, rows.Single(r => r.Kind == RecipientKind.ClosedNotice && r.AadObjectId == rows.Single(o => o.Id == other).AadObjectId).State);
    }

    [Fact]
    public async Task A_card_on_its_way_at_the_close_that_teams_turns_away_is_not_sent_again_and_brings_no_closing_notice()
    {
        await using var app = await CreateAsync(DatabaseProvider.Sqlite);
        await app.SayAsync(Alex, "hello");
        var roundId = await app.LaunchAsync([Alex]);
        app.Connector.Script("a:" + Alex.TeamsId, ConnectorResult.Failure<ResourceResponse>(ConnectorOutcome.Throttled, 429, null, TimeSpan.FromSeconds(1)));
        var closing = false;
        app.Connector.BeforeSend = async _ =>
        {
            if (!closing)
            {
                closing = true;
                await app.PressAsync(Head, AcknowledgementCards.CloseVerb, AcknowledgementCards.ConfirmedData(roundId));
            }
        };

        await app.DeliverAsync();
        app.Time.Advance(TimeSpan.FromSeconds(2));
        await app.DeliverAsync();
        app.Time.Advance(TimeSpan.FromMinutes(1));
        await app.DeliverAsync();

        // Teams refused it (429), so it never reached Alex: after the close it is not tried again, and there is nothing to tell.
        Assert.Empty(app.Connector.Sends);
        var rows = await app.DbAsync(db => db.Set<RoundRecipient>().ToListAsync());
        Assert.Equal(DeliveryState.Cancelled, rows.Single(r => r.Kind == RecipientKind.Card).State);
        Assert.Equal(DeliveryState.Cancelled, rows.Single(r => r.Kind == RecipientKind.ClosedNotice).State);
    }

    [Fact]
    public async Task Someone_whose_card_never_left_is_not_told_a_round_closed()
    {
        await using var app = await CreateAsync(DatabaseProvider.Sqlite);
        var roundId = await app.LaunchAsync([Alex, Bea]);

        var closed = await app.PressAsync(Head, AcknowledgementCards.CloseVerb, AcknowledgementCards.ConfirmedData(roundId));
        await app.DeliverAsync();

        Assert.Contains("Round closed at 10:00.", closed.CardFromInvoke().AllText(), StringComparison.Ordinal);
        Assert.DoesNotContain("being told", closed.CardFromInvoke().AllText(), StringComparison.Ordinal);
        Assert.Empty(app.Connector.Sends);
    }

    [Theory]
    [InlineData("15.00:00:00")]
    [InlineData("-00:01:00")]
    public async Task A_reminder_interval_outside_zero_to_fourteen_days_stops_the_bot_naming_the_setting(string interval)
    {
        await using var app = await CreateAsync(DatabaseProvider.Sqlite, settings: [new("Acknowledgements:ReminderInterval", interval)]);

        var error = Assert.Throws<OptionsValidationException>(() => app.Services.GetRequiredService<IOptions<AcknowledgementOptions>>().Value);
        Assert.Contains("ReminderInterval", error.Message, StringComparison.Ordinal);
    }

    private static Task<int> ReminderCountAsync(AckHarness app) =>
        app.DbAsync(db => db.Set<RoundRecipient>().CountAsync(r => r.Kind == RecipientKind.Reminder));
}
