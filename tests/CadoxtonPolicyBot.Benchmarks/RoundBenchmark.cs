using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CadoxtonPolicyBot.Features.Acknowledgements;
using CadoxtonPolicyBot.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CadoxtonPolicyBot.Benchmarks;

/// <summary>
/// An acknowledgement round of N recipients (default 10,000) against ../shared/bench/teamslimits.py, a loopback
/// connector enforcing Teams' limits (30 RPS per tenant, 7/s per conversation, 429 + Retry-After) that also fails a
/// share of sends with 502/503. The bot runs as its own process (local mode, SQLite), is SIGKILLed mid-round,
/// restarted, and left to drain its outbox. Prints the duration against the rate floor, cards per recipient and
/// losses, and how many rows the kill left unconfirmed.
/// <para>
/// The recipients' 1:1 conversation references are seeded: they are staff who already have the app (the normal
/// case after the first year). Creating the chats instead would also work, but each create is a Bot Connector
/// request inside the same per-tenant budget (PROTOCOL.md §3.6, "limits apply to all bot APIs"), so the round
/// would take twice as long for a reason unrelated to the outbox, and teamslimits.py does not meter creates.
/// </para>
/// </summary>
internal static class RoundBenchmark
{
    private const string HeadTeacher = "0b0b0b0b-0000-4000-8000-00000000a001";
    private const string TeamId = "19:bench-staff@thread.tacv2";
    private const double Rps = 30;

    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        var count = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10_000;
        var killAfter = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 3_000;
        var work = Directory.CreateTempSubdirectory("cpb-round-").FullName;
        var database = new BenchDatabase(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(work, "bot.db")}");
        return await RunAsync(count, killAfter, work, database, twoInstances: false, output);
    }

    /// <summary>
    /// The same round with two bot processes on one PostgreSQL server (started here on 127.0.0.1), both draining the
    /// outbox and sharing the tenant budget; the first is SIGKILLed mid-round and not restarted: the second finishes.
    /// </summary>
    public static async Task<int> RunTwoInstancesAsync(string[] args, TextWriter output)
    {
        var count = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10_000;
        var killAfter = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 3_000;
        var work = Directory.CreateTempSubdirectory("cpb-round2-").FullName;
        using var server = BenchPostgres.Start(work);
        var database = new BenchDatabase(DatabaseProvider.Postgres, server.CreateDatabase("bench"));
        return await RunAsync(count, killAfter, work, database, twoInstances: true, output);
    }

    private static async Task<int> RunAsync(int count, int killAfter, string work, BenchDatabase database, bool twoInstances, TextWriter output)
    {
        var log = Path.Combine(work, "deliveries.jsonl");
        var connectorPort = FreePort();
        var botPort = FreePort();
        var otherPort = FreePort();
        var serviceUrl = $"http://127.0.0.1:{connectorPort}/";
        output.WriteLine($"round: {count} recipients, kill after {killAfter} cards; {(twoInstances ? "two bot processes on one PostgreSQL" : "one bot process on SQLite")}; work folder {work}");

        var roster = Enumerable.Range(1, count).Select(i => (object)new { id = TeamsId(i), aadObjectId = AadId(i), name = $"Staff {i:D5}" }).ToList();
        await File.WriteAllTextAsync(Path.Combine(work, "roster.json"), JsonSerializer.Serialize(roster));
        await SeedAsync(database, serviceUrl, count);
        await using var team = await RosterServer.StartAsync(roster);

        using var connector = StartConnector(work, connectorPort, log);
        Process? bot = null;
        Process? other = null;
        try
        {
            await WaitForConnectorAsync(serviceUrl);
            bot = StartBot(work, database, botPort, [serviceUrl, team.ServiceUrl.ToString()], "bot-1.log");
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{botPort}/"), Timeout = TimeSpan.FromMinutes(5) };
            await WaitForReadyAsync(http);
            if (twoInstances)
            {
                other = StartBot(work, database, otherPort, [serviceUrl, team.ServiceUrl.ToString()], "bot-b.log");
                using var otherHttp = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{otherPort}/") };
                await WaitForReadyAsync(otherHttp);
                output.WriteLine("second instance ready");
            }

            var clock = Stopwatch.StartNew();
            await LaunchAsync(http, team.ServiceUrl.ToString());
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"launched in {clock.Elapsed.TotalSeconds:F1} s"));

            while (LineCount(log) < killAfter)
            {
                ExitedUnexpectedly(bot);
                if (other is not null)
                {
                    ExitedUnexpectedly(other);
                }

                await Task.Delay(50);
            }

            bot.Kill(entireProcessTree: true);
            await bot.WaitForExitAsync();
            var killedAt = clock.Elapsed;
            var atKill = await StatesAsync(database);
            var inFlight = await SendingIdsAsync(database);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"SIGKILL at {killedAt.TotalSeconds:F1} s after {LineCount(log)} cards; outbox then: {Describe(atKill)}"));

            bot.Dispose();
            if (other is null)
            {
                bot = StartBot(work, database, botPort, [serviceUrl, team.ServiceUrl.ToString()], "bot-2.log");
                await WaitForReadyAsync(http);
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"restarted and ready in {(clock.Elapsed - killedAt).TotalSeconds:F1} s"));
            }
            else
            {
                // Not restarted: the other instance carries on alone, as after an App Service instance is lost.
                bot = other;
                other = null;
                output.WriteLine("the other instance carries on alone");
            }

            // Drained: nothing Pending, and nothing Sending except the rows the kill left mid-send.
            while (true)
            {
                var states = await StatesAsync(database);
                var sending = await SendingIdsAsync(database);
                if (states.GetValueOrDefault(nameof(DeliveryState.Pending)) == 0 && sending.All(inFlight.Contains))
                {
                    break;
                }

                ExitedUnexpectedly(bot);
                await Task.Delay(1000);
            }

            var drainedAt = clock.Elapsed;
            var final = await StatesAsync(database);
            var unconfirmed = await UnconfirmedConversationsAsync(database, inFlight);
            bot.Kill(entireProcessTree: true);
            await bot.WaitForExitAsync();

            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"drained at {drainedAt.TotalSeconds:F1} s; outbox: {Describe(final)}"));
            using (var stats = new HttpClient())
            {
                output.WriteLine("connector answers (ok, 429, injected 502/503): " + await stats.GetStringAsync(new Uri(new Uri(serviceUrl), "stats")));
            }

            Summarise(output, log, count, unconfirmed);
            output.WriteLine("teamslimits.py report:");
            output.WriteLine(await RunAsync("python3", [Script(), "report", log, "--expect", count.ToString(CultureInfo.InvariantCulture), "--rps", Rps.ToString(CultureInfo.InvariantCulture)]));
            return 0;
        }
        finally
        {
            foreach (var process in new[] { bot, other })
            {
                if (process is { HasExited: false })
                {
                    process.Kill(entireProcessTree: true);
                }

                process?.Dispose();
            }

            if (!connector.HasExited)
            {
                connector.Kill(entireProcessTree: true);
                await connector.WaitForExitAsync();
            }
        }
    }

    private static void Summarise(TextWriter output, string log, int count, List<string> unconfirmed)
    {
        var rows = File.ReadLines(log).Where(l => l.Length > 0).Select(l => JsonNode.Parse(l)!).ToList();
        var perConversation = rows.GroupBy(r => Uri.UnescapeDataString(r["conv"]!.GetValue<string>())).ToDictionary(g => g.Key, g => g.Count());
        var cards = Enumerable.Range(1, count).Select(i => perConversation.GetValueOrDefault(ConversationId(i))).ToList();
        var span = rows.Count > 1 ? rows[^1]["t"]!.GetValue<double>() - rows[0]["t"]!.GetValue<double>() : 0;
        var floor = (count - 1) / Rps;
        var histogram = string.Join(", ", cards.GroupBy(c => c).OrderBy(g => g.Key).Select(g => $"{g.Key} card(s): {g.Count()}"));
        var unconfirmedDelivered = unconfirmed.Count(perConversation.ContainsKey);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"duration {span:F1} s (first to last card) against a rate floor of {floor:F1} s ({count} cards at {Rps} per second): {span / floor:F3}x"));
        output.WriteLine($"cards per recipient: {histogram}; exactly one for all: {cards.All(c => c == 1)}");
        output.WriteLine($"lost (no card): {cards.Count(c => c == 0)}; duplicates: {cards.Where(c => c > 1).Sum(c => c - 1)}");
        // With two instances a row Sending at the kill may be the survivor's, which then records its answer as usual.
        output.WriteLine($"rows unconfirmed or sending at the kill (either instance): {unconfirmed.Count}, of which Teams had received {unconfirmedDelivered}");
    }

    // Only this program ends the bot; anything else (a crash, someone else's kill) makes the figures meaningless.
    private static void ExitedUnexpectedly(Process bot)
    {
        if (bot.HasExited)
        {
            throw new InvalidOperationException($"The bot exited on its own (code {bot.ExitCode}); see its log in the work folder.");
        }
    }

    private static string TeamsId(int i) => string.Create(CultureInfo.InvariantCulture, $"29:bench-{i:D5}");

    private static string AadId(int i) => string.Create(CultureInfo.InvariantCulture, $"0b0b0b0b-0000-4000-8000-{i:D12}");

    // What teamslimits.py answers for a created 1:1, so a seeded chat is the one Teams would have.
    private static string ConversationId(int i) => "a:1on1-" + TeamsId(i);

    private static async Task SeedAsync(BenchDatabase database, string serviceUrl, int count)
    {
        await using var db = database.Open();
        await db.Database.MigrateAsync();
        var now = DateTimeOffset.UtcNow;
        db.ConversationReferences.AddRange(Enumerable.Range(1, count).Select(i => new StoredConversationReference
        {
            ConversationId = ConversationId(i),
            ServiceUrl = serviceUrl,
            ConversationType = "personal",
            TenantId = "tenant-1",
            UserId = TeamsId(i),
            UserAadObjectId = AadId(i),
            BotId = "28:bot",
            BotName = "Policy Bot",
            ChannelId = "msteams",
            UpdatedAt = now,
        }));
        await db.SaveChangesAsync();
    }

    /// <summary>The bot's database in the benchmark: a SQLite file, or a database on the benchmark's PostgreSQL server.</summary>
    private sealed record BenchDatabase(string Provider, string ConnectionString)
    {
        public BotDbContext Open() => Provider == DatabaseProvider.Postgres
            ? new PostgresBotDbContext(new DbContextOptionsBuilder<PostgresBotDbContext>().UseNpgsql(ConnectionString).Options)
            : new SqliteBotDbContext(new DbContextOptionsBuilder<SqliteBotDbContext>().UseSqlite(ConnectionString + ";Pooling=False").Options);
    }

    private static async Task<Dictionary<string, int>> StatesAsync(BenchDatabase database)
    {
        await using var db = database.Open();
        return await db.Set<RoundRecipient>().GroupBy(r => r.State).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key.ToString(), g => g.Count);
    }

    private static async Task<HashSet<long>> SendingIdsAsync(BenchDatabase database)
    {
        await using var db = database.Open();
        return [.. await db.Set<RoundRecipient>().Where(r => r.State == DeliveryState.Sending).Select(r => r.Id).ToListAsync()];
    }

    private static async Task<List<string>> UnconfirmedConversationsAsync(BenchDatabase database, HashSet<long> inFlight)
    {
        await using var db = database.Open();
        return await db.Set<RoundRecipient>()
            .Where(r => r.State == DeliveryState.Unconfirmed || inFlight.Contains(r.Id))
            .Select(r => r.ConversationId!).ToListAsync();
    }

    private static string Describe(Dictionary<string, int> states) =>
        string.Join(", ", states.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => $"{s.Key} {s.Value}"));

    private static async Task LaunchAsync(HttpClient http, string serviceUrl)
    {
        var due = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(28).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var activity = new JsonObject
        {
            ["type"] = "invoke",
            ["name"] = "adaptiveCard/action",
            ["id"] = "launch-1",
            ["channelId"] = "msteams",
            ["serviceUrl"] = serviceUrl,
            ["from"] = new JsonObject { ["id"] = "29:head", ["name"] = "Head Teacher", ["aadObjectId"] = HeadTeacher },
            ["recipient"] = new JsonObject { ["id"] = "28:bot", ["name"] = "Policy Bot" },
            ["conversation"] = new JsonObject { ["id"] = "a:personal-head", ["conversationType"] = "personal", ["tenantId"] = "tenant-1" },
            ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = "tenant-1" } },
            ["value"] = new JsonObject
            {
                ["action"] = new JsonObject
                {
                    ["type"] = "Action.Execute",
                    ["verb"] = AcknowledgementCards.LaunchVerb,
                    ["data"] = new JsonObject { ["name"] = "Benchmark", ["dueDate"] = due, ["audience"] = "team:" + TeamId, ["check"] = "false" },
                },
                ["trigger"] = "manual",
            },
        };
        using var content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json");
        using var response = await http.PostAsync("api/messages", content);
        var answer = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != HttpStatusCode.OK || !answer.Contains("acknowledged", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"The launch was not accepted: {(int)response.StatusCode} {answer}");
        }
    }

    private static Process StartConnector(string work, int port, string log)
    {
        var info = new ProcessStartInfo("python3")
        {
            ArgumentList = { Script(), "serve", "--port", port.ToString(CultureInfo.InvariantCulture), "--rps", Rps.ToString(CultureInfo.InvariantCulture), "--fault", "0.02", "--log", log, "--roster", Path.Combine(work, "roster.json") },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var process = Process.Start(info) ?? throw new InvalidOperationException("python3 did not start.");
        // Its output (and the tracebacks of connections the SIGKILL reset) goes to a file in the work folder.
        var writer = new StreamWriter(Path.Combine(work, "teamslimits.log")) { AutoFlush = true };
        var gate = new Lock();
        void Write(string? line)
        {
            if (line is not null)
            {
                lock (gate)
                {
                    writer.WriteLine(line);
                }
            }
        }

        process.OutputDataReceived += (_, e) => Write(e.Data);
        process.ErrorDataReceived += (_, e) => Write(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static Process StartBot(string work, BenchDatabase database, int port, string[] serviceUrls, string logName)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "CadoxtonPolicyBot.dll");
        var info = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { dll },
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // Local mode (no MicrosoftAppId): loopback only, no tokens either way.
        var environment = info.Environment;
        foreach (var key in environment.Keys.Where(k => k.StartsWith("MicrosoftApp", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            environment.Remove(key);
        }

        environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        // Local mode outside Development must be asked for: this is a benchmark on one machine.
        environment["BotProtocol__AllowLocalModeOutsideDevelopment"] = "true";
        environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        environment["Persistence__Provider"] = database.Provider;
        environment["ConnectionStrings__Bot"] = database.ConnectionString;
        environment["Roles__HeadTeacherIds__0"] = HeadTeacher;
        for (var i = 0; i < serviceUrls.Length; i++)
        {
            environment[$"BotProtocol__AllowedServiceUrls__{i}"] = serviceUrls[i];
        }

        environment["Acknowledgements__TenantRequestsPerSecond"] = Rps.ToString(CultureInfo.InvariantCulture);
        // Rows leased (not yet sending) when the process died become due again after this; the shortest allowed.
        environment["Acknowledgements__SendingLease"] = "00:00:30";
        environment["Logging__LogLevel__Default"] = "Warning";
        var process = Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start.");
        var writer = new StreamWriter(Path.Combine(work, logName)) { AutoFlush = true };
        var gate = new Lock();
        void Write(string? line)
        {
            if (line is not null)
            {
                lock (gate)
                {
                    writer.WriteLine(line);
                }
            }
        }

        process.OutputDataReceived += (_, e) => Write(e.Data);
        process.ErrorDataReceived += (_, e) => Write(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task WaitForConnectorAsync(string serviceUrl)
    {
        using var http = new HttpClient();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            try
            {
                using var response = await http.GetAsync(new Uri(new Uri(serviceUrl), "stats"));
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException) when (DateTime.UtcNow < deadline)
            {
            }

            await Task.Delay(100);
        }
    }

    private static async Task WaitForReadyAsync(HttpClient http)
    {
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (true)
        {
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

            await Task.Delay(50);
        }
    }

    private static int LineCount(string path)
    {
        if (!File.Exists(path))
        {
            return 0;
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        var buffer = new byte[64 * 1024];
        var lines = 0;
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            lines += buffer.AsSpan(0, read).Count((byte)'\n');
        }

        return lines;
    }

    private static async Task<string> RunAsync(string file, IEnumerable<string> arguments)
    {
        var info = new ProcessStartInfo(file) { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException($"{file} did not start.");
        var text = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return text.TrimEnd();
    }

    private static string Script()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "bench", "teamslimits.py");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("../shared/bench/teamslimits.py was not found above the benchmark.");
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
