using System.IO.Compression;
using System.Text;
using System.Text.Json.Nodes;
using CadoxtonPolicyBot.Features.Concerns;
using CadoxtonPolicyBot.Infrastructure.Persistence;
using CadoxtonPolicyBot.Policy;
using CadoxtonPolicyBot.Protocol;
using CadoxtonPolicyBot.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CadoxtonPolicyBot.Tests.Features.Concerns;

/// <summary>The concerns feature driven turn by turn through the real turn router, on a real database.</summary>
public sealed class ConcernTurnTests
{
    private const string Description = "Mr Deputy posted a photo of Year 2 pupils on his public Instagram";

    private static JsonObject FormData(string token, string? subject = ConcernsHarness.Deputy, string? whatHappened = Description) => new()
    {
        [ConcernForm.Token] = token,
        [ConcernForm.WhatHappened] = whatHappened,
        [ConcernForm.Platform] = "Instagram",
        [ConcernForm.Link] = "https://instagram.example/p/1",
        [ConcernForm.WhenSeen] = "2026-02-28",
        [ConcernForm.ConcernsWhom] = "staff",
        [ConcernForm.Subject] = subject,
        [ConcernForm.Sections] = "6,4",
        [ConcernForm.ReporterIsSubject] = "false",
    };

    /// <summary>Handlers and the reporter have talked to the bot in 1:1 before, so it can message them.</summary>
    private static async Task GreetAsync(ConcernsHarness harness, params string[] people)
    {
        foreach (var person in people)
        {
            await harness.TurnAsync(Inbound.Message(person, "hi"));
        }
    }

    private static async Task<string> FormTokenAsync(ConcernsHarness harness, string reporter = ConcernsHarness.Reporter)
    {
        var consent = await harness.TurnAsync(Inbound.Execute(reporter, ConcernVerbs.Continue, []));
        var form = consent.InvokeCard();
        Assert.NotNull(form);
        return form.ToJsonString().Contains("\"formToken\"", StringComparison.Ordinal)
            ? FindFormToken(form)
            : throw new InvalidOperationException("The form card has no token.");
    }

    private static string FindFormToken(JsonObject card) =>
        card["actions"]!.AsArray().Select(a => a!["data"]?[ConcernForm.Token]?.GetValue<string>()).First(t => t is not null)!;

    private static async Task<(Guid Id, string Reference)> ReportAsync(ConcernsHarness harness, string? subject = ConcernsHarness.Deputy)
    {
        var token = await FormTokenAsync(harness);
        var submitted = await harness.TurnAsync(Inbound.Execute(ConcernsHarness.Reporter, ConcernVerbs.Submit, FormData(token, subject)));
        var prompt = submitted.InvokeCard();
        Assert.NotNull(prompt);
        Assert.Contains("Send any screenshots or files now, then press Done", prompt.ToJsonString(), StringComparison.Ordinal);
        var id = Guid.Parse(prompt["actions"]![0]!["data"]![ConcernForm.ConcernId]!.GetValue<string>());
        await using var db = harness.Database.Open();
        var reference = await db.Set<Concern>().Where(c => c.Id == id).Select(c => c.Reference).SingleAsync();
        return (id, reference);
    }

    private static async Task<List<ConcernAuditEntry>> AuditAsync(ConcernsHarness harness)
    {
        await using var db = harness.Database.Open();
        return await db.Set<ConcernAuditEntry>().OrderBy(a => a.Sequence).ToListAsync();
    }

