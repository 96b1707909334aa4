namespace CadoxtonPolicyBot.Protocol.Authentication;

/// <summary>
/// Authenticates a POST to /api/messages in two steps: the bearer token on its own (before the body is
/// trusted), then the token against the parsed activity (serviceurl claim, channel endorsements).
/// </summary>
public interface IBotRequestAuthenticator
{
    Task<TokenCheck> ValidateTokenAsync(string? authorizationHeader, bool callerIsLoopback, CancellationToken cancellationToken);
}

public enum AuthStatus
{
    /// <summary>A valid Bot Connector (or configured extra issuer) token.</summary>
    Authenticated,
    /// <summary>No app id configured and the caller is on loopback: local development with the Playground.</summary>
    AnonymousLoopback,
    /// <summary>401: missing, malformed, forged or expired.</summary>
    Unauthorized,
    /// <summary>403: valid token but its key is not endorsed for the activity's channel.</summary>
    Forbidden,
}

/// <summary>The result of checking the token; <see cref="CheckActivity"/> finishes the job once the body is parsed.</summary>
public sealed class TokenCheck
{
    public required AuthStatus Status { get; init; }

    /// <summary>The token's serviceurl claim, if any.</summary>
    public string? ServiceUrlClaim { get; init; }

    /// <summary>Channels the signing key is endorsed for; null when the key carries no endorsements.</summary>
    public IReadOnlyCollection<string>? Endorsements { get; init; }

    /// <summary>Why the token failed, for the server log only; never sent to the caller.</summary>
    public string? FailureReason { get; init; }

    public static TokenCheck Unauthorized(string reason) => new() { Status = AuthStatus.Unauthorized, FailureReason = reason };

    public AuthStatus CheckActivity(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (Status != AuthStatus.Authenticated)
        {
            return Status;
        }

        if (ServiceUrlClaim is null || !string.Equals(ServiceUrlClaim, activity.ServiceUrl, StringComparison.OrdinalIgnoreCase))
        {
            return AuthStatus.Unauthorized;
        }

        if (Endorsements is not null && (activity.ChannelId is null || !Endorsements.Contains(activity.ChannelId, StringComparer.OrdinalIgnoreCase)))
        {
            return AuthStatus.Forbidden;
        }

        return AuthStatus.Authenticated;
    }
}
