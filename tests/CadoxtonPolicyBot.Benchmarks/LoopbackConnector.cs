using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CadoxtonPolicyBot.Benchmarks;

/// <summary>The Teams side of the connector on 127.0.0.1, as fast as possible: answers every send with an id and counts it.</summary>
internal sealed class LoopbackConnector : IAsyncDisposable
{
    private readonly WebApplication _app;
    private long _replies;

    private LoopbackConnector(WebApplication app) => _app = app;

    public Uri ServiceUrl { get; private set; } = null!;

    public long Replies => Interlocked.Read(ref _replies);

    public static async Task<LoopbackConnector> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var connector = new LoopbackConnector(app);
        app.MapPost("/v3/conversations/{conversationId}/activities", async (HttpContext http) =>
        {
            await http.Request.Body.CopyToAsync(Stream.Null);
            var id = Interlocked.Increment(ref connector._replies);
            http.Response.StatusCode = StatusCodes.Status201Created;
            http.Response.ContentType = "application/json";
            await http.Response.WriteAsync($$"""{"id":"{{id}}"}""");
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        connector.ServiceUrl = new Uri(address + "/");
        return connector;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
