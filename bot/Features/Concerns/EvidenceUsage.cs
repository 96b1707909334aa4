namespace CadoxtonPolicyBot.Features.Concerns;

internal readonly record struct EvidenceUsage(int Files, long Bytes);
