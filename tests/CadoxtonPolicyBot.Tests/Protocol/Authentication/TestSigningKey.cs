using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CadoxtonPolicyBot.Tests.Protocol.Authentication;

/// <summary>
/// A locally generated RSA key as the Bot Connector would publish it, and the tokens it signs.
/// Without endorsements the JWKS entry has no endorsements member at all.
/// </summary>
public sealed class TestSigningKey(string kid, params string[]? endorsements) : IDisposable
{
    public const string BotFrameworkIssuer = "https://api.botframework.com";
    public const string AppId = "3f1c2b4a-5d6e-4f70-8a9b-0c1d2e3f4a5b";
    public const string ServiceUrl = "https://smba.trafficmanager.net/amer/";

    private readonly RSA _rsa = RSA.Create(2048);

    public string Kid { get; } = kid;

    public string[]? Endorsements { get; } = endorsements is { Length: > 0 } ? endorsements : null;

    /// <summary>The public half as a JWKS entry, with the Bot Framework's endorsements member when it has any.</summary>
    public JsonObject ToJwk()
    {
        var parameters = _rsa.ExportParameters(includePrivateParameters: false);
        var jwk = new JsonObject
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = Kid,
            ["x5t"] = Kid,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
        };
        if (Endorsements is not null)
        {
            jwk["endorsements"] = new JsonArray([.. Endorsements.Select(e => (JsonNode)e)]);
        }

        return jwk;
    }

    /// <summary>An RS256 token; every field can be bent to forge a particular kind of bad token.</summary>
    public string CreateToken(
        DateTimeOffset now,
        string issuer = BotFrameworkIssuer,
        string audience = AppId,
        string? serviceUrl = ServiceUrl,
        TimeSpan? notBeforeOffset = null,
        TimeSpan? lifetime = null,
        string? kid = null)
    {
        var notBefore = now + (notBeforeOffset ?? TimeSpan.FromMinutes(-1));
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            IssuedAt = notBefore.UtcDateTime,
            NotBefore = notBefore.UtcDateTime,
            Expires = (notBefore + (lifetime ?? TimeSpan.FromHours(1))).UtcDateTime,
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(_rsa) { KeyId = kid ?? Kid }, SecurityAlgorithms.RsaSha256),
            Claims = serviceUrl is null ? null : new Dictionary<string, object> { ["serviceurl"] = serviceUrl },
        };
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(descriptor);
    }

    /// <summary>Valid claims with header {"alg":"none"} and an empty signature.</summary>
    public string CreateUnsignedToken(DateTimeOffset now) =>
        Encode(new JsonObject { ["alg"] = "none", ["typ"] = "JWT", ["kid"] = Kid }, ValidPayload(now)) + ".";

    /// <summary>
    /// The algorithm-confusion forgery: HS256, keyed with this key's public PEM, which anyone can download from the JWKS.
    /// A validator that lets the token choose the algorithm would accept it as signed by the published key.
    /// </summary>
    public string CreateHs256TokenKeyedWithPublicKey(DateTimeOffset now)
    {
        var signingInput = Encode(new JsonObject { ["alg"] = "HS256", ["typ"] = "JWT", ["kid"] = Kid }, ValidPayload(now));
        var secret = Encoding.UTF8.GetBytes(_rsa.ExportSubjectPublicKeyInfoPem());
        var signature = HMACSHA256.HashData(secret, Encoding.ASCII.GetBytes(signingInput));
        return signingInput + "." + Base64UrlEncoder.Encode(signature);
    }

    public void Dispose() => _rsa.Dispose();

    private static JsonObject ValidPayload(DateTimeOffset now) => new()
    {
        ["iss"] = BotFrameworkIssuer,
        ["aud"] = AppId,
        ["nbf"] = now.AddMinutes(-1).ToUnixTimeSeconds(),
        ["exp"] = now.AddHours(1).ToUnixTimeSeconds(),
        ["serviceurl"] = ServiceUrl,
    };

    private static string Encode(JsonObject header, JsonObject payload) =>
        Base64UrlEncoder.Encode(header.ToJsonString()) + "." + Base64UrlEncoder.Encode(payload.ToJsonString());
}
