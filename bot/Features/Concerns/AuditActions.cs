namespace CadoxtonPolicyBot.Features.Concerns;

internal static class AuditActions
{
    public const string Create = "create";
    public const string Evidence = "evidence";
    public const string Routed = "routed";
    public const string View = "view";
    public const string Status = "status";
    public const string Note = "note";
    public const string Export = "export";
    public const string Denied = "denied";
    public const string Rejected = "rejected";
    public const string Purged = "purged";
    public const string Sealed = "sealed";
}
