namespace CadoxtonPolicyBot.Policy;

/// <summary>One citable part of the policy.</summary>
/// <param name="Id">Stable id: <c>statement</c>, <c>1</c> … <c>9</c>, <c>disciplinary</c>, <c>evidence</c>, <c>advice</c>.</param>
/// <param name="Title">How the bot names the section to staff.</param>
/// <param name="Text">The section's words exactly as they appear in the policy text.</param>
/// <param name="Governs">A plain summary of what the section covers, used when listing sections.</param>
/// <param name="ShortName">A few words naming the section where space is short (a choice on a phone).</param>
public sealed record PolicySection(string Id, string Title, string Text, string Governs, string ShortName);
