namespace CadoxtonPolicyBot.Features.Concerns;

internal enum FileTransferOutcome
{
    Done,
    TooLarge,
    Failed,

    /// <summary>Not attempted: the URL is not one the bot may fetch.</summary>
    Refused,
}
