using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CadoxtonPolicyBot.Benchmarks;

/// <summary>
/// The review's memory probe: a reporter sends N files of S MiB to one concern (default forty of 9 MiB, as the review
/// did), a handler opens the concern twenty times, moves it, adds a note and exports the case bundle to an upload
/// session. The bot runs as its own process (local mode, SQLite); its peak working set (VmHWM) is printed, with the
/// evidence the caps let in and the time each Open took. `evidence 40 2.5` fills a concern exactly to its caps.
/// </summary>
internal static class EvidenceMemoryBenchmark
{
    private const string HeadTeacher = "0b0b0b0b-0000-4000-8000-00000000a001";
    private const string Reporter = "0b0b0b0b-0000-4000-8000-00000000b001";

    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        var count = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 40;
        var mebibytes = args.Length > 1 ? double.Parse(args[1], CultureInfo.InvariantCulture) : 9;
        var size = (int)(mebibytes * 1024 * 1024);
        var work = Directory.CreateTempSubdirectory("cpb-evidence-").FullName;
        var database = Path.Combine(work, "bot.db");
        await using var connector = await LoopbackConnector.StartAsync();
        await using var files = await FileHost.StartAsync(size);
        var botPort = FreePort();
        using var bot = StartBot(work, database, botPort);
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{botPort}/"), Timeout = TimeSpan.FromMinutes(5) };
            await WaitForReadyAsync(http, bot);
            var serviceUrl = connector.ServiceUrl.ToString();
            var baseline = PeakWorkingSet(bot);

            await PostAsync(http, Message(serviceUrl, HeadTeacher, "hi"));
            await PostAsync(http, Message(serviceUrl, Reporter, "report a concern"));
            var form = await PostAsync(http, Invoke(serviceUrl, Reporter, "concern.consent.continue", []));
            var token = form["value"]!["actions"]!.AsArray().Select(a => a!["data"]?["formToken"]?.GetValue<string>()).First(t => t is not null)!;
            var prompt = await PostAsync(http, Invoke(serviceUrl, Reporter, "concern.submit", new JsonObject
            {
                ["formToken"] = token, ["whatHappened"] = "Benchmark concern", ["platform"] = "Facebook", ["concernsWhom"] = "school",
            }));
            var concernId = prompt["value"]!["actions"]![0]!["data"]!["concernId"]!.GetValue<string>();

            // Opens with no evidence yet, to compare: an Open must not cost more because the concern holds files.
            var emptyOpens = await OpenRepeatedlyAsync(http, serviceUrl, concernId);

            var clock = Stopwatch.StartNew();
            for (var sent = 0; sent < count; sent += 4)
            {
                var attachments = new JsonArray();
                for (var i = sent; i < Math.Min(count, sent + 4); i++)
                {
                    attachments.Add(new JsonObject
                    {
                        ["contentType"] = "application/vnd.microsoft.teams.file.download.info",
                        ["name"] = $"screenshot-{i + 1}.png",
                        ["content"] = new JsonObject { ["downloadUrl"] = new Uri(files.BaseUrl, $"f/{i}").ToString() },
                    });
                }

                var message = Message(serviceUrl, Reporter, string.Empty);
                message["attachments"] = attachments;
                await PostAsync(http, message);
            }

            var uploaded = clock.Elapsed;
            var afterUpload = PeakWorkingSet(bot);
            var opens = await OpenRepeatedlyAsync(http, serviceUrl, concernId);