    [Fact]
    public async Task Asked_in_a_group_chat_the_bot_says_only_that_it_messaged_privately_and_asks_for_consent_in_1_to_1()
    {
        await using var harness = await ConcernsHarness.CreateAsync(DatabaseProvider.Sqlite);

        var turn = await harness.TurnAsync(Inbound.Message(ConcernsHarness.Reporter, "Report a concern", conversationType: "groupChat"));

        var reply = Assert.Single(turn.Sent);
        Assert.Equal("I've messaged you privately.", reply.Text);
        Assert.Null(reply.Attachments);
        var created = Assert.Single(harness.Connector.CreatedConversations);
        Assert.Equal($"29:{ConcernsHarness.Reporter}", Assert.Single(created.Members).Id);
        Assert.Equal("tenant-1", created.TenantId);
        var consent = Assert.Single(harness.Connector.SentTo($"a:created-29:{ConcernsHarness.Reporter}"));
        var text = TestTurn.Describe(consent);
        Assert.Contains(PolicyDocument.LoadEmbedded().EvidenceParagraph, text, StringComparison.Ordinal);
        Assert.Contains("not anonymous", text, StringComparison.Ordinal);
        Assert.Contains(ConcernVerbs.Continue, text, StringComparison.Ordinal);
        Assert.Contains(ConcernVerbs.Stop, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stopping_at_the_consent_card_records_nothing()
    {
        await using var harness = await ConcernsHarness.CreateAsync(DatabaseProvider.Sqlite);
        var consent = await harness.TurnAsync(Inbound.Message(ConcernsHarness.Reporter, "report a concern"));
        Assert.Contains(PolicyDocument.LoadEmbedded().EvidenceParagraph, TestTurn.Describe(Assert.Single(consent.Sent)), StringComparison.Ordinal);

        var stopped = await harness.TurnAsync(Inbound.Execute(ConcernsHarness.Reporter, ConcernVerbs.Stop, []));

        Assert.Equal("Stopped. Nothing was recorded.", stopped.InvokeMessage());
        await using var db = harness.Database.Open();
        Assert.Equal(0, await db.Set<Concern>().CountAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_concern_goes_to_the_first_handler_it_is_not_about_only_and_the_reporter_hears_each_status_change_in_plain_words(string provider)
    {
        await using var harness = await ConcernsHarness.CreateAsync(provider);
        await using var files = await EvidenceFileServer.StartAsync();
        await GreetAsync(harness, ConcernsHarness.HeadTeacher, ConcernsHarness.Deputy, ConcernsHarness.ChairOfGovernors, ConcernsHarness.Reporter);
        harness.Connector.Sent.Clear();

        // About the deputy: the head teacher is first in order and not its subject; the chair is not told.
        var (id, reference) = await ReportAsync(harness);

        Assert.Matches("^CON-[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}$", reference);
        var headNotice = Assert.Single(harness.Connector.SentTo(Inbound.PersonalConversation(ConcernsHarness.HeadTeacher)));
        Assert.Empty(harness.Connector.SentTo(Inbound.PersonalConversation(ConcernsHarness.Deputy)));
        Assert.Empty(harness.Connector.SentTo(Inbound.PersonalConversation(ConcernsHarness.ChairOfGovernors)));
        var json = TestTurn.Describe(headNotice) + headNotice.Summary;
        Assert.Contains($"Concern {reference} awaits you", json, StringComparison.Ordinal);
        Assert.DoesNotContain("Instagram", json, StringComparison.Ordinal);
        Assert.DoesNotContain("Year 2", json, StringComparison.Ordinal);
        Assert.DoesNotContain(ConcernsHarness.Deputy, json, StringComparison.Ordinal);

        // Evidence: a file from OneDrive (its downloadUrl) and a pasted screenshot, both from this machine in local mode.
        var pdf = files.Serve("download/1", EvidenceSamples.Pdf());
        var picture = files.Serve("v3/attachments/abc/views/original", EvidenceSamples.Png(), "image/png");
        var upload = await harness.TurnAsync(Inbound.Message(ConcernsHarness.Reporter, string.Empty, attachments:
        [
            new Attachment { ContentType = AttachmentContentTypes.FileDownloadInfo, Name = "post.pdf", ContentUrl = "https://contoso.sharepoint.com/personal/post.pdf", Content = new JsonObject { ["downloadUrl"] = pdf.ToString(), ["fileType"] = "pdf" } },
            new Attachment { ContentType = "image/*", ContentUrl = picture.ToString() },
            new Attachment { ContentType = "text/html", Content = JsonValue.Create("<div><img></div>") },
        ]));
        Assert.Contains("Stored \"post.pdf\" as evidence file 1: PDF document", upload.Transcript, StringComparison.Ordinal);
        Assert.Contains("Stored your picture as evidence file 2: PNG picture", upload.Transcript, StringComparison.Ordinal);
        Assert.All(files.Requests, r => Assert.Null(r.Authorization));
        Assert.Empty(harness.Connector.Downloads);
        var done = await harness.TurnAsync(Inbound.Execute(ConcernsHarness.Reporter, ConcernVerbs.EvidenceDone, new JsonObject { [ConcernForm.ConcernId] = id.ToString() }));
        Assert.Contains("has 2 evidence file(s)", done.InvokeMessage(), StringComparison.Ordinal);

        // The head teacher opens it: details, decrypted, and audited as a view.
        var opened = await harness.TurnAsync(Inbound.Execute(ConcernsHarness.HeadTeacher, ConcernVerbs.Open, new JsonObject { [ConcernForm.ConcernId] = id.ToString() }));
        var details = opened.InvokeCard()!.ToJsonString();
        Assert.Contains("Mr Deputy posted a photo of Year 2 pupils", details, StringComparison.Ordinal);
        Assert.Contains("Rhian Reporter", details, StringComparison.Ordinal);
        Assert.Contains("evidence-01.pdf: PDF document", details, StringComparison.Ordinal);
        Assert.Contains("sent as \\u0022post.pdf\\u0022", details, StringComparison.Ordinal);

        harness.Connector.Sent.Clear();
        await harness.TurnAsync(Inbound.Execute(ConcernsHarness.HeadTeacher, ConcernVerbs.SetStatus, new JsonObject { [ConcernForm.ConcernId] = id.ToString(), [ConcernForm.To] = ConcernStatus.Acknowledged }));
        await harness.TurnAsync(Inbound.Execute(ConcernsHarness.HeadTeacher, ConcernVerbs.AddNote, new JsonObject { [ConcernForm.ConcernId] = id.ToString(), [ConcernForm.Note] = "Spoke to HR about the deputy" }));
        await harness.TurnAsync(Inbound.Execute(ConcernsHarness.HeadTeacher, ConcernVerbs.SetStatus, new JsonObject { [ConcernForm.ConcernId] = id.ToString(), [ConcernForm.To] = ConcernStatus.Investigating }));
        var closed = await harness.TurnAsync(Inbound.Execute(ConcernsHarness.HeadTeacher, ConcernVerbs.SetStatus, new JsonObject { [ConcernForm.ConcernId] = id.ToString(), [ConcernForm.To] = ConcernStatus.Closed, [ConcernForm.Outcome] = ConcernOutcome.Informal }));
        Assert.Contains("Spoke to HR", closed.InvokeCard()!.ToJsonString(), StringComparison.Ordinal);

        var toReporter = harness.Connector.SentTo(Inbound.PersonalConversation(ConcernsHarness.Reporter)).Select(a => a.Text).ToList();
        Assert.Equal(
        [
            $"Your concern {reference} has been acknowledged.",
            $"Your concern {reference} is being investigated.",
            $"Your concern {reference} has been closed.",
        ], toReporter);
        Assert.Empty(harness.Connector.SentTo(Inbound.PersonalConversation(ConcernsHarness.Deputy)));

        var mine = await harness.TurnAsync(Inbound.Message(ConcernsHarness.Reporter, "my concerns"));
        var list = mine.Transcript;
        Assert.Contains(reference, list, StringComparison.Ordinal);
        Assert.Contains("closed", list, StringComparison.Ordinal);
        Assert.Contains("reported Monday 2 March 2026", list, StringComparison.Ordinal);
        Assert.DoesNotContain("Spoke to HR", list, StringComparison.Ordinal);
        Assert.DoesNotContain("Informal", list, StringComparison.Ordinal);

        var actions = (await AuditAsync(harness)).Select(a => a.Action).ToList();
        Assert.Equal(
            [AuditActions.Create, AuditActions.Routed, AuditActions.Evidence, AuditActions.Evidence, AuditActions.View,
             AuditActions.Status, AuditActions.Note, AuditActions.Status, AuditActions.Status],
            actions);
        var verification = await harness.WithAsync(s => s.GetRequiredService<ConcernAuditVerifier>().VerifyAsync(null, CancellationToken.None));
        Assert.True(verification.IsIntact, string.Join("; ", verification.Disagreements));
        Assert.Equal(2, verification.Evidence.Count);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_non_handler_or_the_handler_concerned_pressing_a_handlers_button_is_told_plainly_and_the_attempt_audited(string provider)
    {
        await using var harness = await ConcernsHarness.CreateAsync(provider);
        await GreetAsync(harness, ConcernsHarness.HeadTeacher);
        var (id, reference) = await ReportAsync(harness);
        var data = new JsonObject { [ConcernForm.ConcernId] = id.ToString(), [ConcernForm.To] = ConcernStatus.Acknowledged };

        var forwarded = await harness.TurnAsync(Inbound.Execute(ConcernsHarness.OtherStaff, ConcernVerbs.SetStatus, data));
        var subject = await harness.TurnAsync(Inbound.Execute(ConcernsHarness.Deputy, ConcernVerbs.Open, new JsonObject { [ConcernForm.ConcernId] = id.ToString() }));
        // The chair is a handler, but the concern has not come to them: a forwarded notice opens nothing either.
        var notRouted = await harness.TurnAsync(Inbound.Execute(ConcernsHarness.ChairOfGovernors, ConcernVerbs.Open, new JsonObject { [ConcernForm.ConcernId] = id.ToString() }));
        var listed = await harness.TurnAsync(Inbound.Message(ConcernsHarness.Deputy, "concerns"));
        var chairList = await harness.TurnAsync(Inbound.Message(ConcernsHarness.ChairOfGovernors, "concerns"));

        Assert.Equal("This concern isn't available to you. Nothing was changed.", forwarded.InvokeMessage());
        Assert.Equal(forwarded.InvokeMessage(), subject.InvokeMessage());
        Assert.Equal(forwarded.InvokeMessage(), notRouted.InvokeMessage());
        Assert.DoesNotContain(reference, listed.Transcript, StringComparison.Ordinal);
        Assert.Contains("no open concerns", listed.Transcript, StringComparison.Ordinal);
        Assert.DoesNotContain(reference, chairList.Transcript, StringComparison.Ordinal);
        await using var db = harness.Database.Open();
        Assert.Equal(ConcernStatus.Received, await db.Set<Concern>().Select(c => c.Status).SingleAsync());
        var denied = (await AuditAsync(harness)).Where(a => a.Action == AuditActions.Denied).ToList();
        Assert.Equal([ConcernsHarness.OtherStaff, ConcernsHarness.Deputy, ConcernsHarness.ChairOfGovernors], denied.Select(a => a.ActorAadObjectId));
        Assert.All(denied, a => Assert.Equal(reference, a.ConcernReference));
    }

    [Fact]
    public async Task A_concern_about_the_head_teacher_goes_straight_to_the_chair_of_governors_and_never_the_head_or_deputy()
    {
        await using var harness = await ConcernsHarness.CreateAsync(DatabaseProvider.Sqlite);
        await GreetAsync(harness, ConcernsHarness.HeadTeacher, ConcernsHarness.Deputy, ConcernsHarness.ChairOfGovernors);
        harness.Connector.Sent.Clear();

        var (id, reference) = await ReportAsync(harness, subject: ConcernsHarness.HeadTeacher);

        Assert.Empty(harness.Connector.SentTo(Inbound.PersonalConversation(ConcernsHarness.HeadTeacher)));
        Assert.Empty(harness.Connector.SentTo(Inbound.PersonalConversation(ConcernsHarness.Deputy)));
        Assert.Single(harness.Connector.SentTo(Inbound.PersonalConversation(ConcernsHarness.ChairOfGovernors)));
        var headList = await harness.TurnAsync(Inbound.Message(ConcernsHarness.HeadTeacher, "concerns"));
        var chairList = await harness.TurnAsync(Inbound.Message(ConcernsHarness.ChairOfGovernors, "concerns"));
        Assert.DoesNotContain(reference, headList.Transcript, StringComparison.Ordinal);
        Assert.Contains(reference, chairList.Transcript, StringComparison.Ordinal);
        var headOpens = await harness.TurnAsync(Inbound.Execute(ConcernsHarness.HeadTeacher, ConcernVerbs.Open, new JsonObject { [ConcernForm.ConcernId] = id.ToString() }));
        Assert.Null(headOpens.InvokeCard());
    }

    [Fact]
    public async Task In_local_mode_a_handler_the_bot_has_never_met_is_not_sought_by_entra_id()
    {
        // Without an app id the bot talks to an emulator, which answers any 1:1 create with its own user's chat.
        await using var harness = await ConcernsHarness.CreateAsync(DatabaseProvider.Sqlite);

        var (_, reference) = await ReportAsync(harness);

        Assert.Empty(harness.Connector.CreatedConversations);
        Assert.DoesNotContain(harness.Connector.Sent, s => s.ConversationId != Inbound.PersonalConversation(ConcernsHarness.Reporter));
        // Each eligible handler is tried in order, the next at once when one cannot be reached: never the deputy it is about.
        var routed = (await AuditAsync(harness)).Where(a => a.Action == AuditActions.Routed && a.ConcernReference == reference).Select(a => a.Details).ToList();
        Assert.Equal(
            [$"handler={ConcernsHarness.HeadTeacher};reason=first;delivered=no", $"handler={ConcernsHarness.ChairOfGovernors};reason=passed_on;delivered=no"],
            routed);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_same_form_submitted_twice_records_one_concern(string provider)
    {
        await using var harness = await ConcernsHarness.CreateAsync(provider);
        var token = await FormTokenAsync(harness);

        var turns = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(() => harness.TurnAsync(Inbound.Execute(ConcernsHarness.Reporter, ConcernVerbs.Submit, FormData(token))))));

        await using var db = harness.Database.Open();
        Assert.Equal(1, await db.Set<Concern>().CountAsync());
        Assert.Single(turns, t => t.InvokeCard() is not null);
        var reference = await db.Set<Concern>().Select(c => c.Reference).SingleAsync();
        Assert.Contains(turns, t => t.InvokeMessage() == $"This form was already sent as {reference}. It was not recorded again.");
        Assert.Contains(await AuditAsync(harness), a => a.Action == AuditActions.Rejected && a.Details == "reason=duplicate_submit");
    }

    [Fact]
    public async Task A_form_without_what_happened_is_refused_and_nothing_is_recorded()
    {
        await using var harness = await ConcernsHarness.CreateAsync(DatabaseProvider.Sqlite);
        var token = await FormTokenAsync(harness);

        var turn = await harness.TurnAsync(Inbound.Execute(ConcernsHarness.Reporter, ConcernVerbs.Submit, FormData(token, whatHappened: "  ")));

        Assert.StartsWith("Please say what happened: nothing was recorded.", turn.InvokeMessage(), StringComparison.Ordinal);
        await using var db = harness.Database.Open();
        Assert.Equal(0, await db.Set<Concern>().CountAsync());
        var attempt = Assert.Single(await AuditAsync(harness));
        Assert.Equal((AuditActions.Rejected, "reason=invalid_form", ConcernsHarness.Reporter), (attempt.Action, attempt.Details, attempt.ActorAadObjectId));
        // The token is unspent: the corrected form can still be sent.
        var retry = await harness.TurnAsync(Inbound.Execute(ConcernsHarness.Reporter, ConcernVerbs.Submit, FormData(token)));
        Assert.NotNull(retry.InvokeCard());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_oversized_or_disallowed_file_is_refused_stored_nowhere_and_audited(string provider)
    {
        await using var harness = await ConcernsHarness.CreateAsync(provider, new Dictionary<string, string?> { ["Concerns:MaxEvidenceBytes"] = "1024" });
        await using var files = await EvidenceFileServer.StartAsync();
        await ReportAsync(harness);
        var big = files.Serve("big", [.. EvidenceSamples.Png(), .. new byte[2048]], "image/png");
        var tool = files.Serve("tool", EvidenceSamples.Executable(), "image/png");

        var turn = await harness.TurnAsync(Inbound.Message(ConcernsHarness.Reporter, "here they are", attachments:
        [
            new Attachment { ContentType = AttachmentContentTypes.FileDownloadInfo, Name = "big.png", Content = new JsonObject { ["downloadUrl"] = big.ToString() } },
            new Attachment { ContentType = AttachmentContentTypes.FileDownloadInfo, Name = "holiday.png", Content = new JsonObject { ["downloadUrl"] = tool.ToString() } },
        ]));

        Assert.Contains("\"big.png\" is larger than 1 KB, so it was not stored.", turn.Transcript, StringComparison.Ordinal);
        Assert.Contains("\"holiday.png\" is not one of the kinds of file I keep as evidence (pictures, PDFs, text files, or Word, Excel and PowerPoint documents), so it was not stored.", turn.Transcript, StringComparison.Ordinal);
        await using var db = harness.Database.Open();
        Assert.Equal(0, await db.Set<ConcernEvidence>().CountAsync());
        var rejected = (await AuditAsync(harness)).Where(a => a.Action == AuditActions.Rejected).Select(a => a.Details).ToList();
        Assert.Equal(["reason=too_large;limit=1024", "reason=disallowed_type;bytes=10"], rejected);
    }

    [Fact]
    public async Task Files_sent_when_no_evidence_is_expected_are_left_to_the_other_features()
    {
        await using var harness = await ConcernsHarness.CreateAsync(DatabaseProvider.Sqlite);
        await using var files = await EvidenceFileServer.StartAsync();
        var url = files.Serve("x", EvidenceSamples.Png());

        await harness.TurnAsync(Inbound.Message(ConcernsHarness.Reporter, "hi", attachments:
            [new Attachment { ContentType = AttachmentContentTypes.FileDownloadInfo, Name = "x.png", Content = new JsonObject { ["downloadUrl"] = url.ToString() } }]));

        Assert.Equal(0, files.Connections);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_closed_concern_and_its_evidence_are_purged_after_the_retention_period_leaving_an_audit_entry(string provider)
    {
        await using var harness = await ConcernsHarness.CreateAsync(provider);
        var (id, reference) = await ReportAsync(harness);
        var (openId, _) = await ReportAsync(harness);
        await harness.WithAsync(s => s.GetRequiredService<ConcernStore>().AddEvidenceAsync(
            new Concern { Id = id, Reference = reference, Status = ConcernStatus.Received, ReporterAadObjectId = ConcernsHarness.Reporter, Details = [] },
            ConcernsHarness.Reporter, "a.png", EvidenceFileType.Png, EvidenceSamples.Png(), CancellationToken.None));
        await harness.TurnAsync(Inbound.Execute(ConcernsHarness.HeadTeacher, ConcernVerbs.SetStatus, new JsonObject { [ConcernForm.ConcernId] = id.ToString(), [ConcernForm.To] = ConcernStatus.Closed, [ConcernForm.Outcome] = ConcernOutcome.NoAction }));

        harness.Time.Advance(TimeSpan.FromDays((365 * 6) + 1));
        Assert.Equal(0, await harness.WithAsync(s => s.GetRequiredService<ConcernPurger>().PurgeAsync(CancellationToken.None)));
        harness.Time.Advance(TimeSpan.FromDays(2));
        Assert.Equal(1, await harness.WithAsync(s => s.GetRequiredService<ConcernPurger>().PurgeAsync(CancellationToken.None)));

        await using var db = harness.Database.Open();
        Assert.Equal([openId], await db.Set<Concern>().Select(c => c.Id).ToListAsync());
        Assert.Equal(0, await db.Set<ConcernEvidence>().CountAsync());
        var last = (await AuditAsync(harness)).Last();
        Assert.Equal((AuditActions.Purged, reference), (last.Action, last.ConcernReference));
        var verification = await harness.WithAsync(s => s.GetRequiredService<ConcernAuditVerifier>().VerifyAsync(null, CancellationToken.None));
        Assert.True(verification.IsIntact, string.Join("; ", verification.Disagreements));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_handler_exports_the_case_bundle_as_a_file_with_record_evidence_audit_and_verification(string provider)
    {
        await using var harness = await ConcernsHarness.CreateAsync(provider);
        await using var files = await EvidenceFileServer.StartAsync();
        await GreetAsync(harness, ConcernsHarness.HeadTeacher);
        var (id, reference) = await ReportAsync(harness);
        var post = files.Serve("e", Encoding.UTF8.GetBytes("copy of the post: see you all at the fair"));
        await harness.TurnAsync(Inbound.Message(ConcernsHarness.Reporter, string.Empty, attachments:
            [new Attachment { ContentType = AttachmentContentTypes.FileDownloadInfo, Name = "post.txt", Content = new JsonObject { ["downloadUrl"] = post.ToString() } }]));

        var export = await harness.TurnAsync(Inbound.Execute(ConcernsHarness.HeadTeacher, ConcernVerbs.Export, new JsonObject { [ConcernForm.ConcernId] = id.ToString() }));
        var consent = Assert.Single(Assert.Single(export.Sent).Attachments!);
        Assert.Equal(AttachmentContentTypes.FileConsentCard, consent.ContentType);
        var context = consent.Content!["acceptContext"]!.AsObject();
        Assert.Equal($"concern-bundle:{id}", context["context"]!.GetValue<string>());
        var offeredSize = consent.Content!["sizeInBytes"]!.GetValue<long>();

        var foreign = Inbound.Invoke(ConcernsHarness.HeadTeacher, "fileConsent/invoke", new JsonObject { ["type"] = "fileUpload", ["action"] = "accept", ["context"] = new JsonObject { ["context"] = "ack-report:1" } });
        var notOurs = await harness.TurnAsync(foreign);
        Assert.Null(notOurs.InvokeResponse);

        var session = files.UploadSession("session/1");
        var accept = await harness.TurnAsync(Inbound.Invoke(ConcernsHarness.HeadTeacher, "fileConsent/invoke", new JsonObject
        {
            ["type"] = "fileUpload",
            ["action"] = "accept",
            ["context"] = context.DeepClone(),
            ["uploadInfo"] = new JsonObject { ["contentUrl"] = "https://contoso-my.sharepoint.com/bundle.zip", ["name"] = "bundle.zip", ["uploadUrl"] = session.ToString(), ["uniqueId"] = "u1", ["fileType"] = "zip" },
        }));

        Assert.Equal(200, accept.InvokeResponse!.Status);
        var put = Assert.Single(files.Requests, r => r.Method == "PUT");
        Assert.Equal("/session/1", put.Path);
        Assert.Equal($"bytes 0-{put.Body.Length - 1}/{put.Body.Length}", put.ContentRange);
        Assert.Equal(offeredSize, put.Body.Length);
        using var zip = new ZipArchive(new MemoryStream(put.Body));
        Assert.Equal(["audit.json", "evidence/evidence-01.txt", "record.json", "verification.json"], zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));
        string Read(string name)
        {
            using var reader = new StreamReader(zip.GetEntry(name)!.Open());
            return reader.ReadToEnd();
        }

        Assert.Contains(Description, Read("record.json"), StringComparison.Ordinal);
        Assert.Contains("\"sentAs\": \"post.txt\"", Read("record.json"), StringComparison.Ordinal);
        Assert.Equal("copy of the post: see you all at the fair", Read("evidence/evidence-01.txt"));
        Assert.Contains("\"intact\": true", Read("verification.json"), StringComparison.Ordinal);
        Assert.Contains($"\"concernReference\": \"{reference}\"", Read("audit.json"), StringComparison.Ordinal);
        Assert.Equal(AttachmentContentTypes.FileInfoCard, Assert.Single(accept.Sent).Attachments![0].ContentType);
        Assert.Equal("consent-card-1", Assert.Single(accept.Updated).ActivityId);
        var exported = Assert.Single(await AuditAsync(harness), a => a.Action == AuditActions.Export && a.ActorAadObjectId == ConcernsHarness.HeadTeacher);
        Assert.Equal($"bytes={put.Body.Length};sha256={Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(put.Body))}", exported.Details);

        var byOther = await harness.TurnAsync(Inbound.Invoke(ConcernsHarness.OtherStaff, "fileConsent/invoke", new JsonObject
        {
            ["type"] = "fileUpload", ["action"] = "accept", ["context"] = context.DeepClone(),
            ["uploadInfo"] = new JsonObject { ["uploadUrl"] = files.UploadSession("session/2").ToString() },
        }));
        Assert.Single(files.Requests, r => r.Method == "PUT");
        Assert.Contains("isn't available to you", TestTurn.Describe(Assert.Single(byOther.Updated).Activity), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_case_bundle_is_never_uploaded_off_this_machine_in_local_mode()
    {
        await using var harness = await ConcernsHarness.CreateAsync(DatabaseProvider.Sqlite);
        await GreetAsync(harness, ConcernsHarness.HeadTeacher);
        var (id, reference) = await ReportAsync(harness);

        var accept = await harness.TurnAsync(Inbound.Invoke(ConcernsHarness.HeadTeacher, "fileConsent/invoke", new JsonObject
        {
            ["type"] = "fileUpload",
            ["action"] = "accept",
            ["context"] = new JsonObject { ["context"] = $"concern-bundle:{id}" },
            ["uploadInfo"] = new JsonObject { ["uploadUrl"] = "https://collector.example/upload" },
        }));

        Assert.Contains("did not give me a OneDrive place", TestTurn.Describe(Assert.Single(accept.Updated).Activity), StringComparison.Ordinal);
        Assert.Contains(await AuditAsync(harness), a => a.Action == AuditActions.Rejected && a.ConcernReference == reference && a.Details == "reason=upload_url_not_onedrive;verb=export");
        Assert.DoesNotContain(await AuditAsync(harness), a => a.Action == AuditActions.Export);
    }
}
