using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.IdentityModel.Tokens;

namespace CadoxtonPolicyBot.Protocol.Authentication;

/// <summary>A signing key from a JWKS document and the channels it is endorsed for (null: none listed).</summary>
internal sealed record SigningKey(SecurityKey Key, IReadOnlyCollection<string>? Endorsements);

/// <summary>
/// Fetches an OpenID metadata document and the JWK set its jwks_uri names, and turns the set into RSA keys by kid.
/// The JWKS is read as raw JSON so that the Bot Framework's non-standard <c>endorsements</c> member is ours to
/// interpret, whatever shape IdentityModel would give it.
/// </summary>
internal sealed class SigningKeyDocuments(IHttpClientFactory httpClientFactory)
{
    public const string HttpClientName = "BotAuthentication.OpenIdMetadata";

    public async Task<IReadOnlyDictionary<string, SigningKey>> FetchAsync(Uri metadataUrl, CancellationToken cancellationToken)
    {
        var http = httpClientFactory.CreateClient(HttpClientName);
        Uri jwksUri;
        using (var metadata = await GetJsonAsync(http, metadataUrl, cancellationToken))
        {
            if (!metadata.RootElement.TryGetProperty("jwks_uri", out var jwks) || jwks.ValueKind != JsonValueKind.String
                || !Uri.TryCreate(jwks.GetString(), UriKind.Absolute, out jwksUri!) || !IsAllowedEndpoint(jwksUri))
            {
                throw new InvalidDataException("The OpenID metadata has no usable jwks_uri.");
            }
        }

        using var keySet = await GetJsonAsync(http, jwksUri, cancellationToken);
        var keys = ParseKeySet(keySet.RootElement);
        // An empty set would lock every caller out; treating it as a failure keeps the keys we already have.
        return keys.Count > 0 ? keys : throw new InvalidDataException("The JWKS holds no usable RSA signing key.");
    }

    /// <summary>
    /// Keeps only RSA public keys meant for signatures. Anything else (notably "oct" symmetric keys) is dropped here,
    /// so no symmetric key can ever reach the token handler.
    /// </summary>
    internal static Dictionary<string, SigningKey> ParseKeySet(JsonElement root)
    {
        var keys = new Dictionary<string, SigningKey>(StringComparer.Ordinal);
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("keys", out var array) || array.ValueKind != JsonValueKind.Array)
        {
            return keys;
        }

        foreach (var jwk in array.EnumerateArray())
        {
            if (jwk.ValueKind != JsonValueKind.Object
                || GetString(jwk, "kty") != "RSA"
                || GetString(jwk, "kid") is not { Length: > 0 } kid
                || GetString(jwk, "n") is not { Length: > 0 } modulus
                || GetString(jwk, "e") is not { Length: > 0 } exponent
                || GetString(jwk, "use") is not (null or "sig")
                || GetString(jwk, "alg") is not (null or SecurityAlgorithms.RsaSha256))
            {
                continue;
            }

            RSAParameters parameters;
            try
            {
                parameters = new RSAParameters { Modulus = Base64UrlEncoder.DecodeBytes(modulus), Exponent = Base64UrlEncoder.DecodeBytes(exponent) };
            }
            catch (FormatException)
            {
                continue;
            }

            keys.TryAdd(kid, new SigningKey(new RsaSecurityKey(parameters) { KeyId = kid }, ReadEndorsements(jwk)));
        }

        return keys;
    }

    /// <summary>HTTPS only; plain HTTP just for loopback, where the tests and local tools serve their metadata.</summary>
    public static bool IsAllowedEndpoint(Uri uri) =>
        uri.IsAbsoluteUri && (uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback));

    private static string[]? ReadEndorsements(JsonElement jwk) =>
        jwk.TryGetProperty("endorsements", out var endorsements) && endorsements.ValueKind == JsonValueKind.Array
            ? [.. endorsements.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!)]
            : null;

    private static string? GetString(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static async Task<JsonDocument> GetJsonAsync(HttpClient http, Uri uri, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync(uri, cancellationToken);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        return JsonDocument.Parse(body);
    }
}
