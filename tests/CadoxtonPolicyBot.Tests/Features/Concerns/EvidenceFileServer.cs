using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CadoxtonPolicyBot.Tests.Features.Concerns;

/// <summary>
/// A web server on 127.0.0.1 standing in for anything a file URL may point at: SharePoint's pre-authorised
/// downloadUrl, an internal service, a redirector, a OneDrive upload session. It counts TCP connections (so a test can
/// show that nothing even connected) and records each request with its Authorization header and body.
/// </summary>
internal sealed class EvidenceFileServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, Func<HttpContext, Task>> _routes = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<Received> _requests = new();
    private int _connections;

    private EvidenceFileServer(WebApplication app) => _app = app;

    internal sealed record Received(string Method, string Path, string? Authorization, byte[] Body, string? ContentRange);

    public Uri BaseUrl { get; private set; } = null!;

    public int Port => BaseUrl.Port;

    public int Connections => Volatile.Read(ref _connections);

    public IReadOnlyList<Received> Requests => [.. _requests];

    public static async Task<EvidenceFileServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        EvidenceFileServer? server = null;
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen => listen.Use(next => connection =>
        {
            Interlocked.Increment(ref server!._connections);
            return next(connection);
        })));
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = null);
        var app = builder.Build();
        server = new EvidenceFileServer(app);
        app.Run(server.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        server.BaseUrl = new Uri(address + "/");
        return server;
    }

    /// <summary>Serves the bytes at /name (a query string as SharePoint's tempauth is ignored); returns the URL.</summary>
    public Uri Serve(string name, byte[] bytes, string contentType = "application/octet-stream")
    {
        _routes["/" + name] = async http =>
        {
            http.Response.ContentType = contentType;
            http.Response.ContentLength = bytes.Length;
            await http.Response.Body.WriteAsync(bytes);
        };
        return new Uri(BaseUrl, name + "?tempauth=pre-authorised");
    }

    /// <summary>Answers /name with a 302 to <paramref name="target"/>.</summary>
    public Uri Redirect(string name, Uri target)
    {
        _routes["/" + name] = http =>
        {
            http.Response.StatusCode = StatusCodes.Status302Found;
            http.Response.Headers.Location = target.ToString();
            return Task.CompletedTask;
        };
        return new Uri(BaseUrl, name);
    }

    /// <summary>Answers /name with a bare status code (a failing host).</summary>
    public Uri Answer(string name, int status)
    {
        _routes["/" + name] = http =>
        {
            http.Response.StatusCode = status;
            return Task.CompletedTask;
        };
        return new Uri(BaseUrl, name);
    }

    /// <summary>Accepts PUTs at /name (a OneDrive upload session) and answers 201.</summary>
    public Uri UploadSession(string name)
    {
        _routes["/" + name] = http =>
        {
            http.Response.StatusCode = StatusCodes.Status201Created;
            return Task.CompletedTask;
        };
        return new Uri(BaseUrl, name);
    }

    private async Task HandleAsync(HttpContext http)
    {
        using var body = new MemoryStream();
        await http.Request.Body.CopyToAsync(body);
        var path = http.Request.Path.Value ?? "/";
        _requests.Enqueue(new Received(
            http.Request.Method,
            path,
            http.Request.Headers.Authorization.Count == 0 ? null : http.Request.Headers.Authorization.ToString(),
            body.ToArray(),
            http.Request.Headers.ContentRange.Count == 0 ? null : http.Request.Headers.ContentRange.ToString()));
        if (_routes.TryGetValue(path, out var route))
        {
            await route(http);
        }
        else
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
