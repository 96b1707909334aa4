namespace CadoxtonPolicyBot.Infrastructure.PolicyText;

/// <summary>Which text of the social media policy the bot uses (section "Policy"). README: "When the school revises its policy".</summary>
public sealed class PolicyOptions
{
    public const string SectionName = "Policy";

    /// <summary>
    /// The school's policy as a UTF-8 text file, absolute or relative to the app's folder. Empty: the copy embedded in
    /// the bot (adopted on 1 September 2026).
    /// </summary>
    public string? File { get; set; }

    /// <summary>
    /// The date the school adopted that text (yyyy-MM-dd), shown to staff as "the policy of …". Required with
    /// <see cref="File"/>; for the embedded text it defaults to 1 September 2026.
    /// </summary>
    public DateOnly? AdoptedOn { get; set; }
}
