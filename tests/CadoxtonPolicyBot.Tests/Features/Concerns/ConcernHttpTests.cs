using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using CadoxtonPolicyBot.Features.Concerns;
using CadoxtonPolicyBot.Infrastructure.Persistence;
using CadoxtonPolicyBot.Policy;
using CadoxtonPolicyBot.Protocol;
using CadoxtonPolicyBot.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CadoxtonPolicyBot.Tests.Features.Concerns;

/// <summary>
/// Concerns through the whole bot as Teams meets it (POST /api/messages with real tokens, a real database, the real
/// connector client answering a loopback Teams), on SQLite and PostgreSQL.
/// </summary>
public sealed class ConcernHttpTests
{
    private const string Description = "A member of staff posted a photo of Year 2 pupils on a public Instagram account";
    private const string Reporter = Staff.Alex;
    private const string NotAHandler = Staff.Megan;

    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private static Dictionary<string, string?> Roles() => new()
    {
        ["Roles:ConcernHandlers:0:AadObjectId"] = Staff.HeadTeacher,
        ["Roles:ConcernHandlers:0:Role"] = "Head teacher",
        ["Roles:ConcernHandlers:1:AadObjectId"] = Staff.Deputy,
        ["Roles:ConcernHandlers:1:Role"] = "Deputy head",
        ["Roles:ConcernHandlers:2:AadObjectId"] = Staff.ChairOfGovernors,
        ["Roles:ConcernHandlers:2:Role"] = "Chair of governors",
        ["Concerns:MaxEvidenceBytes"] = "1048576",
    };

    private static Task<BotTestHost> StartAsync(string provider) =>
        StartAsync(provider, Staff.HeadTeacher, Staff.Deputy, Staff.ChairOfGovernors, Reporter, NotAHandler);

    private static async Task<BotTestHost> StartAsync(string provider, params string[] greeting)
    {
        var bot = await BotTestHost.StartAsync(provider, Roles());
        // These people have each talked to the bot once, so it holds their 1:1 conversations.
        foreach (var person in greeting)
        {
            var before = bot.Connector.Messages.Count;
            using var response = await bot.PostAsync(bot.Message("help", person));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            await bot.Connector.WaitForMessagesAsync(before + 1);
        }

        return bot;
    }

    private static IEnumerable<ReceivedCall> SentTo(BotTestHost bot, string aadObjectId, int skip = 0) =>
        bot.Connector.Messages.Skip(skip).Where(m => Uri.UnescapeDataString(m.Path).StartsWith($"/v3/conversations/a:personal-{aadObjectId}/", StringComparison.Ordinal));

    private static JsonObject Form(string token, string? subject) => new()
    {
        [ConcernForm.Token] = token,
        [ConcernForm.WhatHappened] = Description,
        [ConcernForm.Platform] = "Instagram",
        [ConcernForm.Link] = "https://instagram.example/p/1",
        [ConcernForm.WhenSeen] = "2026-02-28",
        [ConcernForm.ConcernsWhom] = subject is null ? "school" : "staff",
        [ConcernForm.Subject] = subject,
        [ConcernForm.Sections] = "6",
        [ConcernForm.ReporterIsSubject] = "false",
    };

    /// <summary>"report a concern", consent, the form, submitted: the concern's id and reference from what the reporter is shown.</summary>
    private static async Task<(Guid Id, string Reference)> ReportAsync(BotTestHost bot, string? subject = null)
    {
        var before = bot.Connector.Messages.Count;
        using (var asked = await bot.PostAsync(bot.Message("report a concern", Reporter)))
        {
            Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        }

        var consent = (await bot.Connector.WaitForMessagesAsync(before + 1))[before];
        Assert.Contains("a concern is not anonymous", consent.CardText, StringComparison.Ordinal);

        var form = await bot.InvokeAsync(bot.Execute(ConcernVerbs.Continue, [], Reporter));
        var token = form["value"]!["actions"]!.AsArray().Select(a => a!["data"]?[ConcernForm.Token]?.GetValue<string>()).First(t => t is not null)!;

        var prompt = await bot.InvokeAsync(bot.Execute(ConcernVerbs.Submit, Form(token, subject), Reporter));
        Assert.Equal(200, prompt["statusCode"]!.GetValue<int>());
        var id = Guid.Parse(prompt["value"]!["actions"]![0]!["data"]![ConcernForm.ConcernId]!.GetValue<string>());
        var recorded = prompt["value"]!["body"]![0]!["text"]!.GetValue<string>();
        var reference = recorded["Your concern is recorded as ".Length..].TrimEnd('.');
        Assert.Matches(@"^CON-\d{4}-\d{4}$", reference);
        return (id, reference);
    }

