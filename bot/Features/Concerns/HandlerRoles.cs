namespace CadoxtonPolicyBot.Features.Concerns;

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
