using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CadoxtonPolicyBot.Tests.Protocol.Connector;

/// <summary>One request as the loopback server saw it, with the request target exactly as sent on the wire.</summary>
public sealed record RecordedRequest(string Method, string RawTarget, string? Authorization, string ContentType, string Body, long ReceivedTimestamp);

/// <summary>An answer the server gives, in turn, to the next request.</summary>
public sealed record ScriptedResponse(int Status, byte[]? Body = null, string? ContentType = "application/json", IReadOnlyDictionary<string, string>? Headers = null, bool DeclareLength = true, TimeSpan PauseBetweenChunks = default)
{
    public static ScriptedResponse Json(int status, string json, IReadOnlyDictionary<string, string>? headers = null) =>
        new(status, System.Text.Encoding.UTF8.GetBytes(json), "application/json; charset=utf-8", headers);

    public static ScriptedResponse Empty(int status, IReadOnlyDictionary<string, string>? headers = null) => new(status, null, null, headers);
}

/// <summary>
/// A real Kestrel server on 127.0.0.1 (ephemeral port, optionally https) that records every request and answers
/// from a script, falling back to a fixed answer when the script runs out.
/// </summary>
public sealed class ScriptedHttpServer : IAsyncDisposable
{
    private readonly ConcurrentQueue<ScriptedResponse> _script = new();
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private WebApplication? _app;

    private ScriptedHttpServer()
    {
    }

    public Uri BaseUrl { get; private set; } = null!;

    public ScriptedResponse Fallback { get; set; } = ScriptedResponse.Json(201, """{"id":"fallback-id"}""");

    public IReadOnlyList<RecordedRequest> Requests => [.. _requests];

    public static async Task<ScriptedHttpServer> StartAsync(X509Certificate2? httpsCertificate = null)
    {
        var server = new ScriptedHttpServer();
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen =>
        {
            if (httpsCertificate is not null)
            {
                listen.UseHttps(httpsCertificate);
            }
        }));
        var app = builder.Build();
        app.Run(server.HandleAsync);
        await app.StartAsync();
        server._app = app;
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        server.BaseUrl = new Uri(address.EndsWith('/') ? address : address + "/");
        return server;
    }

    public void Enqueue(params ScriptedResponse[] responses)
    {
        foreach (var response in responses)
        {
            _script.Enqueue(response);
        }
    }

    public Uri Url(string relative) => new(BaseUrl, relative);

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }

    private async Task HandleAsync(HttpContext context)
    {
        var rawTarget = context.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget;
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        _requests.Enqueue(new RecordedRequest(
            context.Request.Method,
            rawTarget,
            context.Request.Headers.Authorization.Count == 0 ? null : context.Request.Headers.Authorization.ToString(),
            context.Request.ContentType ?? string.Empty,
            body,
            Stopwatch.GetTimestamp()));

        var answer = _script.TryDequeue(out var scripted) ? scripted : Fallback;
        context.Response.StatusCode = answer.Status;
        foreach (var (name, value) in answer.Headers ?? new Dictionary<string, string>())
        {
            context.Response.Headers[name] = value;
        }

        if (answer.Body is { } bytes)
        {
            context.Response.ContentType = answer.ContentType;
            if (answer.DeclareLength)
            {
                context.Response.ContentLength = bytes.Length;
                await context.Response.Body.WriteAsync(bytes, context.RequestAborted);
            }
            else
            {
                // Written in pieces without a Content-Length: chunked, so only reading can tell the size.
                foreach (var piece in bytes.Chunk(4096))
                {
                    await context.Response.Body.WriteAsync(piece, context.RequestAborted);
                    await context.Response.Body.FlushAsync(context.RequestAborted);
                    if (answer.PauseBetweenChunks > TimeSpan.Zero)
                    {
                        await Task.Delay(answer.PauseBetweenChunks, context.RequestAborted);
                    }
                }
            }
        }
    }
}
