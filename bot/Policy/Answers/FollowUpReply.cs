namespace CadoxtonPolicyBot.Policy.Answers;

/// <summary>Recognises a typed reply to a pending follow-up: "yes"/"no", an option's label or its id.</summary>
public static class FollowUpReply
{
    private static readonly string[] Yes = ["yes", "yeah", "yep", "y", "yes please", "they are", "it is", "i do", "they have", "correct"];
    private static readonly string[] No = ["no", "nope", "n", "nah", "not really", "they arent", "it isnt", "i dont", "they havent", "none"];

    public static string? Match(string reply, PendingFollowUp pending)
    {
        var text = new string([.. reply.Trim().ToLowerInvariant().Where(c => char.IsLetterOrDigit(c) || c == ' ' || c == '-')]).Trim();
        if (text.Length == 0 || pending.OptionIds.Count == 0)
        {
            return null;
        }

        foreach (var id in pending.OptionIds)
        {
            var option = FollowUpOptions.Find(id);
            if (id == text || (option is not null && string.Equals(option.Label, reply.Trim(), StringComparison.OrdinalIgnoreCase)))
            {
                return id;
            }
        }

        // Options are written yes-first, so a plain yes or no picks the first or second.
        if (pending.OptionIds.Count == 2)
        {
            if (Array.Exists(Yes, y => text == y || text.StartsWith(y + " ", StringComparison.Ordinal)))
            {
                return pending.OptionIds[0];
            }

            if (Array.Exists(No, n => text == n || text.StartsWith(n + " ", StringComparison.Ordinal)))
            {
                return pending.OptionIds[1];
            }
        }

        return null;
    }
}