            await PostAsync(http, Invoke(serviceUrl, HeadTeacher, "concern.status", new JsonObject { ["concernId"] = concernId, ["to"] = "acknowledged" }));
            await PostAsync(http, Invoke(serviceUrl, HeadTeacher, "concern.note", new JsonObject { ["concernId"] = concernId, ["note"] = "Looked at the screenshots" }));
            await PostAsync(http, Invoke(serviceUrl, HeadTeacher, "concern.export", new JsonObject { ["concernId"] = concernId }));
            var exportClock = Stopwatch.StartNew();
            var consent = Invoke(serviceUrl, HeadTeacher, string.Empty, []);
            consent["name"] = "fileConsent/invoke";
            consent["value"] = new JsonObject
            {
                ["type"] = "fileUpload",
                ["action"] = "accept",
                ["context"] = new JsonObject { ["context"] = $"concern-bundle:{concernId}" },
                ["uploadInfo"] = new JsonObject { ["uploadUrl"] = new Uri(files.BaseUrl, "upload").ToString(), ["name"] = "bundle.zip" },
            };
            await PostAsync(http, consent);
            var exported = exportClock.Elapsed;

            var (stored, bytes) = await EvidenceAsync(database);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"evidence: {count} files of {mebibytes} MiB sent in {uploaded.TotalSeconds:F1} s; kept {stored} files, {bytes / 1048576d:F1} MiB (caps: 10 files, 25 MiB)"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"open x20: median {Median(opens):F1} ms, max {opens.Max():F1} ms (with no evidence: median {Median(emptyOpens):F1} ms); case bundle of {files.UploadedBytes / 1048576d:F1} MiB streamed in {exported.TotalSeconds:F1} s"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"bot peak working set (VmHWM): {baseline / 1048576d:F0} MiB ready, {afterUpload / 1048576d:F0} MiB after the files, {PeakWorkingSet(bot) / 1048576d:F0} MiB at the end"));
            return 0;
        }
        finally
        {
            if (!bot.HasExited)
            {
                bot.Kill(entireProcessTree: true);
                await bot.WaitForExitAsync();
            }

            Directory.Delete(work, recursive: true);
        }
    }

    private static async Task<List<double>> OpenRepeatedlyAsync(HttpClient http, string serviceUrl, string concernId)
    {
        var opens = new List<double>();
        for (var i = 0; i < 20; i++)
        {
            var watch = Stopwatch.StartNew();
            var opened = await PostAsync(http, Invoke(serviceUrl, HeadTeacher, "concern.open", new JsonObject { ["concernId"] = concernId }));
            opens.Add(watch.Elapsed.TotalMilliseconds);
            if (opened["statusCode"]?.GetValue<int>() != 200)
            {
                throw new InvalidOperationException("Open was refused: " + opened.ToJsonString());
            }
        }

        return opens;
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

    /// <summary>The process's peak resident set size, from /proc (Linux).</summary>
    private static long PeakWorkingSet(Process process)
    {
        foreach (var line in File.ReadLines($"/proc/{process.Id}/status"))
        {
            if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
            {
                return long.Parse(line[6..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
            }
        }

        process.Refresh();
        return process.PeakWorkingSet64;
    }

    private static async Task<(int Files, long Bytes)> EvidenceAsync(string database)
    {
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={database};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*), COALESCE(SUM(SizeBytes), 0) FROM concern_evidence";
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetInt32(0), reader.GetInt64(1));
    }

    private static JsonObject Message(string serviceUrl, string from, string text) => new()
    {
        ["type"] = "message",
        ["id"] = Guid.NewGuid().ToString("N"),
        ["channelId"] = "msteams",
        ["serviceUrl"] = serviceUrl,
        ["text"] = text,
        ["from"] = new JsonObject { ["id"] = "29:" + from, ["name"] = from == HeadTeacher ? "Head Teacher" : "Reporter", ["aadObjectId"] = from },
        ["recipient"] = new JsonObject { ["id"] = "28:bot", ["name"] = "Policy Bot" },
        ["conversation"] = new JsonObject { ["id"] = "a:personal-" + from, ["conversationType"] = "personal", ["tenantId"] = "tenant-1" },
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = "tenant-1" } },
    };

    private static JsonObject Invoke(string serviceUrl, string from, string verb, JsonObject data)
    {
        var activity = Message(serviceUrl, from, string.Empty);
        activity["type"] = "invoke";
        activity["name"] = "adaptiveCard/action";
        activity["replyToId"] = "card-1";
        activity["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data }, ["trigger"] = "manual" };
        return activity;
    }

    private static async Task<JsonNode> PostAsync(HttpClient http, JsonObject activity)
    {
        using var content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json");
        using var response = await http.PostAsync("api/messages", content);
        var body = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"The bot answered {(int)response.StatusCode}: {body}");
        }

        return body.Length == 0 ? new JsonObject() : JsonNode.Parse(body)!;
    }

    private static Process StartBot(string work, string database, int port)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { Path.Combine(AppContext.BaseDirectory, "CadoxtonPolicyBot.dll") },
            WorkingDirectory = work,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var environment = info.Environment;
        foreach (var key in environment.Keys.Where(k => k.StartsWith("MicrosoftApp", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            environment.Remove(key);
        }

        environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        environment["ASPNETCORE_CONTENTROOT"] = work;
        environment["Persistence__Provider"] = "Sqlite";
        environment["ConnectionStrings__Bot"] = $"Data Source={database}";
        environment["Concerns__EncryptionKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        environment["DataProtection__KeyEncryptionKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        environment["Roles__HeadTeacherIds__0"] = HeadTeacher;
        environment["Roles__ConcernHandlers__0__AadObjectId"] = HeadTeacher;
        environment["Roles__ConcernHandlers__0__Role"] = "HeadTeacher";
        environment["Logging__LogLevel__Default"] = "Warning";
        var process = Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start.");
        var log = new StreamWriter(Path.Combine(work, "bot.log")) { AutoFlush = true };
        var gate = new Lock();
        void Write(string? line)
        {
            if (line is not null)
            {
                lock (gate)
                {
                    log.WriteLine(line);
                }
            }
        }

        process.OutputDataReceived += (_, e) => Write(e.Data);
        process.ErrorDataReceived += (_, e) => Write(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task WaitForReadyAsync(HttpClient http, Process bot)
    {
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (true)
        {
            if (bot.HasExited)
            {
                throw new InvalidOperationException($"The bot exited with code {bot.ExitCode}.");
            }

            try
            {
                using var response = await http.GetAsync("readyz");
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException) when (DateTime.UtcNow < deadline)
            {
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("The bot did not become ready.");
            }

            await Task.Delay(100);
        }
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>SharePoint's side on 127.0.0.1: every /f/{n} is a different picture of the given size; PUT /upload is the OneDrive upload session.</summary>
    private sealed class FileHost : IAsyncDisposable
    {
        private readonly WebApplication _app;
        private long _uploaded;

        private FileHost(WebApplication app) => _app = app;

        public Uri BaseUrl { get; private set; } = null!;

        public long UploadedBytes => Interlocked.Read(ref _uploaded);

        public static async Task<FileHost> StartAsync(int size)
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.Logging.ClearProviders();
            builder.WebHost.ConfigureKestrel(k =>
            {
                k.Listen(IPAddress.Loopback, 0);
                k.Limits.MaxRequestBodySize = null;
            });
            var app = builder.Build();
            var host = new FileHost(app);
            app.MapGet("/f/{n:int}", async (int n, HttpContext http) =>
            {
                // A PNG signature, then bytes that differ per file (so nothing is shared or compressed away).
                var bytes = new byte[size];
                new Random(n).NextBytes(bytes);
                ((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]).CopyTo(bytes);
                http.Response.ContentType = "image/png";
                http.Response.ContentLength = bytes.Length;
                await http.Response.Body.WriteAsync(bytes);
            });
            app.MapPut("/upload", async (HttpContext http) =>
            {
                var buffer = new byte[81920];
                int read;
                while ((read = await http.Request.Body.ReadAsync(buffer)) > 0)
                {
                    Interlocked.Add(ref host._uploaded, read);
                }

                http.Response.StatusCode = StatusCodes.Status201Created;
            });
            await app.StartAsync();
            host.BaseUrl = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/");
            return host;
        }

        public async ValueTask DisposeAsync()
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }
}
