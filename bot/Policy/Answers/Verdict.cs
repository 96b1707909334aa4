namespace CadoxtonPolicyBot.Policy.Answers;

public enum Verdict
{
    /// <summary>A "must not" or "should not" item applies.</summary>
    NotAllowed,
    AllowedWithCare,
    Allowed,
    /// <summary>One fact decides it: the answer carries the deciding question.</summary>
    Depends,
    /// <summary>A question about the policy itself.</summary>
    Info,
    /// <summary>The user wants to report someone: offer the concern flow.</summary>
    ReportConcern,
    OutOfScope,
}

public static class VerdictNames
{
    /// <summary>The snake_case names used on the wire and by the evaluation scorer.</summary>
    public static string ToWireName(this Verdict verdict) => verdict switch
    {
        Verdict.NotAllowed => "not_allowed",
        Verdict.AllowedWithCare => "allowed_with_care",
        Verdict.Allowed => "allowed",
        Verdict.Depends => "depends",
        Verdict.Info => "info",
        Verdict.ReportConcern => "report_concern",
        Verdict.OutOfScope => "out_of_scope",
        _ => throw new ArgumentOutOfRangeException(nameof(verdict), verdict, null),
    };

    /// <summary>How strongly a verdict constrains the user: when several rules apply, the strictest wins.</summary>
    internal static int Strictness(this Verdict verdict) => verdict switch
    {
        Verdict.NotAllowed => 4,
        Verdict.Depends => 3,
        Verdict.AllowedWithCare => 2,
        Verdict.Allowed => 1,
        _ => 0,
    };
}
