namespace CadoxtonPolicyBot.Features.Concerns;

internal sealed record ChainBreak(long Sequence, string Problem);