    private static async Task PostOkAsync(BotTestHost bot, Activity activity)
    {
        using var response = await bot.PostAsync(activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static Activity WithAttachments(Activity message, params Attachment[] attachments)
    {
        message.Attachments = [.. attachments];
        return message;
    }

    private static async Task<List<ConcernAuditEntry>> AuditAsync(BotTestHost bot)
    {
        await using var db = bot.Database.Open();
        return await db.Set<ConcernAuditEntry>().AsNoTracking().OrderBy(a => a.Sequence).ToListAsync();
    }

    private static async Task<T> WithServicesAsync<T>(BotTestHost bot, Func<IServiceProvider, Task<T>> use)
    {
        await using var scope = bot.Services.CreateAsyncScope();
        return await use(scope.ServiceProvider);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Asking_first_shows_consent_quoting_the_evidence_paragraph_and_stopping_records_nothing(string provider)
    {
        await using var bot = await StartAsync(provider);
        var before = bot.Connector.Messages.Count;

        using var response = await bot.PostAsync(bot.Message("Report a concern", Reporter));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var consent = Assert.Single(await bot.Connector.WaitForMessagesAsync(before + 1), m => m.CardText.Contains("a concern is not anonymous", StringComparison.Ordinal));
        Assert.Contains("may be used in disciplinary proceedings", consent.CardText, StringComparison.Ordinal);
        Assert.Contains(PolicyDocument.LoadEmbedded().EvidenceParagraph, consent.CardText, StringComparison.Ordinal);
        Assert.Equal($"Bearer {BotTestHost.BotToken}", consent.Authorization);

        var stopped = await bot.InvokeAsync(bot.Execute(ConcernVerbs.Stop, [], Reporter));
        Assert.Equal("Stopped. Nothing was recorded.", stopped["value"]!.GetValue<string>());
        await using var db = bot.Database.Open();
        Assert.False(await db.Set<Concern>().AnyAsync());
        Assert.Empty(await AuditAsync(bot));
    }

    [Fact]
    public async Task Asked_in_a_channel_the_bot_says_there_only_that_it_messaged_privately_and_starts_the_1_to_1_chat()
    {
        // The reporter has never written to the bot in 1:1: the chat is created from the channel turn.
        await using var bot = await StartAsync(DatabaseProvider.Sqlite, Staff.HeadTeacher);
        var before = bot.Connector.Messages.Count;
        var post = bot.ChannelMention("report a concern", Reporter);

        await PostOkAsync(bot, post);

        var sent = (await bot.Connector.WaitForMessagesAsync(before + 2)).Skip(before).ToList();
        var inChannel = Assert.Single(sent, m => m.Path.EndsWith($"/activities/{post.Id}", StringComparison.Ordinal));
        Assert.Equal("I've messaged you privately.", inChannel.Activity!.Text);
        Assert.Null(inChannel.Activity.Attachments);
        var created = Assert.Single(bot.Connector.Calls, c => c.Method == "POST" && c.Path.TrimEnd('/') == "/v3/conversations");
        Assert.Equal("29:" + Reporter, JsonNode.Parse(created.Body!)!["members"]![0]!["id"]!.GetValue<string>());
        var privately = Assert.Single(sent, m => m != inChannel);
        Assert.Equal($"/v3/conversations/a:personal-29:{Reporter}/activities", Uri.UnescapeDataString(privately.Path));
        Assert.Contains("a concern is not anonymous", privately.CardText, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_submitted_concern_keeps_a_pasted_picture_with_the_bots_token_and_a_file_fetched_without_it(string provider)
    {
        await using var bot = await StartAsync(provider);
        await using var files = await LoopbackFileServer.StartAsync();
        var (id, reference) = await ReportAsync(bot);
        var picture = PngSignature.Concat("pasted screenshot"u8.ToArray()).ToArray();
        var pictureUrl = bot.Connector.AddAttachment("0-ukso-d3-abc", picture);
        var pdf = "%PDF-1.7\nthe saved post"u8.ToArray();
        var pdfUrl = files.Serve("post.pdf", pdf);
        var before = bot.Connector.Messages.Count;

        using (var pasted = await bot.PostAsync(WithAttachments(bot.Message(string.Empty, Reporter),
                   new Attachment { ContentType = "image/png", ContentUrl = pictureUrl.ToString() })))
        {
            Assert.Equal(HttpStatusCode.OK, pasted.StatusCode);
        }

        using (var attached = await bot.PostAsync(WithAttachments(bot.Message("here is the post", Reporter), new Attachment
               {
                   ContentType = AttachmentContentTypes.FileDownloadInfo,
                   Name = "post.pdf",
                   Content = new JsonObject { ["downloadUrl"] = pdfUrl.ToString(), ["uniqueId"] = "1A2B", ["fileType"] = "pdf" },
               })))
        {
            Assert.Equal(HttpStatusCode.OK, attached.StatusCode);
        }

        var replies = (await bot.Connector.WaitForMessagesAsync(before + 2)).Skip(before).Select(m => m.Activity!.Text).ToList();
        Assert.StartsWith("Stored screenshot-1.png (SHA-256 ", replies[0], StringComparison.Ordinal);
        Assert.StartsWith("Stored post.pdf (SHA-256 ", replies[1], StringComparison.Ordinal);

        // The pasted picture's URL is the connector's: it needs the bot's token. The file's downloadUrl is pre-authorised
        // and may be anyone's server: the token must never go there.
        var download = Assert.Single(bot.Connector.Calls, c => c.Path.StartsWith("/v3/attachments/", StringComparison.Ordinal));
        Assert.Equal($"Bearer {BotTestHost.BotToken}", download.Authorization);
        var fetched = Assert.Single(files.Requests);
        Assert.Equal("/post.pdf", fetched.Path);
        Assert.Null(fetched.Authorization);

        var done = await bot.InvokeAsync(bot.Execute(ConcernVerbs.EvidenceDone, new JsonObject { [ConcernForm.ConcernId] = id.ToString() }, Reporter));
        Assert.Equal($"Thank you. Concern {reference} has 2 evidence file(s). I'll tell you here when its status changes.", done["value"]!.GetValue<string>());

        var stored = await WithServicesAsync(bot, async s =>
        {
            var store = s.GetRequiredService<ConcernStore>();
            var concern = (await store.FindAsync(id, CancellationToken.None))!;
            return concern.Evidence.OrderBy(e => e.AddedAt).Select(e => (store.ReadFileName(e), e.ContentType, store.ReadContent(e), e.Sha256)).ToList();
        });
        Assert.Equal(["screenshot-1.png", "post.pdf"], stored.Select(e => e.Item1));
        Assert.Equal(["image/png", "application/pdf"], stored.Select(e => e.ContentType));
        Assert.Equal(picture, stored[0].Item3);
        Assert.Equal(pdf, stored[1].Item3);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(pdf)), stored[1].Sha256);

        var audit = await AuditAsync(bot);
        Assert.Equal(2, audit.Count(a => a.Action == AuditActions.Evidence && a.ConcernReference == reference));
        Assert.Single(audit, a => a.Action == AuditActions.Create && a.ActorAadObjectId == Reporter);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Bad_input_is_refused_plainly_records_nothing_and_is_audited(string provider)
    {
        await using var bot = await StartAsync(provider);
        await using var files = await LoopbackFileServer.StartAsync();

        // A form without "what happened": refused, nothing recorded, the attempt audited, the card still usable.
        await PostOkAsync(bot, bot.Message("report a concern", Reporter));
        var form = await bot.InvokeAsync(bot.Execute(ConcernVerbs.Continue, [], Reporter));
        var token = form["value"]!["actions"]!.AsArray().Select(a => a!["data"]?[ConcernForm.Token]?.GetValue<string>()).First(t => t is not null)!;
        var incomplete = Form(token, null);
        incomplete[ConcernForm.WhatHappened] = " ";
        var refused = await bot.InvokeAsync(bot.Execute(ConcernVerbs.Submit, incomplete, Reporter));
        Assert.Equal(400, refused["statusCode"]!.GetValue<int>());
        Assert.StartsWith("Please say what happened: nothing was recorded.", refused["value"]!["message"]!.GetValue<string>(), StringComparison.Ordinal);

        // The same card sent twice: one concern.
        var first = await bot.InvokeAsync(bot.Execute(ConcernVerbs.Submit, Form(token, null), Reporter));
        var again = await bot.InvokeAsync(bot.Execute(ConcernVerbs.Submit, Form(token, null), Reporter));
        var reference = first["value"]!["body"]![0]!["text"]!.GetValue<string>()["Your concern is recorded as ".Length..].TrimEnd('.');
        Assert.Equal($"This form was already sent as {reference}. It was not recorded again.", again["value"]!["message"]!.GetValue<string>());

        // A picture over the limit and a file that is not a picture, PDF or text, whatever its name says.
        var before = bot.Connector.Messages.Count;
        var huge = bot.Connector.AddAttachment("huge", [.. PngSignature, .. new byte[1024 * 1024]]);
        var program = files.Serve("minutes.pdf", [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00]);
        await PostOkAsync(bot, WithAttachments(bot.Message(string.Empty, Reporter), new Attachment { ContentType = "image/png", ContentUrl = huge.ToString() }));
        await PostOkAsync(bot, WithAttachments(bot.Message(string.Empty, Reporter), new Attachment
        {
            ContentType = AttachmentContentTypes.FileDownloadInfo,
            Name = "minutes.pdf",
            Content = new JsonObject { ["downloadUrl"] = program.ToString(), ["fileType"] = "pdf" },
        }));
        var replies = (await bot.Connector.WaitForMessagesAsync(before + 2)).Skip(before).Select(m => m.Activity!.Text).ToList();
        Assert.StartsWith("Your picture is larger than 1 MB, so it was not stored.", replies[0], StringComparison.Ordinal);
        Assert.StartsWith("minutes.pdf is not a picture, PDF or text file, so it was not stored.", replies[1], StringComparison.Ordinal);

        await using var db = bot.Database.Open();
        Assert.Equal(1, await db.Set<Concern>().CountAsync());
        Assert.False(await db.Set<ConcernEvidence>().AnyAsync());
        var rejected = (await AuditAsync(bot)).Where(a => a.Action == AuditActions.Rejected).Select(a => a.Details.Split(';')[0]).ToList();
        Assert.Equal(["reason=invalid_form", "reason=duplicate_submit", "reason=too_large", "reason=disallowed_type"], rejected);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_concern_about_the_head_teacher_reaches_the_other_handlers_with_no_content_and_never_the_head(string provider)
    {
        await using var bot = await StartAsync(provider);
        var before = bot.Connector.Messages.Count;

        var (id, reference) = await ReportAsync(bot, subject: Staff.HeadTeacher);

        await bot.Connector.WaitForMessagesAsync(before + 3);
        await Task.Delay(200);
        foreach (var handler in new[] { Staff.Deputy, Staff.ChairOfGovernors })
        {
            var notice = Assert.Single(SentTo(bot, handler, before));
            Assert.Equal($"Concern {reference} awaits you", notice.CardText);
            Assert.DoesNotContain("Instagram", notice.Body, StringComparison.Ordinal);
            Assert.DoesNotContain("Year 2", notice.Body, StringComparison.Ordinal);
            Assert.DoesNotContain(Staff.NameOf(Reporter), notice.Body, StringComparison.Ordinal);
        }

        Assert.Empty(SentTo(bot, Staff.HeadTeacher, before));

        var opened = await bot.InvokeAsync(bot.Execute(ConcernVerbs.Open, new JsonObject { [ConcernForm.ConcernId] = id.ToString() }, Staff.Deputy));
        Assert.Contains(Description, opened["value"]!.ToJsonString(), StringComparison.Ordinal);

        // The head teacher, who the concern is about, gets the same answer as anyone not allowed: it tells nothing.
        var headTries = await bot.InvokeAsync(bot.Execute(ConcernVerbs.Open, new JsonObject { [ConcernForm.ConcernId] = id.ToString() }, Staff.HeadTeacher));
        Assert.Equal(400, headTries["statusCode"]!.GetValue<int>());
        Assert.DoesNotContain("Instagram", headTries.ToJsonString(), StringComparison.Ordinal);
        var headList = bot.Connector.Messages.Count;
        using (var listed = await bot.PostAsync(bot.Message("concerns", Staff.HeadTeacher)))
        {
            Assert.Equal(HttpStatusCode.OK, listed.StatusCode);
        }

        var list = (await bot.Connector.WaitForMessagesAsync(headList + 1))[headList];
        Assert.DoesNotContain(reference, list.CardText, StringComparison.Ordinal);

        var audit = await AuditAsync(bot);
        Assert.Single(audit, a => a.Action == AuditActions.View && a.ActorAadObjectId == Staff.Deputy);
        Assert.Single(audit, a => a.Action == AuditActions.Denied && a.ActorAadObjectId == Staff.HeadTeacher);
        Assert.DoesNotContain(audit, a => a.Action == AuditActions.Routed && a.Details.Contains(Staff.HeadTeacher, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_handler_who_never_wrote_to_the_bot_is_reached_by_starting_their_chat_by_entra_id(string provider)
    {
        await using var bot = await StartAsync(provider, Staff.HeadTeacher, Reporter);
        var before = bot.Connector.Messages.Count;

        var (_, reference) = await ReportAsync(bot);

        await bot.Connector.WaitForMessagesAsync(before + 4);
        var created = bot.Connector.Calls.Where(c => c.Method == "POST" && c.Path.TrimEnd('/') == "/v3/conversations").Select(c => JsonNode.Parse(c.Body!)!).ToList();
        Assert.Equal([Staff.Deputy, Staff.ChairOfGovernors], created.Select(c => c["members"]![0]!["id"]!.GetValue<string>()));
        Assert.All(created, c =>
        {
            Assert.Equal(BotTestHost.TenantId, c["tenantId"]!.GetValue<string>());
            Assert.Equal(BotTestHost.BotId, c["bot"]!["id"]!.GetValue<string>());
        });
        foreach (var handler in new[] { Staff.HeadTeacher, Staff.Deputy, Staff.ChairOfGovernors })
        {
            Assert.Equal($"Concern {reference} awaits you", Assert.Single(SentTo(bot, handler, before)).CardText);
        }

        Assert.Equal(3, (await AuditAsync(bot)).Count(a => a.Action == AuditActions.Routed && a.Details.EndsWith("delivered=yes", StringComparison.Ordinal)));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Each_status_change_tells_the_reporter_by_reference_number_only(string provider)
    {
        await using var bot = await StartAsync(provider);
        var (id, reference) = await ReportAsync(bot);
        var before = bot.Connector.Messages.Count;

        await bot.InvokeAsync(bot.Execute(ConcernVerbs.SetStatus, new JsonObject { [ConcernForm.ConcernId] = id.ToString(), [ConcernForm.To] = ConcernStatus.Acknowledged }, Staff.HeadTeacher));
        await bot.InvokeAsync(bot.Execute(ConcernVerbs.AddNote, new JsonObject { [ConcernForm.ConcernId] = id.ToString(), [ConcernForm.Note] = "Spoke to the class teacher" }, Staff.HeadTeacher));
        await bot.InvokeAsync(bot.Execute(ConcernVerbs.SetStatus, new JsonObject { [ConcernForm.ConcernId] = id.ToString(), [ConcernForm.To] = ConcernStatus.Investigating }, Staff.Deputy));
        var closed = await bot.InvokeAsync(bot.Execute(ConcernVerbs.SetStatus,
            new JsonObject { [ConcernForm.ConcernId] = id.ToString(), [ConcernForm.To] = ConcernStatus.Closed, [ConcernForm.Outcome] = ConcernOutcome.Informal }, Staff.HeadTeacher));
        Assert.Contains("closed (Informal action)", closed["value"]!.ToJsonString(), StringComparison.Ordinal);

        await bot.Connector.WaitForMessagesAsync(before + 3);
        await Task.Delay(200);
        var told = SentTo(bot, Reporter, before).Select(m => m.Activity!).ToList();
        Assert.Equal(
            [$"Your concern {reference} is now acknowledged.", $"Your concern {reference} is now investigating.", $"Your concern {reference} is now closed."],
            told.Select(m => m.Text));
        Assert.All(told, m => Assert.Null(m.Attachments));
        Assert.DoesNotContain(bot.Connector.Messages.Skip(before), m => m.Body!.Contains("class teacher", StringComparison.Ordinal));

        var mine = bot.Connector.Messages.Count;
        using (var asked = await bot.PostAsync(bot.Message("my concerns", Reporter)))
        {
            Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        }

        var status = (await bot.Connector.WaitForMessagesAsync(mine + 1))[mine];
        Assert.Contains(reference, status.Body, StringComparison.Ordinal);
        Assert.Contains("closed", status.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Instagram", status.Body, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_forwarded_handler_card_pressed_by_someone_else_changes_nothing_and_the_attempt_is_audited(string provider)
    {
        await using var bot = await StartAsync(provider);
        var (id, reference) = await ReportAsync(bot);
        var auditBefore = (await AuditAsync(bot)).Count;
        var data = new JsonObject { [ConcernForm.ConcernId] = id.ToString() };

        var open = await bot.InvokeAsync(bot.Execute(ConcernVerbs.Open, data, NotAHandler));
        var close = await bot.InvokeAsync(bot.Execute(ConcernVerbs.SetStatus,
            new JsonObject { [ConcernForm.ConcernId] = id.ToString(), [ConcernForm.To] = ConcernStatus.Closed, [ConcernForm.Outcome] = ConcernOutcome.NoAction }, NotAHandler));
        var note = await bot.InvokeAsync(bot.Execute(ConcernVerbs.AddNote, new JsonObject { [ConcernForm.ConcernId] = id.ToString(), [ConcernForm.Note] = "made up" }, NotAHandler));

        foreach (var answer in new[] { open, close, note })
        {
            Assert.Equal(400, answer["statusCode"]!.GetValue<int>());
            Assert.Equal("This concern isn't available to you. Nothing was changed.", answer["value"]!["message"]!.GetValue<string>());
            Assert.DoesNotContain(Description, answer.ToJsonString(), StringComparison.Ordinal);
        }

        await using var db = bot.Database.Open();
        var concern = await db.Set<Concern>().Include(c => c.Notes).SingleAsync(c => c.Id == id);
        Assert.Equal(ConcernStatus.Received, concern.Status);
        Assert.Empty(concern.Notes);
        var added = (await AuditAsync(bot)).Skip(auditBefore).ToList();
        Assert.Equal(3, added.Count);
        Assert.All(added, a =>
        {
            Assert.Equal(AuditActions.Denied, a.Action);
            Assert.Equal(NotAHandler, a.ActorAadObjectId);
            Assert.Equal(reference, a.ConcernReference);
        });
        Assert.True((await WithServicesAsync(bot, s => s.GetRequiredService<ConcernAuditTrail>().VerifyAsync(null, CancellationToken.None))).IsIntact);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_edited_audit_row_or_evidence_byte_in_the_database_is_reported_by_verification(string provider)
    {
        await using var bot = await StartAsync(provider);
        var (id, _) = await ReportAsync(bot);
        var before = bot.Connector.Messages.Count;
        var url = bot.Connector.AddAttachment("evidence-1", [.. PngSignature, .. "screenshot"u8]);
        using (var pasted = await bot.PostAsync(WithAttachments(bot.Message(string.Empty, Reporter), new Attachment { ContentType = "image/png", ContentUrl = url.ToString() })))
        {
            Assert.Equal(HttpStatusCode.OK, pasted.StatusCode);
        }

        await bot.Connector.WaitForMessagesAsync(before + 1);
        await bot.InvokeAsync(bot.Execute(ConcernVerbs.SetStatus, new JsonObject { [ConcernForm.ConcernId] = id.ToString(), [ConcernForm.To] = ConcernStatus.Acknowledged }, Staff.Deputy));
        var intact = await WithServicesAsync(bot, s => s.GetRequiredService<ConcernAuditTrail>().VerifyAsync(null, CancellationToken.None));
        Assert.True(intact.IsIntact);
        var statusEntry = (await AuditAsync(bot)).Single(a => a.Action == AuditActions.Status);

        await using (var db = bot.Database.Open())
        {
            // Someone with database access rewrites history: the status change now claims to have closed the concern.
            await db.Set<ConcernAuditEntry>().Where(a => a.Sequence == statusEntry.Sequence)
                .ExecuteUpdateAsync(s => s.SetProperty(a => a.Details, "from=received;to=closed"));
            var evidence = await db.Set<ConcernEvidence>().SingleAsync(e => e.ConcernId == id);
            var content = evidence.Content.ToArray();
            content[^1] ^= 0x01;
            evidence.Content = content;
            await db.SaveChangesAsync();
        }

        var verification = await WithServicesAsync(bot, s => s.GetRequiredService<ConcernAuditTrail>().VerifyAsync(null, CancellationToken.None));
        Assert.False(verification.IsIntact);
        Assert.Equal(statusEntry.Sequence, verification.FirstBreak!.Sequence);
        Assert.Contains("edited", verification.FirstBreak.Problem, StringComparison.Ordinal);
        var file = Assert.Single(verification.Evidence);
        Assert.False(file.Intact);
        Assert.Contains("altered", file.Problem, StringComparison.Ordinal);
        Assert.True(Assert.Single(verification.Records).Intact);

        await using (var db = bot.Database.Open())
        {
            var concern = await db.Set<Concern>().SingleAsync(c => c.Id == id);
            var details = concern.Details.ToArray();
            details[^1] ^= 0x01;
            concern.Details = details;
            await db.SaveChangesAsync();
        }

        var record = Assert.Single((await WithServicesAsync(bot, s => s.GetRequiredService<ConcernAuditTrail>().VerifyAsync(id, CancellationToken.None))).Records);
        Assert.False(record.Intact);
        Assert.StartsWith("The details of CON-", record.Problem, StringComparison.Ordinal);

        // A handler opening the altered record is told so plainly, and the attempt is on the trail.
        var opened = await bot.InvokeAsync(bot.Execute(ConcernVerbs.Open, new JsonObject { [ConcernForm.ConcernId] = id.ToString() }, Staff.Deputy));
        Assert.Equal(400, opened["statusCode"]!.GetValue<int>());
        Assert.Contains("failed its integrity check", opened["value"]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains(await AuditAsync(bot), a => a.Action == AuditActions.Rejected && a.Details == "reason=integrity_check_failed;verb=concern.open");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_closed_concern_and_its_evidence_are_purged_after_the_retention_period_leaving_an_audit_entry(string provider)
    {
        await using var bot = await StartAsync(provider);
        var (id, reference) = await ReportAsync(bot);
        var before = bot.Connector.Messages.Count;
        var url = bot.Connector.AddAttachment("evidence-1", [.. PngSignature, .. "screenshot"u8]);
        using (var pasted = await bot.PostAsync(WithAttachments(bot.Message(string.Empty, Reporter), new Attachment { ContentType = "image/png", ContentUrl = url.ToString() })))
        {
            Assert.Equal(HttpStatusCode.OK, pasted.StatusCode);
        }

        await bot.Connector.WaitForMessagesAsync(before + 1);
        await bot.InvokeAsync(bot.Execute(ConcernVerbs.SetStatus,
            new JsonObject { [ConcernForm.ConcernId] = id.ToString(), [ConcernForm.To] = ConcernStatus.Closed, [ConcernForm.Outcome] = ConcernOutcome.NoAction }, Staff.Deputy));

        bot.Time.Advance(TimeSpan.FromDays(365 * 5));
        Assert.Equal(0, await WithServicesAsync(bot, s => s.GetRequiredService<ConcernPurger>().PurgeAsync(CancellationToken.None)));
        bot.Time.Advance(TimeSpan.FromDays(366 + 2));
        await WithServicesAsync(bot, s => s.GetRequiredService<ConcernPurger>().PurgeAsync(CancellationToken.None));

        await using (var db = bot.Database.Open())
        {
            Assert.False(await db.Set<Concern>().AnyAsync(c => c.Id == id));
            Assert.False(await db.Set<ConcernEvidence>().AnyAsync());
        }

        var purged = Assert.Single(await AuditAsync(bot), a => a.Action == AuditActions.Purged);
        Assert.Equal(reference, purged.ConcernReference);
        Assert.Contains("evidenceFiles=1", purged.Details, StringComparison.Ordinal);
        Assert.True((await WithServicesAsync(bot, s => s.GetRequiredService<ConcernAuditTrail>().VerifyAsync(null, CancellationToken.None))).IsIntact);

        var handlerSees = await bot.InvokeAsync(bot.Execute(ConcernVerbs.Open, new JsonObject { [ConcernForm.ConcernId] = id.ToString() }, Staff.Deputy));
        Assert.Contains("no longer exists", handlerSees["value"]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_sqlite_database_file_holds_neither_the_description_nor_the_evidence_bytes()
    {
        await using var bot = await StartAsync(DatabaseProvider.Sqlite);
        var (_, reference) = await ReportAsync(bot);
        var before = bot.Connector.Messages.Count;
        var evidence = PngSignature.Concat(Encoding.UTF8.GetBytes("PLAIN-EVIDENCE-MARKER the posted comment " + new string('x', 200))).ToArray();
        var url = bot.Connector.AddAttachment("evidence-1", evidence);
        using (var pasted = await bot.PostAsync(WithAttachments(bot.Message(string.Empty, Reporter),
                   new Attachment { ContentType = "image/png", ContentUrl = url.ToString(), Name = "instagram-comment.png" })))
        {
            Assert.Equal(HttpStatusCode.OK, pasted.StatusCode);
        }

        await bot.Connector.WaitForMessagesAsync(before + 1);

        var raw = new List<byte>();
        foreach (var path in new[] { bot.Database.SqliteFile!, bot.Database.SqliteFile + "-wal" }.Where(File.Exists))
        {
            await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var copy = new MemoryStream();
            await stream.CopyToAsync(copy);
            raw.AddRange(copy.ToArray());
        }

        var bytes = raw.ToArray();
        Assert.True(bytes.AsSpan().IndexOf(Encoding.ASCII.GetBytes(reference)) >= 0, "the test reads the file the concern was written to");
        Assert.True(bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(Description)) < 0, "the description is in the database file in clear");
        Assert.True(bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes("Year 2 pupils")) < 0, "part of the description is in the database file in clear");
        Assert.True(bytes.AsSpan().IndexOf("PLAIN-EVIDENCE-MARKER"u8) < 0, "the evidence bytes are in the database file in clear");
        Assert.True(bytes.AsSpan().IndexOf("instagram-comment.png"u8) < 0, "the evidence file name is in the database file in clear");
    }

    /// <summary>A file host on 127.0.0.1 standing in for SharePoint's pre-authorised downloadUrl; records each request's Authorization header.</summary>
    private sealed class LoopbackFileServer : IAsyncDisposable
    {
        private readonly WebApplication _app;
        private readonly ConcurrentDictionary<string, byte[]> _files = new(StringComparer.Ordinal);
        private readonly ConcurrentQueue<(string Path, string? Authorization)> _requests = new();

        private LoopbackFileServer(WebApplication app) => _app = app;

        public Uri BaseUrl { get; private set; } = null!;

        public IReadOnlyList<(string Path, string? Authorization)> Requests => [.. _requests];

        public static async Task<LoopbackFileServer> StartAsync()
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.Logging.ClearProviders();
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            var app = builder.Build();
            var server = new LoopbackFileServer(app);
            app.Run(server.HandleAsync);
            await app.StartAsync();
            var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
            server.BaseUrl = new Uri(address + "/");
            return server;
        }

        public Uri Serve(string name, byte[] bytes)
        {
            _files[name] = bytes;
            return new Uri(BaseUrl, name + "?tempauth=pre-authorised-by-sharepoint");
        }

        private async Task HandleAsync(HttpContext http)
        {
            var path = http.Request.Path.Value ?? "/";
            _requests.Enqueue((path, http.Request.Headers.Authorization.Count == 0 ? null : http.Request.Headers.Authorization.ToString()));
            if (!_files.TryGetValue(path.TrimStart('/'), out var bytes))
            {
                http.Response.StatusCode = 404;
                return;
            }

            http.Response.ContentType = "application/pdf";
            http.Response.ContentLength = bytes.Length;
            await http.Response.Body.WriteAsync(bytes);
        }

        public async ValueTask DisposeAsync()
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }
}
