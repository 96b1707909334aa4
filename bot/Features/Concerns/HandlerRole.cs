namespace CadoxtonPolicyBot.Features.Concerns;

/// <summary>
/// What a configured concern handler is, for routing (Roles:ConcernHandlers:n:Role). Written as the names below
/// ("HeadTeacher", "DeputyOrDsl", "ChairOfGovernors"); the plain-English roles of earlier settings ("Head teacher",
/// "Deputy head and designated safeguarding lead", "Chair of governors") mean the same. Anything else is an
/// ordinary handler, routed in its place in the list.
/// </summary>
internal enum HandlerRole
{
    Handler,
    HeadTeacher,
    DeputyOrDsl,
    ChairOfGovernors,
}

internal static class HandlerRoles
{
    public static HandlerRole Parse(string? role)
    {
        var words = new string((role ?? string.Empty).Where(char.IsAsciiLetter).ToArray()).ToUpperInvariant();
        if (words.Contains("CHAIR", StringComparison.Ordinal))
        {
            return HandlerRole.ChairOfGovernors;
        }

        if (words.Contains("DEPUTY", StringComparison.Ordinal) || words.Contains("SAFEGUARDING", StringComparison.Ordinal) || words == "DSL")
        {
            return HandlerRole.DeputyOrDsl;
        }

        return words is "HEADTEACHER" or "HEAD" or "HEADTEACHERS" ? HandlerRole.HeadTeacher : HandlerRole.Handler;
    }
}
