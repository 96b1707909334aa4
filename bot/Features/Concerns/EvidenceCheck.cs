namespace CadoxtonPolicyBot.Features.Concerns;

internal sealed record EvidenceCheck(Guid EvidenceId, string Sha256, bool Intact, string? Problem);
