using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CadoxtonPolicyBot.Tests.Support;

/// <summary>
/// A Microsoft Graph stand-in on 127.0.0.1: it answers GET requests from pages a test scripts (keyed by the request's
/// path, e.g. "/v1.0/groups/{id}/transitiveMembers/microsoft.graph.user") and records every request it receives, with
/// its query string and headers, so a test can check the exact shape the bot sends. A page's "@odata.nextLink" may use
/// the placeholder {base}, replaced by this server's own address.
/// </summary>
public sealed class FakeGraph : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, JsonObject> _pages = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<GraphRequest> _requests = new();

    private FakeGraph(WebApplication app) => _app = app;

    /// <summary>The Graph base address to give the client, e.g. http://127.0.0.1:PORT/v1.0.</summary>
    public string BaseUrl { get; private set; } = null!;

    public IReadOnlyList<GraphRequest> Requests => [.. _requests];

    public static async Task<FakeGraph> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var graph = new FakeGraph(app);
        app.MapGet("/{**path}", graph.Handle);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        graph.BaseUrl = address.TrimEnd('/') + "/v1.0";
        return graph;
    }

    /// <summary>Serves a page at a path (without query string); a second page is usually served at a path of its own.</summary>
    public void Page(string path, JsonObject body) => _pages[path] = body;

    private IResult Handle(HttpContext context)
    {
        var request = context.Request;
        _requests.Enqueue(new GraphRequest(
            request.Path.Value ?? string.Empty,
            request.QueryString.Value ?? string.Empty,
            request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase)));
        if (!_pages.TryGetValue(request.Path.Value ?? string.Empty, out var page))
        {
            return Results.Json(new { error = new { code = "Request_ResourceNotFound", message = $"Not scripted: {request.Path}" } }, statusCode: 404);
        }

        var origin = $"{request.Scheme}://{request.Host}";
        return Results.Content(page.ToJsonString().Replace("{base}", origin, StringComparison.Ordinal), "application/json");
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

/// <summary>One request the fake Graph received.</summary>
public sealed record GraphRequest(string Path, string Query, IReadOnlyDictionary<string, string> Headers)
{
    /// <summary>The query string's parameters, decoded (names keep their $).</summary>
    public Dictionary<string, string> QueryParameters() =>
        Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(Query).ToDictionary(p => p.Key, p => p.Value.ToString(), StringComparer.Ordinal);
}
