namespace CadoxtonPolicyBot.Features.Concerns;

internal sealed record RecordCheck(string Reference, bool Intact, string? Problem);
