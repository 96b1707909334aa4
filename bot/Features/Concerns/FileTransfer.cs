namespace CadoxtonPolicyBot.Features.Concerns;

internal sealed record FileTransfer(FileTransferOutcome Outcome, int StatusCode, byte[]? Bytes);
