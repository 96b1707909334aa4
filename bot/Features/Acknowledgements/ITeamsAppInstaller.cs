namespace CadoxtonPolicyBot.Features.Acknowledgements;

public enum InstallOutcome
{
    Installed,
    AlreadyInstalled,
    /// <summary>Graph said 429 or was briefly unavailable: try again after RetryAfter.</summary>
    RetryLater,
    Failed,
}

public sealed record InstallResult(InstallOutcome Outcome, string? Reason = null, TimeSpan? RetryAfter = null)
{
    public bool Usable => Outcome is InstallOutcome.Installed or InstallOutcome.AlreadyInstalled;
}

/// <summary>Installs the bot for a person (personal scope) so that it can start a 1:1 chat with them.</summary>
public interface ITeamsAppInstaller
{
    Task<InstallResult> InstallForUserAsync(string aadObjectId, CancellationToken cancellationToken);
}
