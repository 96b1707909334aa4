using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using CadoxtonPolicyBot.Features.Acknowledgements;
using CadoxtonPolicyBot.Infrastructure.Persistence;
using CadoxtonPolicyBot.Protocol;
using CadoxtonPolicyBot.Tests.Support;
using CsvHelper;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CadoxtonPolicyBot.Tests.Features.Acknowledgements;

/// <summary>
/// Acknowledgement rounds through /api/messages: real Kestrel, real tokens, real database (both providers), the real
/// connector client, the app's own delivery worker, and a loopback connector serving the team's roster.
/// </summary>
public sealed class AcknowledgementHttpTests
{
    private const string TeamId = "19:staffroom@thread.tacv2";
    private const string ErrorType = "application/vnd.microsoft.error";
    private const string CardType = "application/vnd.microsoft.card.adaptive";

    // The team: two teachers and the deputy. The head teacher launches but is not in the audience.
    private static readonly string[] Team = [Staff.Alex, Staff.Megan, Staff.Deputy];

    private static Dictionary<string, string?> Settings => new()
    {
        ["Roles:HeadTeacherIds:0"] = Staff.HeadTeacher,
        ["Acknowledgements:PollInterval"] = "00:00:01",
        ["Acknowledgements:TenantRequestsPerSecond"] = "1000",
        // The tests' clock is 7 September: with the default offer date (1 September) the schedule could offer the
        // head teacher next year's round mid-test. These rounds are launched by hand; ScheduleTests covers the offer.
        ["Acknowledgements:AnnualOfferDate"] = "12-01",
    };

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_head_teacher_launches_a_round_from_the_form_and_each_team_member_gets_exactly_one_card(string provider)
    {
        await using var bot = await StartAsync(provider);

        using (await bot.PostAsync(bot.Message("start acknowledgement round", Staff.HeadTeacher)))
        {
        }

        var form = Assert.Single(await bot.Connector.WaitForMessagesAsync(1));
        Assert.Contains("Start an acknowledgement round", form.CardText, StringComparison.Ordinal);
        Assert.Contains(AcknowledgementCards.LaunchVerb, form.Card!.ToJsonString(), StringComparison.Ordinal);

        var progress = await bot.InvokeAsync(bot.Execute(AcknowledgementCards.LaunchVerb, LaunchData(bot), Staff.HeadTeacher, form.Id));

        Assert.Equal(CardType, progress["type"]!.GetValue<string>());
        Assert.Contains("0 of 3 acknowledged", progress["value"]!.AllText(), StringComparison.Ordinal);
        var cards = await CardsDeliveredAsync(bot, 3);
        Assert.Equal(Team.Select(ConversationOf).Order(), cards.Select(c => c.Path).Order());
        Assert.All(cards, c => Assert.Contains("Please read the staff social media policy", c.CardText, StringComparison.Ordinal));
        Assert.All(cards, c => Assert.Equal("Bearer " + BotTestHost.BotToken, c.Authorization));

        // The worker keeps polling: nobody gets a second card.
        await RunClockAsync(bot, TimeSpan.FromSeconds(3));
        Assert.Equal(3, CardMessages(bot).Count);
        var rows = await DbAsync(bot, db => db.Set<RoundRecipient>().ToListAsync());
        Assert.Equal(3, rows.Count);
        Assert.All(rows, r => Assert.Equal(DeliveryState.Sent, r.State));
        Assert.All(rows, r => Assert.NotNull(r.ActivityId));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_member_of_staff_reads_then_acknowledges_and_a_second_press_changes_nothing(string provider)
    {
        await using var bot = await StartAsync(provider);
        var roundId = await LaunchAsync(bot);
        var card = CardFor(bot, Staff.Megan);

        var early = await bot.InvokeAsync(bot.Execute(AcknowledgementCards.ConfirmVerb, RoundData(roundId), Staff.Megan, card.Id));
        Assert.Contains("Read the policy", early["value"]!.AllText(), StringComparison.Ordinal);
        Assert.Equal(0, await DbAsync(bot, db => db.Set<Acknowledgement>().CountAsync()));

        var text = await bot.InvokeAsync(bot.Execute(AcknowledgementCards.ReadVerb, RoundData(roundId), Staff.Megan, card.Id));
        Assert.Contains("I have read and understood the policy", text["value"]!.AllText(), StringComparison.Ordinal);
        bot.Time.Advance(TimeSpan.FromMinutes(4));

        var first = await bot.InvokeAsync(bot.Execute(AcknowledgementCards.ConfirmVerb, RoundData(roundId), Staff.Megan, card.Id));
        bot.Time.Advance(TimeSpan.FromMinutes(1));
        var second = await bot.InvokeAsync(bot.Execute(AcknowledgementCards.ConfirmVerb, RoundData(roundId), Staff.Megan, card.Id));

        Assert.Contains("You confirmed you have read and understood the policy on", first["value"]!.AllText(), StringComparison.Ordinal);
        Assert.Equal(first["value"]!.AllText(), second["value"]!.AllText());
        var record = Assert.Single(await DbAsync(bot, db => db.Set<Acknowledgement>().ToListAsync()));
        Assert.Equal(Staff.Megan, record.AadObjectId);
        Assert.Equal("Megan Bowen", record.Name);
        Assert.Equal(card.Id, record.ActivityId);
        Assert.NotNull(record.ReadAt);
        Assert.Equal(TimeSpan.FromMinutes(4), record.AcknowledgedAt - record.ReadAt!.Value);

        var progress = await bot.InvokeAsync(bot.Execute(AcknowledgementCards.ProgressVerb, RoundData(roundId), Staff.HeadTeacher));
        var shown = progress["value"]!.AllText();
        Assert.Contains("1 of 3 acknowledged", shown, StringComparison.Ordinal);
        Assert.Contains("Megan Bowen — Monday 7 September 2026, " + SchoolTimeOfDay(record.AcknowledgedAt), shown, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_member_of_staff_whose_teams_is_in_welsh_gets_the_round_in_welsh_and_leaves_the_same_record_as_everyone_else(string provider)
    {
        await using var bot = await StartAsync(provider);
        // Megan's Teams is in Welsh: the bot sees cy-GB on what she sends and remembers it for the cards it sends her later.
        var hello = bot.Message("helo", Staff.Megan);
        hello.Locale = "cy-GB";
        using (await bot.PostAsync(hello))
        {
        }

        var help = Assert.Single(await DeliveredWhereAsync(bot, m => m.CardText.Contains("Help Bot Polisi Cadoxton", StringComparison.Ordinal), 1));
        Assert.Contains("Gofyn am y polisi", help.CardText, StringComparison.Ordinal);

        await bot.InvokeAsync(bot.Execute(AcknowledgementCards.LaunchVerb, LaunchData(bot), Staff.HeadTeacher));
        var cards = await DeliveredWhereAsync(bot, m => m.Activity?.Summary is "Please read and acknowledge the social media policy"
            or "Darllenwch a chadarnhewch y polisi cyfryngau cymdeithasol", Team.Length);
        var megans = Assert.Single(cards, c => c.Path.Contains(Staff.Megan, StringComparison.Ordinal));
        Assert.Equal("Darllenwch a chadarnhewch y polisi cyfryngau cymdeithasol", megans.Activity!.Summary);
        Assert.Contains("Darllenwch bolisi cyfryngau cymdeithasol y staff a chadarnhewch eich bod wedi'i ddeall erbyn dydd Llun 5 Hydref 2026", megans.CardText, StringComparison.Ordinal);
        Assert.Contains(AcknowledgementCards.PolicyInEnglishWelsh, megans.CardText, StringComparison.Ordinal);
        // The head teacher's message is shown in the words she wrote it in.
        Assert.Contains("Please read this before the autumn term gets busy.", megans.CardText, StringComparison.Ordinal);
        Assert.All(cards.Where(c => c != megans), c => Assert.Contains("Please read the staff social media policy", c.CardText, StringComparison.Ordinal));
        var roundId = await DbAsync(bot, db => db.Set<AcknowledgementRound>().Select(r => r.Id).SingleAsync());

        // A reminder to her is in Welsh too; Alex, whose Teams is in English, confirms in English meanwhile.
        await AcknowledgeAsync(bot, roundId, Staff.Alex);
        await bot.InvokeAsync(bot.Execute(AcknowledgementCards.RemindVerb, RoundData(roundId), Staff.HeadTeacher));
        var reminders = await DeliveredWhereAsync(bot, m => m.Activity?.Summary is "Reminder: please acknowledge the social media policy"
            or "Nodyn i'ch atgoffa: cadarnhewch y polisi cyfryngau cymdeithasol", 2);
        var reminder = Assert.Single(reminders, r => r.Path.Contains(Staff.Megan, StringComparison.Ordinal));
        Assert.Contains("Nodyn i'ch atgoffa: darllenwch y polisi", reminder.CardText, StringComparison.Ordinal);

        // She presses the buttons from her Welsh Teams: the text stays the school's English, the card around it is Welsh.
        var read = bot.Execute(AcknowledgementCards.ReadVerb, RoundData(roundId), Staff.Megan, megans.Id);
        read.Locale = "cy-GB";
        var text = (await bot.InvokeAsync(read))["value"]!.AllText();
        Assert.Contains("Rydw i wedi darllen a deall y polisi", text, StringComparison.Ordinal);
        Assert.Contains("must not access social networking/media sites for private use", text, StringComparison.Ordinal);
        bot.Time.Advance(TimeSpan.FromMinutes(4));
        var confirm = bot.Execute(AcknowledgementCards.ConfirmVerb, RoundData(roundId), Staff.Megan, megans.Id);
        confirm.Locale = "cy-GB";
        var done = (await bot.InvokeAsync(confirm))["value"]!.AllText();
        Assert.Contains("✔ Fe wnaethoch chi gadarnhau eich bod wedi darllen a deall y polisi ar ddydd Llun 7 Medi 2026 am", done, StringComparison.Ordinal);

        // The evidence is the same whatever the language: who, which version, when, through which card.
        var records = await DbAsync(bot, db => db.Set<Acknowledgement>().OrderBy(a => a.Name).ToListAsync());
        Assert.Equal(["Alex Wilber", "Megan Bowen"], records.Select(r => r.Name));
        var megan = records[1];
        Assert.Equal(Staff.Megan, megan.AadObjectId);
        Assert.Equal(records[0].PolicyVersion, megan.PolicyVersion);
        Assert.Equal(megans.Id, megan.ActivityId);
        Assert.Equal(TimeSpan.FromMinutes(4), megan.AcknowledgedAt - megan.ReadAt!.Value);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Remind_sends_a_reminder_only_to_those_who_have_not_acknowledged(string provider)
    {
        await using var bot = await StartAsync(provider);
        var roundId = await LaunchAsync(bot);
        await AcknowledgeAsync(bot, roundId, Staff.Megan);
        var before = bot.Connector.Messages.Count;

        var pressedAt = SchoolTimeOfDay(bot.Time.GetUtcNow());
        var progress = await bot.InvokeAsync(bot.Execute(AcknowledgementCards.RemindVerb, RoundData(roundId), Staff.HeadTeacher));

        Assert.Equal(CardType, progress["type"]!.GetValue<string>());
        Assert.Contains($"Reminders sent to 2 people at {pressedAt}.", progress["value"]!.AllText(), StringComparison.Ordinal);
        var reminders = (await DeliveredAsync(bot, before + 2)).Skip(before).ToList();
        await RunClockAsync(bot, TimeSpan.FromSeconds(2));
        Assert.Equal(before + 2, bot.Connector.Messages.Count);

        // A second press soon after asks first and sends nothing; confirmed, it reminds the same two again.
        var again = await bot.InvokeAsync(bot.Execute(AcknowledgementCards.RemindVerb, RoundData(roundId), Staff.HeadTeacher));
        Assert.Contains("Send the reminders again?", again["value"]!.AllText(), StringComparison.Ordinal);
        Assert.Contains("Reminders already went to 2 people at Monday 7 September 2026, " + pressedAt, again["value"]!.AllText(), StringComparison.Ordinal);
        await RunClockAsync(bot, TimeSpan.FromSeconds(2));
        Assert.Equal(before + 2, bot.Connector.Messages.Count);
        var confirmed = await bot.InvokeAsync(bot.Execute(AcknowledgementCards.RemindVerb, AcknowledgementCards.ConfirmedAfterWave(roundId, 1), Staff.HeadTeacher));
        Assert.Contains("Reminders sent to 2 people at ", confirmed["value"]!.AllText(), StringComparison.Ordinal);
        await DeliveredAsync(bot, before + 4);
        await RunClockAsync(bot, TimeSpan.FromSeconds(2));
        Assert.Equal(before + 4, bot.Connector.Messages.Count);
        Assert.Equal(new[] { ConversationOf(Staff.Alex), ConversationOf(Staff.Deputy) }.Order(), reminders.Select(r => r.Path).Order());
        Assert.All(reminders, r => Assert.Contains("Reminder: please read and acknowledge the policy by", r.CardText, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task After_the_round_is_closed_an_acknowledgement_is_refused_clearly_and_nothing_is_recorded(string provider)
    {
        await using var bot = await StartAsync(provider);
        var roundId = await LaunchAsync(bot);
        var card = CardFor(bot, Staff.Alex);
        await bot.InvokeAsync(bot.Execute(AcknowledgementCards.ReadVerb, RoundData(roundId), Staff.Alex, card.Id));

        var asked = await bot.InvokeAsync(bot.Execute(AcknowledgementCards.CloseVerb, RoundData(roundId), Staff.HeadTeacher));
        Assert.Contains("3 people have not acknowledged yet. They will be told the round is closed.", asked["value"]!.AllText(), StringComparison.Ordinal);
        Assert.Equal(RoundStatus.Open, (await DbAsync(bot, db => db.Set<AcknowledgementRound>().SingleAsync())).Status);
        var closed = await bot.InvokeAsync(bot.Execute(AcknowledgementCards.CloseVerb, AcknowledgementCards.ConfirmedData(roundId), Staff.HeadTeacher));
        Assert.Contains("The 3 people who had not acknowledged are being told.", closed["value"]!.AllText(), StringComparison.Ordinal);
        var late = await bot.InvokeAsync(bot.Execute(AcknowledgementCards.ConfirmVerb, RoundData(roundId), Staff.Alex, card.Id));

        Assert.Contains("Status: Closed", FactsOf(closed["value"]!), StringComparison.Ordinal);
        Assert.DoesNotContain(AcknowledgementCards.RemindVerb, closed["value"]!.Verbs());
        Assert.Contains("This round has been closed, so acknowledgements are no longer being recorded for it.", late["value"]!.AllText(), StringComparison.Ordinal);
        Assert.Equal(0, await DbAsync(bot, db => db.Set<Acknowledgement>().CountAsync()));
        Assert.Equal(RoundStatus.Closed, (await DbAsync(bot, db => db.Set<AcknowledgementRound>().SingleAsync())).Status);

        // Each of the three, who had the card and had not acknowledged, is told once that the round is closed.
        // Waits for the three notices themselves, not for a total count of messages, which other messages can reach first.
        var notices = await DeliveredWhereAsync(bot, m => m.Activity?.Summary == "The policy acknowledgement round has closed", 3);
        // (Alex's goes to the chat he pressed "Read the policy" in, which the bot now knows.)
        Assert.Equal(3, notices.Select(n => n.Path).Distinct().Count());

        // A reminder pressed on an old progress card does nothing for a closed round.
        var before = bot.Connector.Messages.Count;
        await bot.InvokeAsync(bot.Execute(AcknowledgementCards.RemindVerb, RoundData(roundId), Staff.HeadTeacher));
        await RunClockAsync(bot, TimeSpan.FromSeconds(2));
        Assert.Equal(before, bot.Connector.Messages.Count);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_round_closed_while_cards_are_going_out_tells_each_person_whose_card_went_once_after_it_and_sends_no_card_after_the_close(string provider)
    {
        // Teams' answers are held for as long as the test needs: no time limit of the bot's may run out meanwhile.
        await using var bot = await StartAsync(provider,
            [new("BotConnector:AttemptTimeout", "00:05:00"), new("BotConnector:TotalTimeout", "00:10:00"), new("Acknowledgements:SendingLease", "00:10:00")]);
        // When the head teacher closes the round, Alex's card has arrived, Megan's is on its way (Teams has not answered),
        // and the deputy's is still queued (the bot is opening the deputy's chat first).
        var megansCard = bot.Connector.Hold((method, path, _) => method == "POST" && Uri.UnescapeDataString(path) == ConversationOf(Staff.Megan));
        var deputysChat = bot.Connector.Hold((method, path, body) =>
            method == "POST" && path.TrimEnd('/') == "/v3/conversations" && body?.Contains("29:" + Staff.Deputy, StringComparison.Ordinal) == true);
        var launched = await bot.InvokeAsync(bot.Execute(AcknowledgementCards.LaunchVerb, LaunchData(bot), Staff.HeadTeacher));
        Assert.Equal(CardType, launched["type"]!.GetValue<string>());
        await CardsDeliveredAsync(bot, 1);
        await HeldAsync(bot, megansCard);
        await HeldAsync(bot, deputysChat);
        var roundId = await DbAsync(bot, db => db.Set<AcknowledgementRound>().Select(r => r.Id).SingleAsync());

        var closed = await bot.InvokeAsync(bot.Execute(AcknowledgementCards.CloseVerb, AcknowledgementCards.ConfirmedData(roundId), Staff.HeadTeacher));
        megansCard.Release();
        deputysChat.Release();

        Assert.Contains("The 2 people who had not acknowledged are being told.", closed["value"]!.AllText(), StringComparison.Ordinal);
        await DeliveredWhereAsync(bot, m => m.Activity?.Summary == ClosingNotice, 2);
        // The deputy's chat is opened once released; the worker keeps polling: nothing more goes to anyone.
        await RunClockAsync(bot, TimeSpan.FromSeconds(3));
        var sent = bot.Connector.Messages.Select(m => (Path: Uri.UnescapeDataString(m.Path), m.Activity?.Summary)).ToList();
        foreach (var person in new[] { Staff.Alex, Staff.Megan })
        {
            // Their card, then the notice, each once: Megan's notice waited for her card to be answered.
            Assert.Equal([CardSummary, ClosingNotice], sent.Where(m => m.Path == ConversationOf(person)).Select(m => m.Summary));
        }

        Assert.DoesNotContain(sent, m => m.Path == ConversationOf(Staff.Deputy));
        var rows = await DbAsync(bot, db => db.Set<RoundRecipient>().AsNoTracking().ToListAsync());
        Assert.Equal(DeliveryState.Cancelled, rows.Single(r => r.AadObjectId == Staff.Deputy && r.Kind == RecipientKind.Card).State);
        Assert.Equal(DeliveryState.Sent, rows.Single(r => r.AadObjectId == Staff.Megan && r.Kind == RecipientKind.Card).State);
        Assert.Equal([Staff.Alex, Staff.Megan], rows.Where(r => r.Kind == RecipientKind.ClosedNotice).Select(r => r.AadObjectId).Order());
        Assert.All(rows.Where(r => r.Kind == RecipientKind.ClosedNotice), r => Assert.Equal(DeliveryState.Sent, r.State));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Export_offers_a_file_and_on_accept_uploads_the_rounds_csv(string provider)
    {
        await using var upload = await UploadTarget.StartAsync();
        await using var bot = await StartAsync(provider);
        var roundId = await LaunchAsync(bot);
        var acknowledgedAt = await AcknowledgeAsync(bot, roundId, Staff.Megan);
        var before = bot.Connector.Messages.Count;

        var offered = await bot.InvokeAsync(bot.Execute(AcknowledgementCards.ExportVerb, RoundData(roundId), Staff.HeadTeacher));

        Assert.Contains("choose Allow", offered["value"]!.GetValue<string>(), StringComparison.Ordinal);
        var consent = (await bot.Connector.WaitForMessagesAsync(before + 1))[before];
        var attachment = Assert.Single(consent.Activity!.Attachments!);
        Assert.Equal(AttachmentContentTypes.FileConsentCard, attachment.ContentType);
        Assert.Equal($"/v3/conversations/a:personal-{Staff.HeadTeacher}/activities", Uri.UnescapeDataString(consent.Path));
        var context = attachment.Content!["acceptContext"]!.DeepClone();

        var accept = bot.Execute("unused", userAadId: Staff.HeadTeacher, cardActivityId: consent.Id);
        accept.Name = "fileConsent/invoke";
        accept.Value = new JsonObject
        {
            ["type"] = "fileUpload",
            ["action"] = "accept",
            ["context"] = context,
            ["uploadInfo"] = new JsonObject
            {
                ["name"] = attachment.Name,
                ["uploadUrl"] = new Uri(upload.BaseUrl, "upload/session-1").AbsoluteUri,
                ["contentUrl"] = "https://cadoxton-my.sharepoint.com/personal/head/Documents/Applications/Bot/" + attachment.Name,
                ["uniqueId"] = "unique-1",
                ["fileType"] = "csv",
            },
        };
        using (var response = await bot.PostAsync(accept))
        {
            Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        }

        var put = Assert.Single(upload.Received);
        Assert.Equal("/upload/session-1", put.Path);
        Assert.Equal($"bytes 0-{put.Body.Length - 1}/{put.Body.Length}", put.ContentRange);
        var rows = ReadCsv(put.Body);
        Assert.Equal(3, rows.Count);
        Assert.All(rows, r => Assert.Equal("2026/27", r["round"]));
        var megan = rows.Single(r => r["entra_object_id"] == Staff.Megan);
        Assert.Equal(("Megan Bowen", "acknowledged", "megan.bowen@cadoxton.example"), (megan["name"], megan["status"], megan["upn"]));
        Assert.Equal(acknowledgedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture), megan["acknowledged_at_utc"]);
        Assert.Equal(acknowledgedAt.ToOffset(TimeSpan.FromHours(1)).ToString("yyyy-MM-dd'T'HH:mm:ss'+01:00'", CultureInfo.InvariantCulture), megan["acknowledged_at_school_time"]);
        Assert.Equal(64, megan["policy_version"].Length);
        Assert.Equal("2026-09-01", megan["policy_adopted_on"]);
        Assert.Equal(CardFor(bot, Staff.Megan).Id, megan["activity_id"]);
        Assert.All(rows.Where(r => r["entra_object_id"] != Staff.Megan), r => Assert.Equal(("outstanding", ""), (r["status"], r["acknowledged_at_utc"])));

        var fileCard = (await bot.Connector.WaitForMessagesAsync(before + 2))[before + 1];
        Assert.Equal(AttachmentContentTypes.FileInfoCard, fileCard.Activity!.Attachments![0].ContentType);
        Assert.Equal(0, await DbAsync(bot, db => db.Set<PendingExport>().CountAsync()));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Staff_pressing_the_head_teachers_buttons_are_refused_and_nothing_changes(string provider)
    {
        await using var bot = await StartAsync(provider);
        var roundId = await LaunchAsync(bot);
        var messages = bot.Connector.Messages.Count;

        using (await bot.PostAsync(bot.Message("start acknowledgement round", Staff.Megan)))
        {
        }

        var typed = (await bot.Connector.WaitForMessagesAsync(messages + 1))[messages];
        Assert.Contains("Acknowledgement rounds are run by the head teacher", typed.CardText, StringComparison.Ordinal);
        var pressed = new List<JsonNode>
        {
            await bot.InvokeAsync(bot.Execute(AcknowledgementCards.StartVerb, userAadId: Staff.Megan)),
            await bot.InvokeAsync(bot.Execute(AcknowledgementCards.LaunchVerb, LaunchData(bot), Staff.Megan)),
        };
        foreach (var verb in new[] { AcknowledgementCards.ProgressVerb, AcknowledgementCards.RemindVerb, AcknowledgementCards.CloseVerb, AcknowledgementCards.ExportVerb })
        {
            pressed.Add(await bot.InvokeAsync(bot.Execute(verb, RoundData(roundId), Staff.Megan)));
        }

        Assert.All(pressed, p =>
        {
            Assert.Equal(400, p["statusCode"]!.GetValue<int>());
            Assert.Equal(ErrorType, p["type"]!.GetValue<string>());
            Assert.Equal(AcknowledgementCards.RefusalMessage, p["value"]!["message"]!.GetValue<string>());
            Assert.DoesNotContain("Megan Bowen", p.ToJsonString(), StringComparison.Ordinal);
        });
        await RunClockAsync(bot, TimeSpan.FromSeconds(2));
        Assert.Equal(messages + 1, bot.Connector.Messages.Count);
        var round = Assert.Single(await DbAsync(bot, db => db.Set<AcknowledgementRound>().ToListAsync()));
        Assert.Equal(RoundStatus.Open, round.Status);
        Assert.Equal(3, await DbAsync(bot, db => db.Set<RoundRecipient>().CountAsync()));
        Assert.Equal(0, await DbAsync(bot, db => db.Set<PendingExport>().CountAsync()));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_past_due_date_an_empty_audience_or_a_second_round_for_the_same_version_is_explained_and_nothing_is_sent(string provider)
    {
        await using var bot = await StartAsync(provider);
        var yesterday = DateOnly.FromDateTime(bot.Time.GetUtcNow().UtcDateTime).AddDays(-1);

        var pastDue = await bot.InvokeAsync(bot.Execute(AcknowledgementCards.LaunchVerb, LaunchData(bot, dueDate: yesterday), Staff.HeadTeacher));
        var noAudience = await bot.InvokeAsync(bot.Execute(AcknowledgementCards.LaunchVerb, LaunchData(bot, audience: ""), Staff.HeadTeacher));
        bot.Connector.Roster = [];
        var emptyTeam = await bot.InvokeAsync(bot.Execute(AcknowledgementCards.LaunchVerb, LaunchData(bot), Staff.HeadTeacher));

        Assert.Contains("The due date has to be after today.", pastDue["value"]!.AllText(), StringComparison.Ordinal);
        Assert.Contains("Choose who the round is for", noAudience["value"]!.AllText(), StringComparison.Ordinal);
        Assert.Contains("That audience has nobody in it", emptyTeam["value"]!.AllText(), StringComparison.Ordinal);
        Assert.All(new[] { pastDue, noAudience, emptyTeam }, c => Assert.Contains("Nothing has been sent yet. Please fix this:", c["value"]!.AllText(), StringComparison.Ordinal));
        await RunClockAsync(bot, TimeSpan.FromSeconds(2));
        Assert.Empty(bot.Connector.Messages);
        Assert.Equal(0, await DbAsync(bot, db => db.Set<AcknowledgementRound>().CountAsync()));
        Assert.Equal(0, await DbAsync(bot, db => db.Set<RoundRecipient>().CountAsync()));

        // One round is open for this version of the policy: a second is refused and sends nothing.
        bot.Connector.Roster = Roster();
        await LaunchAsync(bot);
        var sent = bot.Connector.Messages.Count;
        var second = await bot.InvokeAsync(bot.Execute(AcknowledgementCards.LaunchVerb, LaunchData(bot, name: "Second try"), Staff.HeadTeacher));

        Assert.Contains("A round for this version of the policy is already open.", second["value"]!.AllText(), StringComparison.Ordinal);
        Assert.Equal("Second try", second["value"]!["body"]!.AsArray().First(e => e?["id"]?.GetValue<string>() == "name")!["value"]!.GetValue<string>());
        await RunClockAsync(bot, TimeSpan.FromSeconds(2));
        Assert.Equal(sent, bot.Connector.Messages.Count);
        Assert.Equal(1, await DbAsync(bot, db => db.Set<AcknowledgementRound>().CountAsync()));
        Assert.Equal(3, await DbAsync(bot, db => db.Set<RoundRecipient>().CountAsync()));
    }

    [Fact]
    public async Task A_group_audience_when_microsoft_graph_cannot_be_reached_is_explained_and_nothing_is_sent()
    {
        // BotTestHost points Graph at a closed loopback port: the lookup fails the way an outage would.
        await using var bot = await StartAsync("Sqlite");

        var answer = await bot.InvokeAsync(bot.Execute(AcknowledgementCards.LaunchVerb,
            LaunchData(bot, audience: "5e6f7a8b-0000-4000-8000-000000000031"), Staff.HeadTeacher));

        Assert.Contains("Microsoft Graph could not be reached just now", answer["value"]!.AllText(), StringComparison.Ordinal);
        Assert.Contains("Nothing has been sent yet.", answer["value"]!.AllText(), StringComparison.Ordinal);
        Assert.Equal(0, await DbAsync(bot, db => db.Set<AcknowledgementRound>().CountAsync()));
        Assert.Empty(bot.Connector.Messages);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_progress_card_pressed_in_a_channel_is_sent_to_the_head_teacher_privately_and_the_channel_sees_one_line(string provider)
    {
        await using var bot = await StartAsync(provider);
        var roundId = await LaunchAsync(bot);
        var before = bot.Connector.Messages.Count;
        var press = bot.Execute(AcknowledgementCards.ProgressVerb, RoundData(roundId), Staff.HeadTeacher);
        press.Conversation = new ConversationAccount { Id = "19:staffroom@thread.tacv2;messageid=1", ConversationType = "channel", IsGroup = true, TenantId = BotTestHost.TenantId };

        var answer = await bot.InvokeAsync(press);

        Assert.Equal(AcknowledgementCards.SentPrivatelyMessage, answer["value"]!.AllText());
        foreach (var person in Team)
        {
            Assert.DoesNotContain(Staff.NameOf(person), answer.ToJsonString(), StringComparison.Ordinal);
        }

        var privately = (await bot.Connector.WaitForMessagesAsync(before + 1))[before];
        Assert.Equal($"/v3/conversations/a:personal-{Staff.HeadTeacher}/activities", Uri.UnescapeDataString(privately.Path));
        Assert.Contains("Megan Bowen", privately.CardText, StringComparison.Ordinal);
        Assert.Contains("0 of 3 acknowledged", privately.CardText, StringComparison.Ordinal);
    }

    // ---- helpers ----

    private static async Task<BotTestHost> StartAsync(string provider, IEnumerable<KeyValuePair<string, string?>>? extra = null)
    {
        var settings = Settings;
        foreach (var (key, value) in extra ?? [])
        {
            settings[key] = value;
        }

        var bot = await BotTestHost.StartAsync(provider, settings, now: new DateTimeOffset(2026, 9, 7, 9, 0, 0, TimeSpan.Zero));
        bot.Connector.Roster = Roster();
        return bot;
    }

    private static List<TeamsChannelAccount> Roster() =>
    [
        .. Team.Select(id => new TeamsChannelAccount
        {
            Id = "29:" + id,
            AadObjectId = id,
            Name = Staff.NameOf(id),
            UserPrincipalName = Staff.NameOf(id).Replace(' ', '.').ToLowerInvariant() + "@cadoxton.example",
            UserRole = "user",
        }),
        // A guest in the team without an Entra account in the tenant is not staff to be asked.
        new TeamsChannelAccount { Id = "29:anonymous-guest", Name = "Visitor", UserRole = "anonymous" },
    ];

    private static JsonObject LaunchData(BotTestHost bot, DateOnly? dueDate = null, string audience = "team:" + TeamId, string name = "2026/27") => new()
    {
        ["name"] = name,
        ["dueDate"] = (dueDate ?? DateOnly.FromDateTime(bot.Time.GetUtcNow().UtcDateTime).AddDays(28)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["audience"] = audience,
        ["message"] = "Please read this before the autumn term gets busy.",
        ["check"] = "false",
    };

    private static JsonObject RoundData(Guid roundId) => new() { ["round"] = roundId.ToString() };

    private static string SchoolTimeOfDay(DateTimeOffset instant) =>
        TimeZoneInfo.ConvertTime(instant, TimeZoneInfo.FindSystemTimeZoneById("Europe/London")).ToString("HH:mm", CultureInfo.InvariantCulture);

    /// <summary>Launches through the form and waits until every member of the team has their card.</summary>
    private static async Task<Guid> LaunchAsync(BotTestHost bot)
    {
        var launched = await bot.InvokeAsync(bot.Execute(AcknowledgementCards.LaunchVerb, LaunchData(bot), Staff.HeadTeacher));
        Assert.Equal(CardType, launched["type"]!.GetValue<string>());
        await CardsDeliveredAsync(bot, Team.Length);
        return await DbAsync(bot, db => db.Set<AcknowledgementRound>().Where(r => r.Status == RoundStatus.Open).Select(r => r.Id).SingleAsync());
    }

    private static async Task<DateTimeOffset> AcknowledgeAsync(BotTestHost bot, Guid roundId, string person)
    {
        var card = CardFor(bot, person);
        await bot.InvokeAsync(bot.Execute(AcknowledgementCards.ReadVerb, RoundData(roundId), person, card.Id));
        var done = await bot.InvokeAsync(bot.Execute(AcknowledgementCards.ConfirmVerb, RoundData(roundId), person, card.Id));
        Assert.Contains("You confirmed", done["value"]!.AllText(), StringComparison.Ordinal);
        return await DbAsync(bot, db => db.Set<Acknowledgement>().Where(a => a.AadObjectId == person).Select(a => a.AcknowledgedAt).SingleAsync());
    }

    // The bot opens each person's 1:1 chat with the Teams id the roster gave; the loopback connector names it after that id.
    private static string ConversationOf(string aadObjectId) => $"/v3/conversations/a:personal-29:{aadObjectId}/activities";

    private const string CardSummary = "Please read and acknowledge the social media policy";
    private const string ClosingNotice = "The policy acknowledgement round has closed";

    private static List<ReceivedCall> CardMessages(BotTestHost bot) =>
        [.. bot.Connector.Messages.Where(m => m.Activity?.Summary == CardSummary)];

    /// <summary>Waits until the connector holds a request of <paramref name="hold"/>'s (the worker's limiter runs on the app's clock).</summary>
    private static async Task HeldAsync(BotTestHost bot, HeldRequests hold)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (hold.Waiting == 0)
        {
            Assert.True(DateTime.UtcNow < deadline, "The request to hold never came.");
            bot.Time.Advance(TimeSpan.FromMilliseconds(50));
            await Task.Delay(10);
        }
    }

    private static ReceivedCall CardFor(BotTestHost bot, string aadObjectId) =>
        CardMessages(bot).Single(m => Uri.UnescapeDataString(m.Path) == ConversationOf(aadObjectId));

    /// <summary>
    /// Waits for the delivery worker. Its rate limiter waits on the app's clock (a FakeTimeProvider), so the clock
    /// is moved on in small steps meanwhile, as real time would.
    /// </summary>
    private static async Task<List<ReceivedCall>> CardsDeliveredAsync(BotTestHost bot, int count)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (CardMessages(bot).Count < count)
        {
            Assert.True(DateTime.UtcNow < deadline, $"Expected {count} cards, got {CardMessages(bot).Count}.");
            bot.Time.Advance(TimeSpan.FromMilliseconds(50));
            await Task.Delay(10);
        }

        return [.. CardMessages(bot).Select(c => c with { Path = Uri.UnescapeDataString(c.Path) })];
    }

    private static async Task<List<ReceivedCall>> DeliveredAsync(BotTestHost bot, int count)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (bot.Connector.Messages.Count < count)
        {
            Assert.True(DateTime.UtcNow < deadline, $"Expected {count} messages, got {bot.Connector.Messages.Count}.");
            bot.Time.Advance(TimeSpan.FromMilliseconds(50));
            await Task.Delay(10);
        }

        return [.. bot.Connector.Messages.Select(c => c with { Path = Uri.UnescapeDataString(c.Path) })];
    }

    private static async Task<List<ReceivedCall>> DeliveredWhereAsync(BotTestHost bot, Func<ReceivedCall, bool> which, int count)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (bot.Connector.Messages.Count(which) < count)
        {
            Assert.True(DateTime.UtcNow < deadline, $"Expected {count} such messages, got {bot.Connector.Messages.Count(which)}.");
            bot.Time.Advance(TimeSpan.FromMilliseconds(50));
            await Task.Delay(10);
        }

        return [.. bot.Connector.Messages.Where(which).Select(c => c with { Path = Uri.UnescapeDataString(c.Path) })];
    }

    /// <summary>Lets the worker run several polls (app clock and real time both move), to show nothing more is sent.</summary>
    private static async Task RunClockAsync(BotTestHost bot, TimeSpan appTime)
    {
        for (var moved = TimeSpan.Zero; moved < appTime; moved += TimeSpan.FromMilliseconds(250))
        {
            bot.Time.Advance(TimeSpan.FromMilliseconds(250));
            await Task.Delay(25);
        }
    }

    private static async Task<T> DbAsync<T>(BotTestHost bot, Func<BotDbContext, Task<T>> query)
    {
        await using var scope = bot.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<BotDbContext>());
    }

    private static string FactsOf(JsonNode card) =>
        string.Join("\n", card["body"]!.AsArray().Where(e => e?["type"]?.GetValue<string>() == "FactSet")
            .SelectMany(f => f!["facts"]!.AsArray()).Select(f => $"{f!["title"]}: {f["value"]}"));

    private static List<Dictionary<string, string>> ReadCsv(byte[] body)
    {
        using var reader = new StreamReader(new MemoryStream(body), Encoding.UTF8);
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        return [.. csv.GetRecords<dynamic>().Select(r => ((IDictionary<string, object>)r).ToDictionary(p => p.Key, p => (string)p.Value))];
    }

    /// <summary>OneDrive's upload session on loopback: records each PUT the bot makes to the URL Teams gave it.</summary>
    private sealed class UploadTarget : IAsyncDisposable
    {
        private readonly WebApplication _app;

        private UploadTarget(WebApplication app) => _app = app;

        public Uri BaseUrl { get; private set; } = null!;

        public ConcurrentQueue<(string Path, byte[] Body, string? ContentRange)> Received { get; } = new();

        public static async Task<UploadTarget> StartAsync()
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.Logging.ClearProviders();
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            var app = builder.Build();
            var target = new UploadTarget(app);
            app.MapPut("/upload/{session}", async (HttpContext http) =>
            {
                using var buffer = new MemoryStream();
                await http.Request.Body.CopyToAsync(buffer);
                target.Received.Enqueue((http.Request.Path.Value!, buffer.ToArray(), http.Request.Headers.ContentRange.ToString()));
                return Results.Json(new { id = "drive-item-1" }, statusCode: 201);
            });
            await app.StartAsync();
            var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
            target.BaseUrl = new Uri(address + "/");
            return target;
        }

        public async ValueTask DisposeAsync()
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }
}
