namespace CadoxtonPolicyBot.Features.Concerns;

/// <summary>
/// The policy's "evidence" paragraph (Disciplinary Action, third paragraph), word for word. Reporters read it before
/// they report, because it is why a concern is never anonymous. A test compares it with the policy file.
/// </summary>
internal static class PolicyEvidenceParagraph
{
    public const string Text =
        "Evidence of any inappropriate use of social networking sites, as outlined above, e.g. copies of postings/blogs etc will be used in any disciplinary proceedings if this has been produced as basis of allegation by either the person against whom the comments are made or individuals who raise concerns.";
}
