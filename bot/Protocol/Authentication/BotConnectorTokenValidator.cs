using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CadoxtonPolicyBot.Protocol.Authentication;

/// <summary>
/// Validates the Bot Connector's bearer token (PROTOCOL.md §2.2): RS256 only, a configured issuer whose own metadata
/// supplies the key, our app id as audience, lifetime with 5 minutes' skew. Failure reasons never echo token content:
/// they go to the server log, and an attacker controls every byte of a forged token.
/// </summary>
internal sealed class BotConnectorTokenValidator(
    OpenIdSigningKeys signingKeys,
    IOptions<BotIdentityOptions> identity,
    IOptions<BotProtocolOptions> protocol,
    TimeProvider time) : IBotRequestAuthenticator
{
    internal const string ServiceUrlClaim = "serviceurl";
    internal static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);
    private const string BearerPrefix = "Bearer ";

    // Claims are read by their raw names (serviceurl, aud); no mapping to WS-* claim URIs.
    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };

    public async Task<TokenCheck> ValidateTokenAsync(string? authorizationHeader, bool callerIsLoopback, CancellationToken cancellationToken)
    {
        if (!identity.Value.HasAppId)
        {
            // Without an app id there is no audience to check a token against, so a token proves nothing: only the
            // token-less local tools (Agents Playground) on this machine are let in.
            if (!string.IsNullOrEmpty(authorizationHeader))
            {
                return TokenCheck.Unauthorized("a token was sent but no MicrosoftAppId is configured to validate it");
            }

            return callerIsLoopback
                ? new TokenCheck { Status = AuthStatus.AnonymousLoopback }
                : TokenCheck.Unauthorized("no MicrosoftAppId is configured and the caller is not on loopback");
        }

        if (string.IsNullOrEmpty(authorizationHeader))
        {
            return TokenCheck.Unauthorized("no Authorization header");
        }

        if (!authorizationHeader.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return TokenCheck.Unauthorized("the Authorization header is not a Bearer token");
        }

        JsonWebToken token;
        try
        {
            token = new JsonWebToken(authorizationHeader[BearerPrefix.Length..].Trim());
        }
        catch (ArgumentException)
        {
            return TokenCheck.Unauthorized("malformed token");
        }

        // Checked before anything else so that "none", HS256 (keyed with our public key: the classic confusion
        // attack) and encrypted tokens never get as far as key selection.
        if (!string.Equals(token.Alg, SecurityAlgorithms.RsaSha256, StringComparison.Ordinal) || token.IsEncrypted)
        {
            return TokenCheck.Unauthorized("the token is not signed with RS256");
        }

        // The issuer is unvalidated here; it only chooses whose keys to try, and an unknown one costs no fetch.
        if (FindIssuer(token.Issuer) is not var (issuer, metadataUrl))
        {
            return TokenCheck.Unauthorized("the token's issuer is not configured");
        }

        if (string.IsNullOrEmpty(token.Kid))
        {
            return TokenCheck.Unauthorized("the token names no signing key");
        }

        var key = await signingKeys.FindAsync(metadataUrl, token.Kid, cancellationToken);
        if (key is null)
        {
            return TokenCheck.Unauthorized("no signing key with the token's key id in the issuer's metadata");
        }

        var result = await _handler.ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = issuer,
            ValidAudience = identity.Value.MicrosoftAppId,
            IssuerSigningKey = key.Key,
            TryAllIssuerSigningKeys = false,
            ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
            RequireSignedTokens = true,
            RequireExpirationTime = true,
            RequireAudience = true,
            ValidateIssuer = true,
            ValidateAudience = true,
            ValidateLifetime = true,
            ValidateIssuerSigningKey = true,
            // IdentityModel's own lifetime check reads the wall clock; ours reads the app's TimeProvider, same rules.
            LifetimeValidator = (notBefore, expires, _, _) => IsWithinLifetime(notBefore, expires, time.GetUtcNow().UtcDateTime),
        });
        if (!result.IsValid)
        {
            return TokenCheck.Unauthorized($"token validation failed ({result.Exception?.GetType().Name ?? "no reason given"})");
        }

        return new TokenCheck
        {
            Status = AuthStatus.Authenticated,
            ServiceUrlClaim = token.TryGetPayloadValue<string>(ServiceUrlClaim, out var serviceUrl) ? serviceUrl : null,
            Endorsements = key.Endorsements,
        };
    }

    /// <summary>exp is required; nbf is optional; both get <see cref="ClockSkew"/> of slack.</summary>
    internal static bool IsWithinLifetime(DateTime? notBefore, DateTime? expires, DateTime utcNow) =>
        expires is { } exp
        && utcNow <= exp + ClockSkew
        && (notBefore is not { } nbf || (nbf <= exp && utcNow >= nbf - ClockSkew));

    private (string Issuer, Uri MetadataUrl)? FindIssuer(string? tokenIssuer)
    {
        if (string.IsNullOrEmpty(tokenIssuer))
        {
            return null;
        }

        var options = protocol.Value;
        if (string.Equals(tokenIssuer, options.Issuer, StringComparison.Ordinal))
        {
            return (options.Issuer, new Uri(options.OpenIdMetadataUrl));
        }

        var extra = options.ExtraIssuers.FirstOrDefault(e => string.Equals(e.Issuer, tokenIssuer, StringComparison.Ordinal));
        return extra is null ? null : (extra.Issuer, new Uri(extra.MetadataUrl));
    }
}
