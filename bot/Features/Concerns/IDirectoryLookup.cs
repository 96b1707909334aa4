namespace CadoxtonPolicyBot.Features.Concerns;

/// <summary>Looks people up in the organisation's directory (Entra ID).</summary>
public interface IDirectoryLookup
{
    /// <summary>The user's principal name (sign-in name), or null when it cannot be found or no directory is configured.</summary>
    Task<string?> FindUserPrincipalNameAsync(string aadObjectId, CancellationToken cancellationToken);
}

/// <summary>Used when no Graph access is configured: the UPN stays empty rather than being guessed.</summary>
internal sealed class NoDirectoryLookup : IDirectoryLookup
{
    public Task<string?> FindUserPrincipalNameAsync(string aadObjectId, CancellationToken cancellationToken) => Task.FromResult<string?>(null);
}
