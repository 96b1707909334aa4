using System.Net;
using System.Text;
using CadoxtonPolicyBot.Protocol;
using CadoxtonPolicyBot.Protocol.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CadoxtonPolicyBot.Tests.Protocol.Authentication;

/// <summary>
/// Local mode (no MicrosoftAppId) serves unauthenticated callers on this machine only, judged from the socket (issue
/// 12.7: with ASPNETCORE_FORWARDEDHEADERS_ENABLED=true a remote "X-Forwarded-For: 127.0.0.1" got a turn). The app is
/// served from an in-memory TestServer so that a test can give the connection a non-loopback remote address; the
/// forwarded-headers middleware is switched on by its configuration key (ForwardedHeaders_Enabled is what the
/// ASPNETCORE_FORWARDEDHEADERS_ENABLED environment variable becomes; set per app, it cannot leak into other tests).
/// </summary>
public sealed class LocalModeTests : IAsyncLifetime
{
    private static readonly IPAddress Remote = IPAddress.Parse("203.0.113.7");

    private OpenIdMetadataServer _metadata = null!;

    public async Task InitializeAsync() => _metadata = await OpenIdMetadataServer.StartAsync();

    public async Task DisposeAsync() => await _metadata.DisposeAsync();

    [Fact]
    public async Task A_remote_caller_forging_x_forwarded_for_127_0_0_1_gets_401_and_no_turn()
    {
        var seen = new SeenAddress();
        await using var app = LocalApp(seen);

        var response = await PostAsync(app, Remote, ("X-Forwarded-For", "127.0.0.1"));

        Assert.Equal(StatusCodes.Status401Unauthorized, response.Response.StatusCode);
        Assert.False(app.Bot.Saw("local"));
        // The attack's precondition held: the forwarded-headers middleware did rewrite the address to loopback.
        Assert.Equal(IPAddress.Loopback, seen.Address);
    }

    [Fact]
    public async Task A_caller_on_this_machine_gets_a_turn_without_a_token()
    {
        await using var app = LocalApp(new SeenAddress());

        var response = await PostAsync(app, IPAddress.Loopback);

        Assert.Equal(StatusCodes.Status200OK, response.Response.StatusCode);
        Assert.True(app.Bot.Saw("local"));
    }

    [Fact]
    public async Task A_request_relayed_by_a_proxy_on_this_machine_is_not_local()
    {
        await using var app = LocalApp(new SeenAddress());

        var response = await PostAsync(app, IPAddress.Loopback, ("X-Forwarded-For", "198.51.100.20"));

        Assert.Equal(StatusCodes.Status401Unauthorized, response.Response.StatusCode);
        Assert.False(app.Bot.Saw("local"));
    }

    [Fact]
    public void Local_mode_refuses_to_start_outside_development()
    {
        using var app = new BotAppFactory(_metadata, appId: null, environment: "Production");

        var error = Assert.Throws<OptionsValidationException>(app.StartServer);

        Assert.Contains("AllowLocalModeOutsideDevelopment", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Local_mode_starts_outside_development_when_a_setting_asks_for_it_and_still_serves_loopback_only()
    {
        using var app = new BotAppFactory(_metadata, appId: null, environment: "Production", extraSettings: new Dictionary<string, string?>
        {
            ["BotProtocol:AllowLocalModeOutsideDevelopment"] = "true",
        });
        app.StartServer();

        var response = await app.PostAsync(null, BotAppFactory.Activity("production-local"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(app.Bot.Saw("production-local"));
    }

    [Theory]
    [InlineData("urls", "http://0.0.0.0:5999")]
    [InlineData("urls", "http://127.0.0.1:5998;http://*:5999")]
    [InlineData("http_ports", "8080")]
    public void Local_mode_refuses_to_start_when_asked_to_listen_beyond_loopback(string setting, string value)
    {
        using var app = new BotAppFactory(_metadata, appId: null, extraSettings: new Dictionary<string, string?> { [setting] = value });

        var error = Assert.Throws<OptionsValidationException>(app.StartServer);

        Assert.Contains("loopback only", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Local_mode_stops_start_up_when_the_server_ended_up_listening_beyond_loopback()
    {
        var guard = new LocalModeGuard(Options.Create(new BotIdentityOptions()), new BoundServer("http://127.0.0.1:3978", "http://[::]:3978"));

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => guard.StartedAsync(CancellationToken.None));

        Assert.Contains("http://[::]:3978", error.Message, StringComparison.Ordinal);
        await new LocalModeGuard(Options.Create(new BotIdentityOptions()), new BoundServer("http://127.0.0.1:3978", "http://localhost:3979"))
            .StartedAsync(CancellationToken.None);
    }

    private BotAppFactory LocalApp(SeenAddress seen)
    {
        return new BotAppFactory(_metadata, appId: null, kestrel: false, extraSettings: new Dictionary<string, string?>
        {
            ["ForwardedHeaders_Enabled"] = "true",
        })
        {
            // Registered after the framework's filters, so its middleware runs after the forwarded-headers middleware.
            ConfigureServices = services => services.AddSingleton<IStartupFilter>(seen),
        };
    }

    private static Task<HttpContext> PostAsync(BotAppFactory app, IPAddress remote, params (string Name, string Value)[] headers) =>
        app.Server.SendAsync(http =>
        {
            http.Connection.RemoteIpAddress = remote;
            http.Request.Method = HttpMethods.Post;
            http.Request.Path = "/api/messages";
            http.Request.ContentType = "application/json";
            foreach (var (name, value) in headers)
            {
                http.Request.Headers[name] = value;
            }

            var body = Encoding.UTF8.GetBytes(BotAppFactory.Activity("local", serviceUrl: "http://127.0.0.1:1/"));
            http.Request.Body = new MemoryStream(body);
            http.Request.ContentLength = body.Length;
        });

    /// <summary>Records the caller's address as the app's own middleware sees it, after the forwarded-headers middleware.</summary>
    private sealed class SeenAddress : IStartupFilter
    {
        public IPAddress? Address { get; private set; }

        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((http, nextMiddleware) =>
            {
                Address = http.Connection.RemoteIpAddress;
                return nextMiddleware(http);
            });
            next(app);
        };
    }

    private sealed class BoundServer(params string[] addresses) : IServer
    {
        public IFeatureCollection Features { get; } = Bound(addresses);

        public Task StartAsync<TContext>(IHttpApplication<TContext> application, CancellationToken cancellationToken)
            where TContext : notnull => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public void Dispose()
        {
        }

        private static FeatureCollection Bound(string[] addresses)
        {
            var features = new FeatureCollection();
            features.Set<IServerAddressesFeature>(new BoundAddresses([.. addresses]));
            return features;
        }

        private sealed class BoundAddresses(List<string> bound) : IServerAddressesFeature
        {
            public ICollection<string> Addresses { get; } = bound;

            public bool PreferHostingUrls { get; set; }
        }
    }
}
