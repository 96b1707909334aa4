namespace CadoxtonPolicyBot.Features.Concerns;

/// <summary>
/// The card verbs this feature owns, as its cards carry them; all start with "concern.". The role each requires and
/// what it does are declared in <see cref="ConcernCardActions.Verbs"/>.
/// </summary>
internal static class ConcernVerbs
{
    public const string Start = "concern.start";
    public const string Continue = "concern.consent.continue";
    public const string Stop = "concern.consent.stop";
    public const string Submit = "concern.submit";
    public const string EvidenceDone = "concern.evidence.done";
    public const string Open = "concern.open";
    public const string SetStatus = "concern.status";
    public const string AddNote = "concern.note";
    public const string Export = "concern.export";
    public const string List = "concern.list";
}
