using System.Net;
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

    /// <summary>The handlers as a school configures them: in routing order, each with its role.</summary>
    internal static Dictionary<string, string?> Roles() => new()
    {
        ["Roles:HeadTeacherIds:0"] = Staff.HeadTeacher,
        ["Roles:ConcernHandlers:0:AadObjectId"] = Staff.HeadTeacher,
        ["Roles:ConcernHandlers:0:Role"] = "HeadTeacher",
        ["Roles:ConcernHandlers:1:AadObjectId"] = Staff.Deputy,
        ["Roles:ConcernHandlers:1:Role"] = "DeputyOrDsl",
        ["Roles:ConcernHandlers:2:AadObjectId"] = Staff.ChairOfGovernors,
        ["Roles:ConcernHandlers:2:Role"] = "ChairOfGovernors",
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
    internal static async Task<(Guid Id, string Reference)> ReportAsync(BotTestHost bot, string? subject = null)
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
        Assert.Matches("^CON-[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}$", reference);
        return (id, reference);
    }

    private static async Task PostOkAsync(BotTestHost bot, Activity activity)
    {
        using var response = await bot.PostAsync(activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    internal static Activity WithAttachments(Activity message, params Attachment[] attachments)
    {
        message.Attachments = [.. attachments];
        return message;
    }

    internal static async Task<List<ConcernAuditEntry>> AuditAsync(BotTestHost bot)
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
    public async Task A_pasted_picture_is_fetched_once_with_the_bots_token_from_the_connectors_attachment_path_and_kept(string provider)
    {
        await using var bot = await StartAsync(provider);
        var (id, reference) = await ReportAsync(bot);
        var picture = PngSignature.Concat("pasted screenshot"u8.ToArray()).ToArray();
        var pictureUrl = bot.Connector.AddAttachment("0-ukso-d3-abc", picture);
        var before = bot.Connector.Messages.Count;

        using (var pasted = await bot.PostAsync(WithAttachments(bot.Message(string.Empty, Reporter),
                   new Attachment { ContentType = "image/png", ContentUrl = pictureUrl.ToString() })))
        {
            Assert.Equal(HttpStatusCode.OK, pasted.StatusCode);
        }

        var reply = (await bot.Connector.WaitForMessagesAsync(before + 1))[before].Activity!.Text;
        Assert.StartsWith("Stored your picture as evidence file 1: PNG picture, 25 bytes (SHA-256 ", reply, StringComparison.Ordinal);

        // The picture's URL is the connector's own attachment path under this turn's serviceUrl: it needs the token.
        var download = Assert.Single(bot.Connector.Calls, c => c.Path.StartsWith("/v3/attachments/", StringComparison.Ordinal));
        Assert.Equal($"Bearer {BotTestHost.BotToken}", download.Authorization);

        var done = await bot.InvokeAsync(bot.Execute(ConcernVerbs.EvidenceDone, new JsonObject { [ConcernForm.ConcernId] = id.ToString() }, Reporter));
        Assert.Equal($"Thank you. Concern {reference} has 1 evidence file(s). I'll tell you here when its status changes.", done["value"]!.GetValue<string>());

        var stored = await WithServicesAsync(bot, async s =>
        {
            var store = s.GetRequiredService<ConcernStore>();
            var concern = (await store.FindAsync(id, CancellationToken.None))!;
            var file = Assert.Single(concern.Evidence);
            return (store.ReadFileName(file), file.ContentType, await store.ReadContentAsync(file, CancellationToken.None), file.Sha256, file.Number);
        });
        Assert.Equal((string.Empty, "image/png", 1), (stored.Item1, stored.ContentType, stored.Number));
        Assert.Equal(picture, stored.Item3);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(picture)), stored.Sha256);

        var audit = await AuditAsync(bot);
        Assert.Single(audit, a => a.Action == AuditActions.Evidence && a.ConcernReference == reference);
        Assert.Single(audit, a => a.Action == AuditActions.Create && a.ActorAadObjectId == Reporter);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Bad_input_is_refused_plainly_records_nothing_and_is_audited(string provider)
    {
        await using var bot = await StartAsync(provider);

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

        // A picture over the limit and a file that is not a kind kept as evidence, whatever its name and type say.
        var before = bot.Connector.Messages.Count;
        var huge = bot.Connector.AddAttachment("huge", [.. PngSignature, .. new byte[1024 * 1024]]);
        var program = bot.Connector.AddAttachment("program", [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00]);
        await PostOkAsync(bot, WithAttachments(bot.Message(string.Empty, Reporter), new Attachment { ContentType = "image/png", ContentUrl = huge.ToString() }));
        await PostOkAsync(bot, WithAttachments(bot.Message(string.Empty, Reporter), new Attachment { ContentType = "image/png", Name = "minutes.png", ContentUrl = program.ToString() }));
        var replies = (await bot.Connector.WaitForMessagesAsync(before + 2)).Skip(before).Select(m => m.Activity!.Text).ToList();
        Assert.StartsWith("Your picture is larger than 1 MB, so it was not stored.", replies[0], StringComparison.Ordinal);
        Assert.StartsWith("\"minutes.png\" is not one of the kinds of file I keep as evidence", replies[1], StringComparison.Ordinal);

        await using var db = bot.Database.Open();
        Assert.Equal(1, await db.Set<Concern>().CountAsync());
        Assert.False(await db.Set<ConcernEvidence>().AnyAsync());
        var rejected = (await AuditAsync(bot)).Where(a => a.Action == AuditActions.Rejected).Select(a => a.Details.Split(';')[0]).ToList();
        Assert.Equal(["reason=invalid_form", "reason=duplicate_submit", "reason=too_large", "reason=disallowed_type"], rejected);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_concern_about_the_head_teacher_goes_to_the_chair_of_governors_alone_with_no_content(string provider)
    {
        await using var bot = await StartAsync(provider);
        var before = bot.Connector.Messages.Count;

        var (id, reference) = await ReportAsync(bot, subject: Staff.HeadTeacher);

        await bot.Connector.WaitForMessagesAsync(before + 2);
        await Task.Delay(200);
        var notice = Assert.Single(SentTo(bot, Staff.ChairOfGovernors, before));
        Assert.Equal($"Concern {reference} awaits you", notice.CardText);
        Assert.DoesNotContain("Instagram", notice.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Year 2", notice.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(Staff.NameOf(Reporter), notice.Body, StringComparison.Ordinal);
        Assert.Empty(SentTo(bot, Staff.HeadTeacher, before));
        Assert.Empty(SentTo(bot, Staff.Deputy, before));

        var opened = await bot.InvokeAsync(bot.Execute(ConcernVerbs.Open, new JsonObject { [ConcernForm.ConcernId] = id.ToString() }, Staff.ChairOfGovernors));
        Assert.Contains(Description, opened["value"]!.ToJsonString(), StringComparison.Ordinal);

        // The head teacher, who the concern is about, and the deputy, who reports to them, get the answer anyone not
        // allowed gets: it tells nothing.
        foreach (var other in new[] { Staff.HeadTeacher, Staff.Deputy })
        {
            var tries = await bot.InvokeAsync(bot.Execute(ConcernVerbs.Open, new JsonObject { [ConcernForm.ConcernId] = id.ToString() }, other));
            Assert.Equal(400, tries["statusCode"]!.GetValue<int>());
            Assert.DoesNotContain("Instagram", tries.ToJsonString(), StringComparison.Ordinal);
            var listing = bot.Connector.Messages.Count;
            using (var listed = await bot.PostAsync(bot.Message("concerns", other)))
            {
                Assert.Equal(HttpStatusCode.OK, listed.StatusCode);
            }

            Assert.DoesNotContain(reference, (await bot.Connector.WaitForMessagesAsync(listing + 1))[listing].CardText, StringComparison.Ordinal);
        }

        var audit = await AuditAsync(bot);
        Assert.Single(audit, a => a.Action == AuditActions.View && a.ActorAadObjectId == Staff.ChairOfGovernors);
        Assert.Single(audit, a => a.Action == AuditActions.Denied && a.ActorAadObjectId == Staff.HeadTeacher);
        Assert.Single(audit, a => a.Action == AuditActions.Routed && a.Details == $"handler={Staff.ChairOfGovernors};reason=first;delivered=yes");
        Assert.DoesNotContain(audit, a => a.Action == AuditActions.Routed && a.Details.Contains(Staff.HeadTeacher, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_handler_who_never_wrote_to_the_bot_is_reached_by_starting_their_chat_by_entra_id(string provider)
    {
        // The head teacher, first in order, has never written to the bot.
        await using var bot = await StartAsync(provider, Staff.Deputy, Reporter);
        var before = bot.Connector.Messages.Count;

        var (_, reference) = await ReportAsync(bot);

        await bot.Connector.WaitForMessagesAsync(before + 2);
        var created = Assert.Single(bot.Connector.Calls, c => c.Method == "POST" && c.Path.TrimEnd('/') == "/v3/conversations");
        var parameters = JsonNode.Parse(created.Body!)!;
        Assert.Equal(Staff.HeadTeacher, parameters["members"]![0]!["id"]!.GetValue<string>());
        Assert.Equal(BotTestHost.TenantId, parameters["tenantId"]!.GetValue<string>());
        Assert.Equal(BotTestHost.BotId, parameters["bot"]!["id"]!.GetValue<string>());
        Assert.Equal($"Concern {reference} awaits you", Assert.Single(SentTo(bot, Staff.HeadTeacher, before)).CardText);
        Assert.Empty(SentTo(bot, Staff.Deputy, before));
        Assert.Empty(SentTo(bot, Staff.ChairOfGovernors, before));

        Assert.Equal([$"handler={Staff.HeadTeacher};reason=first;delivered=yes"], (await AuditAsync(bot)).Where(a => a.Action == AuditActions.Routed).Select(a => a.Details));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_concern_nobody_opens_goes_to_the_next_handler_two_school_days_later_by_the_bots_own_schedule(string provider)
    {
        // Friday 6 March 2026, 15:00 (GMT). The running bot's escalation check, on its fake clock, does the rest.
        await using var bot = await BotTestHost.StartAsync(provider, Roles(), now: new DateTimeOffset(2026, 3, 6, 15, 0, 0, TimeSpan.Zero));
        foreach (var person in new[] { Staff.HeadTeacher, Staff.Deputy, Staff.ChairOfGovernors, Reporter })
        {
            var greeted = bot.Connector.Messages.Count;
            using var response = await bot.PostAsync(bot.Message("help", person));
            await bot.Connector.WaitForMessagesAsync(greeted + 1);
        }

        var before = bot.Connector.Messages.Count;
        var (id, reference) = await ReportAsync(bot);
        await bot.Connector.WaitForMessagesAsync(before + 2);
        Assert.Single(SentTo(bot, Staff.HeadTeacher, before));

        // Monday afternoon: one school day has passed, not two.
        bot.Time.Advance(TimeSpan.FromDays(3) + TimeSpan.FromMinutes(5));
        await Task.Delay(500);
        Assert.Empty(SentTo(bot, Staff.Deputy, before));

        // Tuesday 15:05: the next check passes it to the deputy.
        bot.Time.Advance(TimeSpan.FromDays(1));
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!SentTo(bot, Staff.Deputy, before).Any() && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        var notice = Assert.Single(SentTo(bot, Staff.Deputy, before));
        Assert.Contains($"Concern {reference} awaits you", notice.CardText, StringComparison.Ordinal);
        Assert.Contains("not opened within 2 school days", notice.CardText, StringComparison.Ordinal);
        Assert.Empty(SentTo(bot, Staff.ChairOfGovernors, before));
        var opened = await bot.InvokeAsync(bot.Execute(ConcernVerbs.Open, new JsonObject { [ConcernForm.ConcernId] = id.ToString() }, Staff.Deputy));
        Assert.Equal(200, opened["statusCode"]!.GetValue<int>());
        // The routing is audited just after the notice goes out, by the background check: wait for it, briefly.
        var escalated = $"handler={Staff.Deputy};reason=escalated;delivered=yes";
        var auditDeadline = DateTime.UtcNow.AddSeconds(10);
        while (!(await AuditAsync(bot)).Any(a => a.Action == AuditActions.Routed && a.Details == escalated) && DateTime.UtcNow < auditDeadline)
        {
            await Task.Delay(50);
        }

        Assert.Contains(await AuditAsync(bot), a => a.Action == AuditActions.Routed && a.Details == escalated);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_note_says_who_wrote_it_and_when_in_the_schools_time(string provider)
    {
        // 1 July 2026, 09:42 UTC is 10:42 in the school (British Summer Time).
        await using var bot = await BotTestHost.StartAsync(provider, Roles(), now: new DateTimeOffset(2026, 7, 1, 9, 42, 0, TimeSpan.Zero));
        using (await bot.PostAsync(bot.Message("help", Staff.HeadTeacher)))
        {
        }

        var (id, _) = await ReportAsync(bot);

        var card = await bot.InvokeAsync(bot.Execute(ConcernVerbs.AddNote, new JsonObject { [ConcernForm.ConcernId] = id.ToString(), [ConcernForm.Note] = "Phoned the parent" }, Staff.HeadTeacher));

        var text = card["value"]!.ToJsonString();
        Assert.Contains($"{Staff.NameOf(Staff.HeadTeacher)}, Wednesday 1 July 2026, 10:42", text, StringComparison.Ordinal);
        Assert.Contains("Received\",\"value\":\"Wednesday 1 July 2026, 10:42", text, StringComparison.Ordinal);
        Assert.Contains("Phoned the parent", text, StringComparison.Ordinal);
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
        await bot.InvokeAsync(bot.Execute(ConcernVerbs.SetStatus, new JsonObject { [ConcernForm.ConcernId] = id.ToString(), [ConcernForm.To] = ConcernStatus.Investigating }, Staff.HeadTeacher));
        var closed = await bot.InvokeAsync(bot.Execute(ConcernVerbs.SetStatus,
            new JsonObject { [ConcernForm.ConcernId] = id.ToString(), [ConcernForm.To] = ConcernStatus.Closed, [ConcernForm.Outcome] = ConcernOutcome.Informal }, Staff.HeadTeacher));
        Assert.Contains("closed (Informal action)", closed["value"]!.ToJsonString(), StringComparison.Ordinal);

        await bot.Connector.WaitForMessagesAsync(before + 3);
        await Task.Delay(200);
        var told = SentTo(bot, Reporter, before).Select(m => m.Activity!).ToList();
        Assert.Equal(
            [$"Your concern {reference} has been acknowledged.", $"Your concern {reference} is being investigated.", $"Your concern {reference} has been closed."],
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
        Assert.True((await WithServicesAsync(bot, s => s.GetRequiredService<ConcernAuditVerifier>().VerifyAsync(null, CancellationToken.None))).IsIntact);
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
        await bot.InvokeAsync(bot.Execute(ConcernVerbs.SetStatus, new JsonObject { [ConcernForm.ConcernId] = id.ToString(), [ConcernForm.To] = ConcernStatus.Acknowledged }, Staff.HeadTeacher));
        var intact = await WithServicesAsync(bot, s => s.GetRequiredService<ConcernAuditVerifier>().VerifyAsync(null, CancellationToken.None));
        Assert.True(intact.IsIntact);
        var statusEntry = (await AuditAsync(bot)).Single(a => a.Action == AuditActions.Status);

        await using (var db = bot.Database.Open())
        {
            // Someone with database access rewrites history: the status change now claims to have closed the concern.
            await db.Set<ConcernAuditEntry>().Where(a => a.Sequence == statusEntry.Sequence)
                .ExecuteUpdateAsync(s => s.SetProperty(a => a.Details, "from=received;to=closed"));
            var evidenceId = await db.Set<ConcernEvidence>().Where(e => e.ConcernId == id).Select(e => e.Id).SingleAsync();
            var evidence = await db.Set<ConcernEvidenceContent>().SingleAsync(e => e.Id == evidenceId);
            var content = evidence.Ciphertext.ToArray();
            content[^1] ^= 0x01;
            evidence.Ciphertext = content;
            await db.SaveChangesAsync();
        }

        var verification = await WithServicesAsync(bot, s => s.GetRequiredService<ConcernAuditVerifier>().VerifyAsync(null, CancellationToken.None));
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

        var record = Assert.Single((await WithServicesAsync(bot, s => s.GetRequiredService<ConcernAuditVerifier>().VerifyAsync(id, CancellationToken.None))).Records);
        Assert.False(record.Intact);
        Assert.StartsWith("The details of CON-", record.Problem, StringComparison.Ordinal);

        // A handler opening the altered record is told so plainly, and the attempt is on the trail.
        var opened = await bot.InvokeAsync(bot.Execute(ConcernVerbs.Open, new JsonObject { [ConcernForm.ConcernId] = id.ToString() }, Staff.HeadTeacher));
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
            new JsonObject { [ConcernForm.ConcernId] = id.ToString(), [ConcernForm.To] = ConcernStatus.Closed, [ConcernForm.Outcome] = ConcernOutcome.NoAction }, Staff.HeadTeacher));

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
        Assert.True((await WithServicesAsync(bot, s => s.GetRequiredService<ConcernAuditVerifier>().VerifyAsync(null, CancellationToken.None))).IsIntact);

        var handlerSees = await bot.InvokeAsync(bot.Execute(ConcernVerbs.Open, new JsonObject { [ConcernForm.ConcernId] = id.ToString() }, Staff.HeadTeacher));
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
}
