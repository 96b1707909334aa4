using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CadoxtonPolicyBot.Benchmarks;

/// <summary>
/// Full turns through POST /api/messages: the bot on real Kestrel (local mode, SQLite), N clients posting a Teams
/// personal-chat message, the bot replying to a loopback connector. Prints turns/s and latency percentiles.
/// For the comparison with the bare Kestrel floor and the JS SDK, see ../shared/bench/turnbench.sh (README).
/// </summary>
internal static class TurnBenchmark
{
    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        var seconds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10;
        var connections = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 16;
        await using var connector = await LoopbackConnector.StartAsync();
        var database = Path.Combine(Path.GetTempPath(), $"cpb-bench-{Guid.NewGuid():N}.db");
        var port = FreePort();
        // WebApplicationFactory finds the app's folder from this variable when no test manifest names it.
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_CADOXTONPOLICYBOT", BotFolder());
        await using var bot = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseEnvironment("Production");
            web.UseSetting("MicrosoftAppId", string.Empty);
            // Local mode outside Development must be asked for: this is a benchmark on one machine.
            web.UseSetting("BotProtocol:AllowLocalModeOutsideDevelopment", "true");
            web.UseSetting("ConnectionStrings:Bot", $"Data Source={database}");
            web.UseSetting("Logging:LogLevel:Default", "Warning");
        });
        bot.UseKestrel(k => k.Listen(IPAddress.Loopback, port));
        bot.StartServer();

        var body = Encoding.UTF8.GetBytes(Activity(connector.ServiceUrl));
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = connections };
        using var http = new HttpClient(handler) { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };

        // Warm-up: JIT, connection pool, the first turn's database work.
        await DriveAsync(http, body, connections, TimeSpan.FromSeconds(2), []);
        var repliesBefore = connector.Replies;
        var latencies = new List<double>[connections];
        var clock = Stopwatch.StartNew();
        var failures = await DriveAsync(http, body, connections, TimeSpan.FromSeconds(seconds), latencies);
        var elapsed = clock.Elapsed.TotalSeconds;
        var all = latencies.SelectMany(l => l).Order().ToArray();

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"turns: {all.Length / elapsed:F0} turns/s over {elapsed:F1} s with {connections} connections; latency p50 {Percentile(all, 0.50):F2} ms, p99 {Percentile(all, 0.99):F2} ms; replies {connector.Replies - repliesBefore}; failures {failures}"));
        foreach (var file in new[] { database, database + "-wal", database + "-shm" })
        {
            File.Delete(file);
        }

        return 0;
    }

    private static async Task<int> DriveAsync(HttpClient http, byte[] body, int connections, TimeSpan duration, List<double>[] latencies)
    {
        var failures = 0;
        var until = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        await Task.WhenAll(Enumerable.Range(0, connections).Select(async i =>
        {
            var mine = new List<double>(100_000);
            while (Stopwatch.GetTimestamp() < until)
            {
                var started = Stopwatch.GetTimestamp();
                using var content = new ByteArrayContent(body);
                content.Headers.ContentType = new("application/json");
                using var response = await http.PostAsync("api/messages", content);
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    Interlocked.Increment(ref failures);
                }

                mine.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }

            if (latencies.Length > 0)
            {
                latencies[i] = mine;
            }
        }));
        return failures;
    }

    private static double Percentile(double[] sorted, double p) => sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)(p * sorted.Length))];

    /// <summary>The same Teams personal-chat message the shared turn benchmark posts.</summary>
    private static string Activity(Uri serviceUrl) => """
        {"type":"message","id":"1","timestamp":"2026-11-24T09:00:00Z","channelId":"msteams","serviceUrl":"SERVICE_URL",
        "from":{"id":"29:user-1","name":"Staff Member","aadObjectId":"00000000-0000-0000-0000-000000000001"},
        "conversation":{"id":"a:personal-1","conversationType":"personal","tenantId":"tenant-1"},
        "recipient":{"id":"28:bot","name":"Policy Bot"},"text":"help","textFormat":"plain","locale":"en-GB",
        "channelData":{"tenant":{"id":"tenant-1"}}}
        """.Replace("SERVICE_URL", serviceUrl.ToString(), StringComparison.Ordinal);

    private static string BotFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "bot", "CadoxtonPolicyBot.csproj")))
            {
                return Path.Combine(dir.FullName, "bot");
            }
        }

        throw new InvalidOperationException("bot/CadoxtonPolicyBot.csproj was not found above the benchmark.");
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
