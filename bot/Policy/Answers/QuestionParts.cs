using System.Text;

namespace CadoxtonPolicyBot.Policy.Answers;

/// <summary>
/// Splits a message that asks two things ("Can I post the hall photo? And the video of the leavers?") into its
/// questions, so each half gets its own answer. Statements stay with the question they follow (or, before the first
/// question, with the first one).
/// </summary>
internal static class QuestionParts
{
    private static readonly string[] JoinedAsks = [", and can i ", " and can i also ", ", can i also ", ", and is it ok ", " and also can i ", ", and also ",
        ", and if not can i ", ", and if not, can i ", ", or if not can i ", ", if not can i ", ", if not, can i "];

    public static IReadOnlyList<string> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sentences = Sentences(text);
        var parts = new List<StringBuilder>();
        var pendingStatements = new StringBuilder();
        foreach (var (sentence, isQuestion) in sentences)
        {
            if (isQuestion)
            {
                var part = new StringBuilder();
                if (parts.Count == 0)
                {
                    part.Append(pendingStatements).Append(' ');
                    pendingStatements.Clear();
                }

                parts.Add(part.Append(sentence));
            }
            else if (parts.Count == 0)
            {
                pendingStatements.Append(sentence).Append(' ');
            }
            else
            {
                parts[^1].Append(' ').Append(sentence);
            }
        }

        if (parts.Count == 0)
        {
            return SplitJoined(text.Trim());
        }

        var result = new List<string>();
        foreach (var part in parts)
        {
            result.AddRange(SplitJoined(part.ToString().Trim()));
        }

        if (pendingStatements.Length > 0)
        {
            result[^1] += " " + pendingStatements.ToString().Trim();
        }

        // A part too short to be a question of its own ("Is it?") stays with the one before.
        for (var i = result.Count - 1; i > 0; i--)
        {
            if (result[i].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < 4)
            {
                result[i - 1] += " " + result[i];
                result.RemoveAt(i);
            }
        }

        return result;
    }

    private static List<string> SplitJoined(string sentence)
    {
        var lower = sentence.ToLowerInvariant();
        foreach (var join in JoinedAsks)
        {
            var at = lower.IndexOf(join, StringComparison.Ordinal);
            if (at > 20 && sentence.Length - at > 15)
            {
                return [sentence[..at].Trim(), sentence[(at + 2)..].Trim()];
            }
        }

        return [sentence];
    }

    private static List<(string Text, bool IsQuestion)> Sentences(string text)
    {
        var list = new List<(string, bool)>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var end = (c is '?' && !EndsAQuote(text, i)) || ((c is '.' or '!') && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1])) && !IsAbbreviation(text, i));
            if (end)
            {
                var piece = text[start..(i + 1)].Trim();
                if (piece.Any(char.IsLetterOrDigit))
                {
                    list.Add((piece, c == '?'));
                }
                else if (list.Count > 0 && piece.Length > 0)
                {
                    // "Could I get sacked for this??", "really?!": the extra marks end the same sentence, not an empty question.
                    list[^1] = (list[^1].Item1 + piece, list[^1].Item2 || c == '?');
                }

                start = i + 1;
            }
        }

        var rest = text[start..].Trim();
        if (rest.Length > 0)
        {
            list.Add((rest, false));
        }

        return list;
    }

    // "Saying 'is this the school that can't control its pupils??'. What do I do?": a question quoted from someone else's post
    // (the mark right before the closing quote, with the sentence going on) is what they wrote, not a question of the asker's.
    private static bool EndsAQuote(string text, int mark)
    {
        var next = mark + 1;
        while (next < text.Length && text[next] is '?' or '!')
        {
            next++;
        }

        return next + 1 < text.Length && text[next] is '\'' or '"' or '\u2019' or '\u201D' && text[(next + 1)..].Any(char.IsLetter);
    }

    // "Mr. Jones", "8.50": a full stop inside a word or number does not end a sentence.
    private static bool IsAbbreviation(string text, int dot) =>
        dot > 0 && dot + 1 < text.Length && char.IsDigit(text[dot - 1]) && char.IsDigit(text[dot + 1]);
}
