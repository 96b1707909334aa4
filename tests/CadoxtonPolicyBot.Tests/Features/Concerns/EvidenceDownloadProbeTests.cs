using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using CadoxtonPolicyBot.Features.Concerns;
using CadoxtonPolicyBot.Infrastructure.Persistence;
using CadoxtonPolicyBot.Protocol;
using CadoxtonPolicyBot.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CadoxtonPolicyBot.Tests.Features.Concerns;

/// <summary>
/// The security review's probes of evidence files, through POST /api/messages, kept as tests: the bot must fetch
/// files only from where Teams keeps them, check the address it connects to, follow no redirect, try once, send its
/// token only to the connector's attachment path, stay on this machine in local mode, and tell the reporter nothing
/// about a URL it refused.
/// </summary>
public sealed class EvidenceDownloadProbeTests
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13];

    /// <summary>Counts requests that reach the bot's own endpoints, by path.</summary>
    private sealed class OwnRequests : IStartupFilter
    {
        private readonly System.Collections.Concurrent.ConcurrentQueue<string> _paths = new();

        public IReadOnlyList<string> Paths => [.. _paths];

        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (http, inner) =>
            {
                _paths.Enqueue(http.Request.Path.Value ?? "/");
                await inner(http);
            });
            next(app);
        };
    }

    private static Attachment FileLink(string downloadUrl, string name = "post.pdf") => new()
    {
        ContentType = AttachmentContentTypes.FileDownloadInfo,
        Name = name,
        Content = new JsonObject { ["downloadUrl"] = downloadUrl, ["uniqueId"] = "1A2B", ["fileType"] = "pdf" },
    };

    private static Attachment Picture(string url, string? name = null) => new() { ContentType = "image/png", ContentUrl = url, Name = name };

    private static async Task<string> SendAsync(BotTestHost bot, string reporter, bool anonymous, params Attachment[] attachments)
    {
        var before = bot.Connector.Messages.Count;
        var message = ConcernHttpTests.WithAttachments(bot.Message(string.Empty, reporter), attachments);
        using (var response = anonymous ? await bot.PostAnonymouslyAsync(message) : await bot.PostAsync(message))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        return (await bot.Connector.WaitForMessagesAsync(before + 1))[before].Activity!.Text!;
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Files_from_anywhere_but_where_Teams_keeps_them_are_refused_before_any_request(string provider)
    {
        var own = new OwnRequests();
        await using var bot = await BotTestHost.StartAsync(provider, ConcernHttpTests.Roles(), services => services.AddSingleton<IStartupFilter>(own));
        await using var internalService = await EvidenceFileServer.StartAsync();
        await using var redirector = await EvidenceFileServer.StartAsync();
        var secret = internalService.Serve("secret", Encoding.UTF8.GetBytes("internal service's answer"));
        var redirect = redirector.Redirect("go", secret);
        var (_, reference) = await ConcernHttpTests.ReportAsync(bot);
        var botPort = bot.BaseAddress.Port;
        var connector = bot.Connector.ServiceUrl;
        var ownBefore = own.Paths.Count;

        var reply = await SendAsync(bot, Staff.Alex, anonymous: false,
            FileLink($"http://127.0.0.1:{botPort}/readyz"),                                  // the bot's own readiness page
            FileLink($"https://127.0.0.1:{botPort}/readyz"),
            FileLink(redirect.ToString()),                                                   // a redirect to an internal service
            FileLink($"https://cadoxton.sharepoint.com.attacker.example/f"),                 // a look-alike host
            FileLink($"https://cadoxton.sharepoint.com@127.0.0.1:{internalService.Port}/secret"),
            FileLink($"https://cadoxton.sharepoint.com:{internalService.Port}/secret"),     // a file host on another port
            Picture(new Uri(connector, "v3/conversations/a:personal-x/members").ToString()), // the connector host, any other path
            Picture(new Uri(connector, "v3/attachments/x/views/original").ToString() + "/../../../conversations"),
            Picture($"http://127.0.0.1:{internalService.Port}/v3/attachments/x/views/original")); // the attachment path on another host

        var lines = reply.Split('\n');
        Assert.Equal(9, lines.Count(l => l.EndsWith("is not a file sent through Teams, so I did not fetch it. Attach the file or paste the picture in this chat.", StringComparison.Ordinal)));
        Assert.DoesNotContain("SHA-256", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("internal service", reply, StringComparison.Ordinal);
        Assert.Equal(0, internalService.Connections);
        Assert.Equal(0, redirector.Connections);
        Assert.DoesNotContain(bot.Connector.Calls, c => c.Method == "GET");
        Assert.DoesNotContain(own.Paths.Skip(ownBefore), p => p == "/readyz");

        await using var db = bot.Database.Open();
        Assert.False(await db.Set<ConcernEvidence>().AnyAsync());
        var rejected = (await ConcernHttpTests.AuditAsync(bot)).Where(a => a.Action == AuditActions.Rejected && a.ConcernReference == reference).ToList();
        Assert.Equal(9, rejected.Count(a => a.Details == "reason=not_a_teams_file"));
    }

    [Fact]
    public async Task A_file_host_name_that_resolves_to_an_internal_address_is_refused_at_connect_time()
    {
        await using var bot = await BotTestHost.StartAsync(DatabaseProvider.Sqlite, ConcernHttpTests.Roles());
        await using var target = await EvidenceFileServer.StartAsync();
        target.Serve("f", Png);
        var client = bot.Services.GetRequiredService<GuardedFileClient>();

        // "localhost" is a name: it is resolved, and the address it resolves to is what is refused. Literal and
        // IPv4-in-IPv6 forms are refused the same way. Nothing connects.
        foreach (var url in new[] { $"https://localhost:{target.Port}/f", $"http://localhost:{target.Port}/f", $"http://127.0.0.1:{target.Port}/f", $"http://[::ffff:127.0.0.1]:{target.Port}/f" })
        {
            var transfer = await client.DownloadAsync(new Uri(url), 1024, CancellationToken.None);
            Assert.Equal(FileTransferOutcome.Failed, transfer.Outcome);
            Assert.Null(transfer.Bytes);
        }

        Assert.Equal(0, target.Connections);
    }

    [Fact]
    public async Task In_local_mode_the_same_client_connects_to_this_machine_and_nowhere_else()
    {
        await using var bot = await LocalModeBot.StartAsync(DatabaseProvider.Sqlite);
        await using var target = await EvidenceFileServer.StartAsync();
        target.Serve("f", Png);
        var client = bot.Services.GetRequiredService<GuardedFileClient>();

        var local = await client.DownloadAsync(new Uri($"http://localhost:{target.Port}/f"), 1024, CancellationToken.None);
        var remote = await client.DownloadAsync(new Uri("http://192.0.2.10/f"), 1024, CancellationToken.None);

        Assert.Equal(FileTransferOutcome.Done, local.Outcome);
        Assert.Equal(Png, local.Bytes);
        Assert.Equal(FileTransferOutcome.Failed, remote.Outcome);
        Assert.Equal(1, target.Connections);
    }

    [Fact]
    public async Task In_local_mode_files_come_from_this_machine_only_once_each_and_a_redirect_is_not_followed()
    {
        await using var bot = await LocalModeBot.StartAsync(DatabaseProvider.Sqlite);
        await using var files = await EvidenceFileServer.StartAsync();
        await using var internalService = await EvidenceFileServer.StartAsync();
        var secret = internalService.Serve("secret", Encoding.UTF8.GetBytes("internal service's answer"));
        var post = files.Serve("post.pdf", Encoding.ASCII.GetBytes("%PDF-1.7\nthe saved post"));
        var redirect = files.Redirect("go", secret);
        var failing = files.Answer("busy", 503);
        await LocalModeBot.ReportAsync(bot, Staff.Alex);

        var reply = await SendAsync(bot, Staff.Alex, anonymous: true,
            FileLink(post.ToString()),
            FileLink("https://example.com/post.pdf", "remote.pdf"),          // off the machine
            FileLink("http://10.1.2.3/post.pdf", "private.pdf"),             // off the machine, on the private network
            FileLink(redirect.ToString(), "redirected.pdf"),
            FileLink(failing.ToString(), "busy.pdf"));

        var lines = reply.Split('\n');
        Assert.StartsWith("Stored \"post.pdf\" as evidence file 1: PDF document", lines[0], StringComparison.Ordinal);
        Assert.Equal("\"remote.pdf\" is not a file sent through Teams, so I did not fetch it. Attach the file or paste the picture in this chat.", lines[1]);
        Assert.StartsWith("\"private.pdf\" is not a file sent through Teams", lines[2], StringComparison.Ordinal);
        Assert.Equal("I couldn't download \"redirected.pdf\", so it was not stored. Please send it again.", lines[3]);
        Assert.Equal("I couldn't download \"busy.pdf\", so it was not stored. Please send it again.", lines[4]);
        Assert.Equal(0, internalService.Connections);
        Assert.Single(files.Requests, r => r.Path == "/go");
        Assert.Single(files.Requests, r => r.Path == "/busy");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_pasted_picture_is_fetched_once_even_when_the_connector_fails(string provider)
    {
        await using var bot = await BotTestHost.StartAsync(provider, ConcernHttpTests.Roles());
        await ConcernHttpTests.ReportAsync(bot);
        var url = bot.Connector.AddAttachment("flaky", Png);
        bot.Connector.EnqueueFailure(503);

        var reply = await SendAsync(bot, Staff.Alex, anonymous: false, Picture(url.ToString()));

        Assert.StartsWith("I couldn't download your picture, so it was not stored.", reply, StringComparison.Ordinal);
        Assert.Single(bot.Connector.Calls, c => c.Method == "GET" && c.Path.StartsWith("/v3/attachments/", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_pasted_picture_whose_connector_answers_with_a_redirect_is_not_followed_and_the_reporter_is_told_why(string provider)
    {
        await using var bot = await BotTestHost.StartAsync(provider, ConcernHttpTests.Roles());
        await using var elsewhere = await EvidenceFileServer.StartAsync();
        var (_, reference) = await ConcernHttpTests.ReportAsync(bot);
        var url = bot.Connector.AddRedirectingAttachment("moved", elsewhere.Serve("picture", Png));

        var reply = await SendAsync(bot, Staff.Alex, anonymous: false, Picture(url.ToString()));

        Assert.StartsWith(
            "Your picture was sent on from where Teams keeps it to another address, which I never follow, so it was not fetched or stored. Attach it as a file in this chat instead.",
            reply, StringComparison.Ordinal);
        // The token-bearing request went to the connector's attachment path once; nothing reached the redirect's target.
        var get = Assert.Single(bot.Connector.Calls, c => c.Method == "GET");
        Assert.Equal(302, get.Status);
        Assert.StartsWith("Bearer ", get.Authorization, StringComparison.Ordinal);
        Assert.Equal(0, elsewhere.Connections);
        await using var db = bot.Database.Open();
        Assert.False(await db.Set<ConcernEvidence>().AnyAsync());
        Assert.Contains(await ConcernHttpTests.AuditAsync(bot), a => a.Action == AuditActions.Rejected && a.ConcernReference == reference && a.Details == "reason=redirected");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_concern_holds_at_most_the_set_number_of_files_and_bytes_and_the_reporter_is_told_the_limits(string provider)
    {
        await using var bot = await BotTestHost.StartAsync(provider, new Dictionary<string, string?>(ConcernHttpTests.Roles())
        {
            ["Concerns:MaxEvidenceFiles"] = "3",
            ["Concerns:MaxEvidenceTotalBytes"] = "2048",
        });
        var before = bot.Connector.Messages.Count;
        await bot.PostAsync(bot.Message("report a concern", Staff.Alex));
        await bot.Connector.WaitForMessagesAsync(before + 1);
        var form = await bot.InvokeAsync(bot.Execute(ConcernVerbs.Continue, [], Staff.Alex));
        var token = form["value"]!["actions"]!.AsArray().Select(a => a!["data"]?[ConcernForm.Token]?.GetValue<string>()).First(t => t is not null)!;
        var prompt = await bot.InvokeAsync(bot.Execute(ConcernVerbs.Submit, new JsonObject
        {
            [ConcernForm.Token] = token, [ConcernForm.WhatHappened] = "A post", [ConcernForm.Platform] = "Facebook", [ConcernForm.ConcernsWhom] = "school",
        }, Staff.Alex));
        Assert.Contains("Up to 3 files, 1 MB each and 2 KB in all.", prompt.ToJsonString(), StringComparison.Ordinal);
        var reference = prompt["value"]!["body"]![0]!["text"]!.GetValue<string>()["Your concern is recorded as ".Length..].TrimEnd('.');

        byte[] Picture(int size) => [.. Png, .. new byte[size - Png.Length]];
        var first = await SendAsync(bot, Staff.Alex, false, EvidenceDownloadProbeTests.Picture(bot.Connector.AddAttachment("a", Picture(900)).ToString()));
        var second = await SendAsync(bot, Staff.Alex, false, EvidenceDownloadProbeTests.Picture(bot.Connector.AddAttachment("b", Picture(900)).ToString()));
        var tooMuch = await SendAsync(bot, Staff.Alex, false, EvidenceDownloadProbeTests.Picture(bot.Connector.AddAttachment("c", Picture(900)).ToString()));
        var small = await SendAsync(bot, Staff.Alex, false, EvidenceDownloadProbeTests.Picture(bot.Connector.AddAttachment("d", Picture(100)).ToString()));
        var fourth = await SendAsync(bot, Staff.Alex, false, EvidenceDownloadProbeTests.Picture(bot.Connector.AddAttachment("e", Picture(20)).ToString()));

        Assert.StartsWith("Stored your picture as evidence file 1", first, StringComparison.Ordinal);
        Assert.StartsWith("Stored your picture as evidence file 2", second, StringComparison.Ordinal);
        Assert.StartsWith($"Your picture would take concern {reference} past 2 KB of evidence in all (248 bytes left), so it was not stored.", tooMuch, StringComparison.Ordinal);
        Assert.StartsWith("Stored your picture as evidence file 3: PNG picture, 100 bytes", small, StringComparison.Ordinal);
        Assert.Contains("That is 3 files, the most one concern can hold.", small, StringComparison.Ordinal);
        Assert.StartsWith($"Your picture was not stored: concern {reference} already has 3 files, the most one concern can hold.", fourth, StringComparison.Ordinal);
        // At the file limit nothing more is even downloaded.
        Assert.DoesNotContain(bot.Connector.Calls, c => c.Path.Contains("/e/", StringComparison.Ordinal));
        await using var db = bot.Database.Open();
        Assert.Equal(3, await db.Set<ConcernEvidence>().CountAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_case_bundle_names_files_by_number_and_real_type_and_keeps_the_senders_names_only_escaped(string provider)
    {
        await using var bot = await LocalModeBot.StartAsync(provider);
        await using var files = await EvidenceFileServer.StartAsync();
        using (await bot.PostAnonymouslyAsync(bot.Message("hi", Staff.HeadTeacher)))
        {
        }

        var (id, _) = await LocalModeBot.ReportAsync(bot, Staff.Alex);
        var rlo = "holiday\u202Egpj.exe";
        var reply = await SendAsync(bot, Staff.Alex, anonymous: true,
            FileLink(files.Serve("1", Encoding.UTF8.GetBytes("alert(document.cookie); // payload.js")).ToString(), "payload.js"),
            FileLink(files.Serve("2", Encoding.UTF8.GetBytes("<html><script>new ActiveXObject('WScript.Shell').Run('calc')</script></html>")).ToString(), "report.hta"),
            FileLink(files.Serve("3", [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xFF, 0xFF]).ToString(), "setup.exe"),
            FileLink(files.Serve("4", Png).ToString(), rlo));

        Assert.Contains("Stored \"payload.js\" as evidence file 1: text file", reply, StringComparison.Ordinal);
        Assert.Contains("Stored \"report.hta\" as evidence file 2: text file", reply, StringComparison.Ordinal);
        Assert.Contains("\"setup.exe\" is not one of the kinds of file I keep as evidence", reply, StringComparison.Ordinal);
        Assert.Contains("Stored \"holiday<U+202E>gpj.exe\" as evidence file 3: PNG picture", reply, StringComparison.Ordinal);
        Assert.DoesNotContain('\u202E', reply);

        var opened = await bot.InvokeAnonymouslyAsync(bot.Execute(ConcernVerbs.Open, new JsonObject { [ConcernForm.ConcernId] = id.ToString() }, Staff.HeadTeacher));
        var card = opened["value"]!.ToJsonString();
        Assert.Contains("evidence-03.png: PNG picture", card, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u202E", card, StringComparison.OrdinalIgnoreCase);

        var offered = bot.Connector.Messages.Count;
        await bot.InvokeAnonymouslyAsync(bot.Execute(ConcernVerbs.Export, new JsonObject { [ConcernForm.ConcernId] = id.ToString() }, Staff.HeadTeacher));
        await bot.Connector.WaitForMessagesAsync(offered + 1);
        using (var consent = await bot.PostAnonymouslyAsync(ConsentAccepted(bot, id, files.UploadSession("upload"))))
        {
            Assert.Equal(HttpStatusCode.OK, consent.StatusCode);
        }

        var put = Assert.Single(files.Requests, r => r.Method == "PUT");
        using var zip = new ZipArchive(new MemoryStream(put.Body));
        Assert.Equal(["audit.json", "evidence/evidence-01.txt", "evidence/evidence-02.txt", "evidence/evidence-03.png", "record.json", "verification.json"],
            zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));
        Assert.All(zip.Entries, e => Assert.DoesNotContain('\u202E', e.FullName));
        using var record = JsonDocumentFrom(zip, "record.json");
        var manifest = record.RootElement.GetProperty("evidence").EnumerateArray().Select(e => (e.GetProperty("file").GetString(), e.GetProperty("sentAs").GetString())).ToList();
        Assert.Equal(
            [("evidence/evidence-01.txt", "payload.js"), ("evidence/evidence-02.txt", "report.hta"), ("evidence/evidence-03.png", "holiday<U+202E>gpj.exe")],
            manifest);
        Assert.DoesNotContain("\u202E", Encoding.UTF8.GetString(put.Body), StringComparison.Ordinal);
    }

    private static System.Text.Json.JsonDocument JsonDocumentFrom(ZipArchive zip, string name)
    {
        using var stream = zip.GetEntry(name)!.Open();
        return System.Text.Json.JsonDocument.Parse(stream);
    }

    private static Activity ConsentAccepted(BotTestHost bot, Guid id, Uri uploadUrl)
    {
        var activity = bot.Message(string.Empty, Staff.HeadTeacher);
        activity.Type = ActivityTypes.Invoke;
        activity.Name = "fileConsent/invoke";
        activity.Text = null;
        activity.ReplyToId = "consent-card";
        activity.Value = new JsonObject
        {
            ["type"] = "fileUpload",
            ["action"] = "accept",
            ["context"] = new JsonObject { ["context"] = $"concern-bundle:{id}" },
            ["uploadInfo"] = new JsonObject { ["contentUrl"] = "https://contoso-my.sharepoint.com/b.zip", ["name"] = "b.zip", ["uploadUrl"] = uploadUrl.ToString(), ["uniqueId"] = "u", ["fileType"] = "zip" },
        };
        return activity;
    }
}
