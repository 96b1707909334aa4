using System.Text;

namespace CadoxtonPolicyBot.Cards;

/// <summary>
/// Makes text safe to show in a TextBlock: Adaptive Cards render a Markdown subset, so a question or a quoted
/// post could otherwise add links, emphasis or lists of its own. Escaped characters show literally.
/// Only characters that can start Markdown are escaped, so ordinary punctuation stays readable on every client.
/// </summary>
public static class CardText
{
    private const string InlineMarkdown = "\\`*_[]<>~";
    private const string LineStartMarkdown = "#-+>";

    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length + 16);
        var atLineStart = true;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (InlineMarkdown.Contains(c, StringComparison.Ordinal)
                || (atLineStart && LineStartMarkdown.Contains(c, StringComparison.Ordinal))
                || (c == '.' && IsOrderedListMarker(builder)))
            {
                builder.Append('\\');
            }

            builder.Append(c);
            if (c == '\n')
            {
                atLineStart = true;
            }
            else if (!char.IsWhiteSpace(c))
            {
                atLineStart = false;
            }
        }

        return builder.ToString();
    }

    // "1." at the start of a line would become a numbered list.
    private static bool IsOrderedListMarker(StringBuilder written)
    {
        var i = written.Length - 1;
        if (i < 0 || !char.IsAsciiDigit(written[i]))
        {
            return false;
        }

        while (i >= 0 && char.IsAsciiDigit(written[i]))
        {
            i--;
        }

        while (i >= 0 && written[i] is ' ' or '\t')
        {
            i--;
        }

        return i < 0 || written[i] == '\n';
    }
}
