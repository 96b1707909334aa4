namespace CadoxtonPolicyBot.Features.Concerns;

internal sealed record AuditHead(int Concerns, long Sequence, string Mac);
