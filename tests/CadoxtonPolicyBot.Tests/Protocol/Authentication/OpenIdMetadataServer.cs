using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CadoxtonPolicyBot.Tests.Protocol.Authentication;

/// <summary>
/// Stands in for login.botframework.com: per realm, an OpenID metadata document and the JWK set it points at,
/// served by Kestrel on 127.0.0.1 with an ephemeral port. Counts requests so tests can see when keys were fetched.
/// </summary>
public sealed class OpenIdMetadataServer : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, TestSigningKey[]> _keySets = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _keyRequests = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _metadataRequests = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _failing = new(StringComparer.Ordinal);
    private readonly ConcurrentBag<TestSigningKey> _ownedKeys = [];
    private WebApplication? _app;

    public Uri BaseUrl { get; private set; } = null!;

    public static async Task<OpenIdMetadataServer> StartAsync()
    {
        var server = new OpenIdMetadataServer();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        app.MapGet("/{realm}/.well-known/openidconfiguration", (string realm) => server.Metadata(realm));
        app.MapGet("/{realm}/keys", (string realm) => server.Keys(realm));
        await app.StartAsync();
        server._app = app;
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        server.BaseUrl = new Uri(address);
        return server;
    }

    public Uri MetadataUrl(string realm) => new(BaseUrl, $"/{realm}/.well-known/openidconfiguration");

    /// <summary>A new key, disposed with the server; published only when passed to <see cref="Publish"/>.</summary>
    public TestSigningKey NewKey(string kid, params string[]? endorsements)
    {
        var key = new TestSigningKey(kid, endorsements);
        _ownedKeys.Add(key);
        return key;
    }

    /// <summary>Replaces what the realm's JWKS publishes.</summary>
    public void Publish(string realm, params TestSigningKey[] keys) => _keySets[realm] = keys;

    /// <summary>Makes the realm answer 500 (an outage) or recover.</summary>
    public void SetFailing(string realm, bool failing) => _failing[realm] = failing;

    public int KeyRequests(string realm) => _keyRequests.GetValueOrDefault(realm);

    public int MetadataRequests(string realm) => _metadataRequests.GetValueOrDefault(realm);

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        foreach (var key in _ownedKeys)
        {
            key.Dispose();
        }
    }

    private IResult Metadata(string realm)
    {
        _metadataRequests.AddOrUpdate(realm, 1, (_, n) => n + 1);
        if (_failing.GetValueOrDefault(realm))
        {
            return Results.StatusCode(StatusCodes.Status500InternalServerError);
        }

        var document = new JsonObject
        {
            ["issuer"] = "https://api.botframework.com",
            ["jwks_uri"] = new Uri(BaseUrl, $"/{realm}/keys").AbsoluteUri,
            ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
        };
        return Results.Text(document.ToJsonString(), "application/json");
    }

    private IResult Keys(string realm)
    {
        _keyRequests.AddOrUpdate(realm, 1, (_, n) => n + 1);
        var keys = new JsonArray([.. _keySets.GetValueOrDefault(realm, []).Select(k => (JsonNode)k.ToJwk())]);
        return Results.Text(new JsonObject { ["keys"] = keys }.ToJsonString(), "application/json");
    }
}
