using System.Text;
using System.Text.RegularExpressions;
using CadoxtonPolicyBot.Protocol;

namespace CadoxtonPolicyBot.Turns;

/// <summary>Turns an inbound message into the text the user meant: @mentions of the bot removed, tags gone.</summary>
public static partial class MessageText
{
    public static IncomingMessage From(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var text = activity.Text ?? string.Empty;
        var botId = activity.Recipient?.Id;
        foreach (var entity in activity.Entities ?? [])
        {
            if (entity["type"]?.GetValue<string>() == "mention"
                && entity["mentioned"]?["id"]?.GetValue<string>() is { } id
                && string.Equals(id, botId, StringComparison.OrdinalIgnoreCase)
                && entity["text"]?.GetValue<string>() is { Length: > 0 } mentionText)
            {
                text = text.Replace(mentionText, " ", StringComparison.Ordinal);
            }
        }

        // Whatever markup is left (a mention without an entity, Teams' HTML) is not part of the question.
        text = System.Net.WebUtility.HtmlDecode(AtTag().Replace(text, " "));
        text = HtmlTag().Replace(text, " ");
        text = Whitespace().Replace(text, " ").Trim();
        return new IncomingMessage(text, Normalise(text));
    }

    /// <summary>Lower case, letters and digits only, single spaces: "Help!" and " help " both become "help".</summary>
    public static string Normalise(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text.ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(c);
                space = false;
            }
            else if (!space && builder.Length > 0)
            {
                builder.Append(' ');
                space = true;
            }
        }

        return builder.ToString().TrimEnd();
    }

    // Linear-time matching: a message of many "<at" with no closing tag cost quadratic time with a backtracking engine.
    [GeneratedRegex("<at[^>]*>.*?</at>", RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.NonBacktracking)]
    private static partial Regex AtTag();

    [GeneratedRegex("<[^>]+>", RegexOptions.NonBacktracking)]
    private static partial Regex HtmlTag();

    [GeneratedRegex(@"\s+", RegexOptions.NonBacktracking)]
    private static partial Regex Whitespace();
}
