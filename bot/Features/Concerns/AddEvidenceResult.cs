namespace CadoxtonPolicyBot.Features.Concerns;

internal abstract record AddEvidenceResult
{
    public sealed record Added(ConcernEvidence Evidence, EvidenceUsage Usage) : AddEvidenceResult;

    public sealed record LimitReached(EvidenceUsage Usage) : AddEvidenceResult;
}
