namespace CadoxtonPolicyBot.Features.Concerns;

internal enum FileTransferOutcome
{
    Done,
    TooLarge,
    Failed,

    /// <summary>Not attempted: the URL is not one the bot may fetch.</summary>
    Refused,

    /// <summary>The host answered with a redirect, which is never followed: nothing was fetched from anywhere else.</summary>
    Redirected,
}
