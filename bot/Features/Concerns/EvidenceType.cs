namespace CadoxtonPolicyBot.Features.Concerns;

/// <summary>An accepted kind of evidence: its MIME type, the extension its bundle file gets, and what people call it.</summary>
internal sealed record EvidenceType(string ContentType, string Extension, string Description);
