namespace CadoxtonPolicyBot.Features.Concerns;

/// <summary>Looks people up in the organisation's directory (Entra ID).</summary>
public interface IDirectoryLookup
{
    /// <summary>The user's principal name (sign-in name), or null when it cannot be found or no directory is configured.</summary>
    Task<string?> FindUserPrincipalNameAsync(string aadObjectId, CancellationToken cancellationToken);
}
