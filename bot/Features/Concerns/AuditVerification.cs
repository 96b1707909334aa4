namespace CadoxtonPolicyBot.Features.Concerns;

/// <summary>
/// What a verification found: the first broken link of the chain, each evidence file's check, each record's
/// encrypted fields, and every disagreement between the trail and the rows (a row added, deleted or changed directly).
/// </summary>
internal sealed record AuditVerification(
    long EntriesVerified,
    ChainBreak? FirstBreak,
    IReadOnlyList<EvidenceCheck> Evidence,
    IReadOnlyList<RecordCheck> Records,
    IReadOnlyList<string> Disagreements)
{
    public bool IsIntact => FirstBreak is null && Evidence.All(e => e.Intact) && Records.All(r => r.Intact) && Disagreements.Count == 0;
}
