using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using CadoxtonPolicyBot.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CadoxtonPolicyBot.Tests.EndToEnd;

/// <summary>
/// The bot on real Kestrel (127.0.0.1), Microsoft's Agents Playground (the Teams emulator, npm-pinned) pointed at
/// it, and headless Debian Chromium driving the Playground's page through Playwright. Everything started here is
/// stopped here, by PID or through Playwright.
/// </summary>
public sealed class PlaygroundRig : IAsyncLifetime
{
    /// <summary>Alex Wilber: the head teacher and first concern handler in these tests.</summary>
    public const string AlexAadObjectId = "3c4d5e6f-0000-4000-8000-000000000020";

    /// <summary>Megan Bowen: deputy head, the second concern handler.</summary>
    public const string MeganAadObjectId = "3c4d5e6f-0000-4000-8000-000000000021";

    /// <summary>Isaiah Langer: a member of staff with no role.</summary>
    public const string IsaiahAadObjectId = "3c4d5e6f-0000-4000-8000-000000000023";

    /// <summary>Lynne Robbins: a second head teacher, so a journey can run a round without using Alex's first visit.</summary>
    public const string LynneAadObjectId = "3c4d5e6f-0000-4000-8000-000000000025";

    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-quic", "--no-first-run",
        "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1",
    ];

    private readonly Dictionary<string, string?> _settings;
    private readonly string _logFile = Path.Combine(Path.GetTempPath(), $"cpb-playground-{Guid.NewGuid():N}.log");
    private TestDatabase? _database;
    private WebApplicationFactory<Program>? _bot;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<Task<Uri>>> _playgrounds = new();
    private readonly System.Collections.Concurrent.ConcurrentBag<Process> _processes = [];
    private readonly System.Collections.Concurrent.ConcurrentBag<string> _configFiles = [];
    private int _botPort;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public PlaygroundRig() => _settings = new Dictionary<string, string?>
    {
        ["Roles:HeadTeacherIds:0"] = AlexAadObjectId,
        ["Roles:HeadTeacherIds:1"] = LynneAadObjectId,
        ["Roles:ConcernHandlers:0:AadObjectId"] = AlexAadObjectId,
        ["Roles:ConcernHandlers:0:Role"] = "Head teacher",
        ["Roles:ConcernHandlers:1:AadObjectId"] = MeganAadObjectId,
        ["Roles:ConcernHandlers:1:Role"] = "Deputy head",
    };

    public Uri BotUrl { get; private set; } = null!;

    /// <summary>The bot's services, e.g. to read what it stored.</summary>
    public IServiceProvider BotServices => _bot!.Services;

    public async Task InitializeAsync()
    {
        var botPort = _botPort = FreePort();
        _database = TestDatabase.Create(CadoxtonPolicyBot.Infrastructure.Persistence.DatabaseProvider.Sqlite);
        var settings = new Dictionary<string, string?>(_settings);
        foreach (var (key, value) in _database.AppSettings())
        {
            settings[key] = value;
        }

        _bot = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseEnvironment("Development");
            web.UseSetting("MicrosoftAppId", string.Empty);
            foreach (var (key, value) in settings)
            {
                web.UseSetting(key, value);
            }
        });
        _bot.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, botPort));
        _bot.StartServer();
        BotUrl = new Uri($"http://127.0.0.1:{botPort}/");

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    /// <summary>
    /// A new page on the Playground of <paramref name="aadObjectId"/> (Alex by default): each person has their own
    /// Playground, as each has their own Teams client. Loading the page installs the bot in their personal chat.
    /// </summary>
    public async Task<PlaygroundPage> OpenAsync(string aadObjectId = AlexAadObjectId)
    {
        var playgroundUrl = await PlaygroundForAsync(aadObjectId);
        await ForgetWelcomeAsync(aadObjectId);
        var page = await _browser!.NewPageAsync();
        page.SetDefaultTimeout(20_000);
        // The page asks a CDN for fonts; offline that only costs time, so anything off this machine is refused at once.
        await page.RouteAsync(new System.Text.RegularExpressions.Regex(@"^https?://(?!127\.0\.0\.1|localhost)"), route => route.AbortAsync());
        var playground = new PlaygroundPage(page);
        await page.GotoAsync(playgroundUrl.ToString());
        return playground;
    }

    public string PlaygroundLog => File.Exists(_logFile) ? File.ReadAllText(_logFile) : string.Empty;

    /// <summary>
    /// Each journey opens the chat as a fresh install: the bot welcomes a conversation once, and journeys share
    /// people's chats, so the record of an earlier welcome is removed before the page installs the bot again.
    /// </summary>
    private async Task ForgetWelcomeAsync(string aadObjectId)
    {
        var chatId = PlaygroundConfig.People.Single(p => p.AadObjectId == aadObjectId).PersonalChatId;
        await using var scope = BotServices.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CadoxtonPolicyBot.Infrastructure.Persistence.BotDbContext>();
        await db.ConversationWelcomes.Where(w => w.ConversationId == chatId).ExecuteDeleteAsync();
    }

    private Task<Uri> PlaygroundForAsync(string aadObjectId) =>
        _playgrounds.GetOrAdd(aadObjectId, id => new Lazy<Task<Uri>>(async () =>
        {
            var port = FreePort();
            var config = PlaygroundConfig.WriteFor(id);
            _configFiles.Add(config);
            var process = StartPlayground(_botPort, port, config);
            _processes.Add(process);
            var url = new Uri($"http://127.0.0.1:{port}/");
            await WaitForPlaygroundAsync(process, url);
            return url;
        })).Value;

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        foreach (var process in _processes)
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
            }

            process.Dispose();
        }


        if (_bot is not null)
        {
            await _bot.DisposeAsync();
        }

        _database?.Dispose();
        File.Delete(_logFile);
        foreach (var config in _configFiles)
        {
            File.Delete(config);
        }
    }

    private Process StartPlayground(int botPort, int playgroundPort, string configPath)
    {
        var tools = RepositoryPaths.File("tests", "tools", "node_modules");
        var cli = Path.Combine(tools, "@microsoft", "m365agentsplayground", "cli.js");
        if (!File.Exists(cli))
        {
            throw new InvalidOperationException($"The Agents Playground is not installed ({cli}). Run ./test.sh, or: npm ci --prefix tests/tools");
        }

        var here = Path.Combine(AppContext.BaseDirectory, "EndToEnd");
        var info = new ProcessStartInfo("node")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetTempPath(),
        };
        foreach (var arg in new[]
        {
            "--require", Path.Combine(here, "loopback.cjs"), cli,
            "-e", $"http://127.0.0.1:{botPort}/api/messages", "-c", "msteams", "-p", playgroundPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--service-url", $"http://127.0.0.1:{playgroundPort}/_connector", "--disable-telemetry",
        })
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment["TEAMSAPPTESTER_BROWSER"] = "none";
        info.Environment["M365_AGENTS_PLAYGROUND_CONFIG_PATH"] = configPath;
        info.Environment["M365_AGENTS_PLAYGROUND_LOGFILE"] = _logFile;
        var process = Process.Start(info) ?? throw new InvalidOperationException("node did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private async Task WaitForPlaygroundAsync(Process playground, Uri url)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            if (playground.HasExited)
            {
                throw new InvalidOperationException($"The Playground exited ({playground.ExitCode}): {PlaygroundLog}");
            }

            try
            {
                if (await http.GetStringAsync(new Uri(url, "_debug/ping")) == "pong")
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(200);
        }

        throw new TimeoutException("The Playground did not answer /_debug/ping within 30 s.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
