namespace CadoxtonPolicyBot.Policy;

/// <summary>
/// The policy text cannot be used: unreadable, or without wording the bot relies on. The message is written for the
/// person who installed the text: what is missing, what uses it, what to do. The bot does not start.
/// </summary>
public sealed class PolicyTextException : Exception
{
    public PolicyTextException()
    {
    }

    public PolicyTextException(string message)
        : base(message)
    {
    }

    public PolicyTextException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public PolicyTextException(string source, PolicyVersion version, IReadOnlyList<string> problems)
        : base(Describe(source, version, problems))
    {
        Problems = problems;
    }

    public IReadOnlyList<string> Problems { get; } = [];

    private static string Describe(string source, PolicyVersion version, IReadOnlyList<string> problems)
    {
        ArgumentNullException.ThrowIfNull(version);
        ArgumentNullException.ThrowIfNull(problems);
        return $"The policy text in {source} (version {version.Abbreviated}) cannot be used: the bot relies on wording it no longer has.\n"
            + string.Concat(problems.Select(p => "  - " + p + "\n"))
            + "The bot has not started. Put the wording back, or have what relies on it updated first "
            + "(README, \"When the school revises its policy\").";
    }
}
