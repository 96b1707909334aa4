using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using CadoxtonPolicyBot.Features.Acknowledgements;
using CadoxtonPolicyBot.Infrastructure.Persistence;
using CadoxtonPolicyBot.Policy;
using CadoxtonPolicyBot.Protocol;
using CadoxtonPolicyBot.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CadoxtonPolicyBot.Tests.Features.Acknowledgements.AckHarness;

namespace CadoxtonPolicyBot.Tests.Features.Acknowledgements;

public sealed class AcknowledgeTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Reading_then_acknowledging_records_one_append_only_acknowledgement_however_often_it_is_pressed(string provider)
    {
        await using var app = await CreateAsync(provider);
        var roundId = await app.LaunchAsync([Alex, Bea]);
        var data = AcknowledgementCards.RoundData(roundId);

        var tooEarly = await app.PressAsync(Alex, AcknowledgementCards.ConfirmVerb, data);
        var read = await app.PressAsync(Alex, AcknowledgementCards.ReadVerb, data);
        app.Time.Advance(TimeSpan.FromMinutes(3));
        var confirmed = await app.PressAsync(Alex, AcknowledgementCards.ConfirmVerb, data, cardActivityId: "1:alex-card");
        app.Time.Advance(TimeSpan.FromMinutes(3));
        var again = await app.PressAsync(Alex, AcknowledgementCards.ConfirmVerb, data, cardActivityId: "1:other");
        var refreshed = await app.PressAsync(Alex, AcknowledgementCards.ViewVerb, data);

        Assert.DoesNotContain(AcknowledgementCards.ConfirmVerb, tooEarly.CardFromInvoke().Verbs());
        Assert.Contains("Procedure item 8", read.CardFromInvoke().AllText(), StringComparison.Ordinal);
        Assert.Contains(AcknowledgementCards.ConfirmVerb, read.CardFromInvoke().Verbs());
        Assert.Contains("on Monday 7 September 2026, 10:03", confirmed.CardFromInvoke().AllText(), StringComparison.Ordinal);
        Assert.Contains("on Monday 7 September 2026, 10:03", again.CardFromInvoke().AllText(), StringComparison.Ordinal);
        Assert.Contains("on Monday 7 September 2026, 10:03", refreshed.CardFromInvoke().AllText(), StringComparison.Ordinal);
        Assert.Equal(Alex.TeamsId, refreshed.CardFromInvoke()!["refresh"]!["userIds"]![0]!.GetValue<string>());

        var record = Assert.Single(await app.DbAsync(db => db.Set<Acknowledgement>().ToListAsync()));
        Assert.Equal(Alex.AadObjectId, record.AadObjectId);
        Assert.Equal(Alex.Name, record.Name);
        Assert.Equal(Alex.Upn, record.UserPrincipalName);
        Assert.Equal("1:alex-card", record.ActivityId);
        Assert.Equal(app.Services.GetRequiredService<PolicyDocument>().Version.Sha256Hex, record.PolicyVersion);
        Assert.Equal(new DateTimeOffset(2026, 9, 7, 9, 0, 0, TimeSpan.Zero), record.ReadAt);
        Assert.Equal(new DateTimeOffset(2026, 9, 7, 9, 3, 0, TimeSpan.Zero), record.AcknowledgedAt);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_acknowledgement_row_cannot_be_changed_or_deleted(string provider)
    {
        await using var app = await CreateAsync(provider);
        var roundId = await app.LaunchAsync([Alex]);
        await app.PressAsync(Alex, AcknowledgementCards.ReadVerb, AcknowledgementCards.RoundData(roundId));
        await app.PressAsync(Alex, AcknowledgementCards.ConfirmVerb, AcknowledgementCards.RoundData(roundId));

        await using var db = app.Database.Open();
        var record = await db.Set<Acknowledgement>().SingleAsync();
        record.Name = "Someone else";
        await Assert.ThrowsAsync<AppendOnlyViolationException>(() => db.SaveChangesAsync());
        db.ChangeTracker.Clear();
        db.Remove(await db.Set<Acknowledgement>().SingleAsync());
        await Assert.ThrowsAsync<AppendOnlyViolationException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public async Task With_the_short_check_on_wrong_answers_are_explained_from_the_policy_and_nothing_is_recorded()
    {
        await using var app = await CreateAsync(DatabaseProvider.Sqlite);
        var roundId = await app.LaunchAsync([Alex], check: true);
        await app.PressAsync(Alex, AcknowledgementCards.ReadVerb, AcknowledgementCards.RoundData(roundId));

        var wrong = AcknowledgementCards.RoundData(roundId);
        wrong["check.school-it"] = "yes-breaks";
        wrong["check.pupils"] = "no-dialogue";
        wrong["check.home"] = "no";
        var failed = await app.PressAsync(Alex, AcknowledgementCards.ConfirmVerb, wrong);
        var right = AcknowledgementCards.RoundData(roundId);
        right["check.school-it"] = "no";
        right["check.pupils"] = "no-dialogue";
        right["check.home"] = "yes";
        var passed = await app.PressAsync(Alex, AcknowledgementCards.ConfirmVerb, right);

        var text = failed.CardFromInvoke().AllText();
        Assert.Contains("Not quite", text, StringComparison.Ordinal);
        Assert.Contains("Employees must not access social networking/media sites for private use at any time using the schools IT system.", text, StringComparison.Ordinal);
        Assert.Contains("irrespective of whether the posts are done during working hours", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Staff should not enter into personal dialogue with pupils", text, StringComparison.Ordinal);
        Assert.Contains("You confirmed", passed.CardFromInvoke().AllText(), StringComparison.Ordinal);
        Assert.Equal(1, await app.DbAsync(db => db.Set<Acknowledgement>().CountAsync()));
    }

    [Fact]
    public async Task Acknowledging_a_closed_or_unknown_round_says_so_and_records_nothing()
    {
        await using var app = await CreateAsync(DatabaseProvider.Sqlite);
        var roundId = await app.LaunchAsync([Alex]);
        await app.PressAsync(Alex, AcknowledgementCards.ReadVerb, AcknowledgementCards.RoundData(roundId));
        await app.PressAsync(Head, AcknowledgementCards.CloseVerb, AcknowledgementCards.ConfirmedData(roundId));

        var closed = await app.PressAsync(Alex, AcknowledgementCards.ConfirmVerb, AcknowledgementCards.RoundData(roundId));
        var unknown = await app.PressAsync(Alex, AcknowledgementCards.ConfirmVerb, AcknowledgementCards.RoundData(Guid.NewGuid()));

        Assert.Contains("This round has been closed", closed.CardFromInvoke().AllText(), StringComparison.Ordinal);
        Assert.Equal(400, unknown.InvokeBody!["statusCode"]!.GetValue<int>());
        Assert.Contains("can't find that acknowledgement round", unknown.InvokeBody["value"]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(0, await app.DbAsync(db => db.Set<Acknowledgement>().CountAsync()));
    }

    [Fact]
    public async Task Someone_outside_the_audience_cannot_acknowledge_and_a_question_points_to_the_chat()
    {
        await using var app = await CreateAsync(DatabaseProvider.Sqlite);
        var roundId = await app.LaunchAsync([Alex]);
        await app.PressAsync(Cai, AcknowledgementCards.ReadVerb, AcknowledgementCards.RoundData(roundId));

        var outsider = await app.PressAsync(Cai, AcknowledgementCards.ConfirmVerb, AcknowledgementCards.RoundData(roundId));
        var question = await app.PressAsync(Alex, AcknowledgementCards.QuestionVerb, AcknowledgementCards.RoundData(roundId));

        Assert.Contains("not sent to you", outsider.MessageFromInvoke(), StringComparison.Ordinal);
        Assert.Contains("Type your question", question.MessageFromInvoke(), StringComparison.Ordinal);
        Assert.Equal(0, await app.DbAsync(db => db.Set<Acknowledgement>().CountAsync()));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Progress_lists_who_has_not_acknowledged_first_and_remind_goes_to_them_only(string provider)
    {
        await using var app = await CreateAsync(provider);
        var roundId = await app.LaunchAsync([Alex, Bea, Cai]);
        app.Installer.Failing.Add(Cai.AadObjectId);
        await app.DeliverAsync();
        await app.PressAsync(Alex, AcknowledgementCards.ReadVerb, AcknowledgementCards.RoundData(roundId));
        await app.PressAsync(Alex, AcknowledgementCards.ConfirmVerb, AcknowledgementCards.RoundData(roundId));

        var progress = await app.PressAsync(Head, AcknowledgementCards.ProgressVerb, AcknowledgementCards.RoundData(roundId));
        var text = progress.CardFromInvoke().AllText();
        var remind = await app.PressAsync(Head, AcknowledgementCards.RemindVerb, AcknowledgementCards.RoundData(roundId));
        var sentBefore = app.Connector.Sends.Count;
        await app.DeliverAsync();

        Assert.Contains("1 of 3 acknowledged · 1 not yet · 1 unreachable", text, StringComparison.Ordinal);
        Assert.True(text.IndexOf("Bea Assistant", StringComparison.Ordinal) < text.IndexOf("Alex Teacher", StringComparison.Ordinal));
        Assert.True(text.IndexOf("Alex Teacher", StringComparison.Ordinal) < text.IndexOf("Cai Caretaker", StringComparison.Ordinal));
        Assert.Contains("app catalog", text, StringComparison.Ordinal);
        Assert.Equal([AcknowledgementCards.RemindVerb, AcknowledgementCards.CloseVerb, AcknowledgementCards.ExportVerb],
            progress.CardFromInvoke()!["actions"]!.AsArray().Select(a => a!["verb"]!.GetValue<string>()));
        Assert.Equal(Head.TeamsId, progress.CardFromInvoke()!["refresh"]!["userIds"]![0]!.GetValue<string>());
        Assert.NotNull(remind.CardFromInvoke());
        var reminders = await app.DbAsync(db => db.Set<RoundRecipient>().Where(r => r.Kind == RecipientKind.Reminder).ToListAsync());
        Assert.Equal(Bea.AadObjectId, Assert.Single(reminders).AadObjectId);
        Assert.Equal(sentBefore + 1, app.Connector.Sends.Count);
        Assert.Contains("Reminder", app.Connector.Sends.Last().Activity.Attachments![0].Content.AllText(), StringComparison.Ordinal);
        Assert.Equal(2, app.Connector.SendsTo("a:new-" + Bea.AadObjectId) + app.Connector.SendsTo("a:" + Bea.TeamsId));
    }

    [Fact]
    public async Task Closing_a_round_stops_what_is_still_queued()
    {
        await using var app = await CreateAsync(DatabaseProvider.Sqlite);
        var roundId = await app.LaunchAsync([Alex, Bea]);

        var closed = await app.PressAsync(Head, AcknowledgementCards.CloseVerb, AcknowledgementCards.ConfirmedData(roundId));
        await app.DeliverAsync();

        Assert.Contains("Closed", closed.CardFromInvoke().AllText(), StringComparison.Ordinal);
        Assert.Equal([AcknowledgementCards.ExportVerb], closed.CardFromInvoke()!["actions"]!.AsArray().Select(a => a!["verb"]!.GetValue<string>()));
        Assert.Empty(app.Connector.Sends);
        Assert.All(await app.DbAsync(db => db.Set<RoundRecipient>().ToListAsync()), r => Assert.Equal(DeliveryState.Cancelled, r.State));
        Assert.Equal(RoundStatus.Closed, (await app.DbAsync(db => db.Set<AcknowledgementRound>().SingleAsync())).Status);
    }

    [Fact]
    public async Task Staff_cannot_see_progress_remind_close_or_export()
    {
        await using var app = await CreateAsync(DatabaseProvider.Sqlite);
        var roundId = await app.LaunchAsync([Alex]);

        foreach (var verb in new[] { AcknowledgementCards.ProgressVerb, AcknowledgementCards.RemindVerb, AcknowledgementCards.CloseVerb, AcknowledgementCards.ExportVerb })
        {
            var turn = await app.PressAsync(Alex, verb, AcknowledgementCards.RoundData(roundId));
            Assert.Equal(400, turn.InvokeBody?["statusCode"]?.GetValue<int>());
            Assert.Equal(AcknowledgementCards.RefusalMessage, turn.InvokeBody?["value"]?["message"]?.GetValue<string>());
        }

        Assert.Equal(RoundStatus.Open, (await app.DbAsync(db => db.Set<AcknowledgementRound>().SingleAsync())).Status);
        Assert.Equal(0, await app.DbAsync(db => db.Set<PendingExport>().CountAsync()));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Export_sends_a_file_consent_card_and_on_accept_uploads_the_csv_then_forgets_it(string provider)
    {
        await using var app = await CreateAsync(provider);
        var roundId = await app.LaunchAsync([Alex, Bea]);
        await app.DeliverAsync();
        // Delivery moves the fake clock on while it runs, by as much as the machine's speed needs: read it, don't assume it.
        var readAt = app.Time.GetUtcNow().ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture);
        await app.PressAsync(Alex, AcknowledgementCards.ReadVerb, AcknowledgementCards.RoundData(roundId));
        await app.PressAsync(Alex, AcknowledgementCards.ConfirmVerb, AcknowledgementCards.RoundData(roundId), cardActivityId: "1:alex-card");

        var export = await app.PressAsync(Head, AcknowledgementCards.ExportVerb, AcknowledgementCards.RoundData(roundId));
        var consent = Assert.Single(export.Sent).Attachments![0];
        var accept = Activities.Base(Head, ActivityTypes.Invoke);
        accept.Name = "fileConsent/invoke";
        accept.Value = new JsonObject
        {
            ["type"] = "fileUpload",
            ["action"] = "accept",
            ["context"] = consent.Content!["acceptContext"]!.DeepClone(),
            ["uploadInfo"] = new JsonObject
            {
                ["name"] = consent.Name, ["uploadUrl"] = "https://cadoxton-my.sharepoint.com/upload/session-1",
                ["contentUrl"] = "https://cadoxton-my.sharepoint.com/personal/head/export.csv", ["uniqueId"] = "ITEM-1", ["fileType"] = "csv",
            },
        };
        var accepted = await app.TurnAsync(accept);

        Assert.Equal(AttachmentContentTypes.FileConsentCard, consent.ContentType);
        Assert.Contains("I've sent the export", export.MessageFromInvoke(), StringComparison.Ordinal);
        Assert.Equal(200, accepted.InvokeResponse!.Status);
        var upload = Assert.Single(app.Upload.Requests);
        Assert.Equal(HttpMethod.Put, upload.Method);
        Assert.Equal($"bytes 0-{upload.Body.Length - 1}/{upload.Body.Length}", upload.ContentRange);
        var lines = Encoding.UTF8.GetString(upload.Body).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("round,audience,name,upn,entra_object_id,status,acknowledged_at_utc,acknowledged_at_school_time,policy_version,policy_adopted_on,activity_id,read_at_utc,read_at_school_time", lines[0]);
        var version = app.Services.GetRequiredService<PolicyDocument>().Version.Sha256Hex;
        // 7 September 2026 is in British Summer Time: the school's clock reads an hour ahead of UTC.
        var readLocal = DateTimeOffset.Parse(readAt, CultureInfo.InvariantCulture).ToOffset(TimeSpan.FromHours(1)).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
        Assert.Equal($"2026/27,Cadoxton Staff,Bea Assistant,{Bea.Upn},{Bea.AadObjectId},outstanding,,,{version},2026-09-01,,,", lines[1]);
        Assert.Equal($"2026/27,Cadoxton Staff,Alex Teacher,{Alex.Upn},{Alex.AadObjectId},acknowledged,{readAt},{readLocal},{version},2026-09-01,1:alex-card,{readAt},{readLocal}", lines[2]);
        Assert.Equal(AttachmentContentTypes.FileInfoCard, Assert.Single(accepted.Sent).Attachments![0].ContentType);
        Assert.Equal(0, await app.DbAsync(db => db.Set<PendingExport>().CountAsync()));
    }

    [Fact]
    public async Task Declining_the_export_deletes_it_without_uploading()
    {
        await using var app = await CreateAsync(DatabaseProvider.Sqlite);
        var roundId = await app.LaunchAsync([Alex]);
        var export = await app.PressAsync(Head, AcknowledgementCards.ExportVerb, AcknowledgementCards.RoundData(roundId));
        var decline = Activities.Base(Head, ActivityTypes.Invoke);
        decline.Name = "fileConsent/invoke";
        decline.Value = new JsonObject { ["type"] = "fileUpload", ["action"] = "decline", ["context"] = export.Sent[0].Attachments![0].Content!["declineContext"]!.DeepClone() };

        var declined = await app.TurnAsync(decline);

        Assert.Empty(app.Upload.Requests);
        Assert.Contains("haven't saved", declined.Sent[0].Text, StringComparison.Ordinal);
        Assert.Equal(0, await app.DbAsync(db => db.Set<PendingExport>().CountAsync()));
    }
}
