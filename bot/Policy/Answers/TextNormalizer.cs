using System.Collections.Frozen;
using System.Text;
using System.Text.RegularExpressions;

namespace CadoxtonPolicyBot.Policy.Answers;

/// <summary>
/// Turns a question into normalised tokens: lower case, apostrophes and possessives dropped, slang expanded,
/// one-letter typos of policy words corrected, clause boundaries kept, and a quoted draft marked.
/// </summary>
internal static partial class TextNormalizer
{
    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> DeletionIndex = BuildDeletionIndex();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Targets = Lexicon.TypoTargets.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> JudgementTargets = Lexicon.JudgementTypoTargets.GetAlternateLookup<ReadOnlySpan<char>>();

    public static List<Token> Tokenize(string question)
    {
        // "I'll be late" would otherwise join to "ill", and "we'll" to "well".
        question = WillContraction().Replace(question, "$1 will");
        var tokens = new List<Token>(32);
        var (draftStart, draftEnd) = DraftDetector.Find(question);
        var clause = 0;
        var word = new StringBuilder(24);
        var wordStart = 0;

        for (var i = 0; i <= question.Length; i++)
        {
            var c = i < question.Length ? question[i] : '.';
            // "sh*t", "f**k": a starred-out swear word stays one word, so the lexicon can still read it.
            if (char.IsLetterOrDigit(c) || (c == '*' && word.Length > 0 && i + 1 < question.Length && (char.IsLetter(question[i + 1]) || question[i + 1] == '*')))
            {
                if (word.Length == 0)
                {
                    wordStart = i;
                }

                word.Append(char.ToLowerInvariant(c));
                continue;
            }

            // Apostrophes and hyphens inside a word join it ("don't", "wi-fi"); a possessive 's is dropped.
            if ((c is '\'' or '\u2019' or '\u2018' or '-') && word.Length > 0 && i + 1 < question.Length && char.IsLetter(question[i + 1]))
            {
                if (c != '-' && (question[i + 1] is 's' or 'S') && (i + 2 >= question.Length || !char.IsLetter(question[i + 2])))
                {
                    // "what's" is "what is" and stays "whats"; "the council's" is a possessive and reads as "council".
                    if (IsContraction(word))
                    {
                        word.Append('s');
                    }

                    i++;
                }

                continue;
            }

            if (word.Length > 0)
            {
                var text = word.ToString();
                word.Clear();
                if (text == "but")
                {
                    // "but" turns the sentence: negation before it does not reach past it.
                    clause++;
                    continue;
                }

                Emit(tokens, text, clause, wordStart >= draftStart && wordStart < draftEnd, IsCapitalisedInSentence(question, wordStart),
                    IsCapitalisedAfterBreak(question, wordStart));
            }

            // An eye-roll or an upside-down smile says the words around it mean the opposite: in a quoted post it is the
            // post's tone (a complaint), in the question it is only a hint.
            if (char.IsHighSurrogate(c) && i + 1 < question.Length && SarcasmEmoji.Contains(char.ConvertToUtf32(c, question[i + 1])))
            {
                var inDraft = i >= draftStart && i < draftEnd;
                tokens.Add(new Token(inDraft ? "eyeroll" : "sarcasm", clause, inDraft));
            }

            if (c is '.' or ',' or ';' or ':' or '!' or '?' or '(' or ')' or '"' or '\u201c' or '\u201d' or '\n' || i == draftStart || i == draftEnd)
            {
                clause++;
            }
        }

        ApplyNumberWords(tokens);
        return tokens;
    }

    // 🙄 🙃 😒 🤦 😤
    private static readonly FrozenSet<int> SarcasmEmoji = new[] { 0x1F644, 0x1F643, 0x1F612, 0x1F926, 0x1F624 }.ToFrozenSet();

    private static readonly string[] ContractsIs = ["what", "that", "it", "who", "there", "he", "she", "where", "how", "here", "let"];

    private static bool IsContraction(StringBuilder word) => Array.Exists(ContractsIs, w => word.Equals(w));

    // A capital that does not start a sentence (or a quote) marks a name; "I" and words in capitals throughout are not names.
    private static bool IsCapitalisedInSentence(string question, int start)
    {
        if (!char.IsUpper(question[start]) || (start + 1 < question.Length && char.IsUpper(question[start + 1])))
        {
            return false;
        }

        if (start + 1 >= question.Length || !char.IsLetter(question[start + 1]))
        {
            return false;
        }

        for (var k = start - 1; k >= 0; k--)
        {
            var c = question[k];
            if (char.IsWhiteSpace(c))
            {
                continue;
            }

            return !(c is '.' or '?' or '!' or '"' or '\'' or '\u2018' or '\u201c' or ':' or '(' or '\n' or '-' or '\u2014' or '*');
        }

        return false;
    }

    // After an emoji ("so good 😂 Only the coffee…") a capital may open a new sentence or be a name ("😂 Jack did it"): it stays
    // capitalised for every check of names, and is also marked as opening a phrase, so that "Only" or "The" there is no name.
    // The last character of an emoji: the low half of a surrogate pair, a variation selector, or a symbol such as ☺ or ❤.
    private static bool IsEmojiEnd(char c) =>
        char.IsLowSurrogate(c) || c == '\uFE0F' || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.OtherSymbol;

    // "Teacher problems: Alfie ate a crayon", "(Jack's idea)": a capital opening a phrase after a colon, dash, bracket or quote.
    private static bool IsCapitalisedAfterBreak(string question, int start)
    {
        if (!char.IsUpper(question[start]) || start + 1 >= question.Length || !char.IsLower(question[start + 1]))
        {
            return false;
        }

        for (var k = start - 1; k >= 0; k--)
        {
            if (!char.IsWhiteSpace(question[k]))
            {
                return question[k] is ':' or '(' or '-' or '\u2013' or '\u2014' or '"' or '\'' or '\u2018' or '\u201c' or '*' || IsEmojiEnd(question[k]);
            }
        }

        return false;
    }

    private static void Emit(List<Token> tokens, string raw, int clause, bool inDraft, bool capitalised = false, bool capitalAfterBreak = false)
    {
        var text = Slang.Words.TryGetValue(raw, out var mapped) ? mapped : Correct(raw);
        if (text.Length == 0)
        {
            return;
        }

        if (text.Contains(' ', StringComparison.Ordinal))
        {
            foreach (var part in text.Split(' '))
            {
                tokens.Add(new Token(part, clause, inDraft));
            }

            return;
        }

        tokens.Add(new Token(text, clause, inDraft, capitalised, capitalAfterBreak));
    }

    // "2" and "4" are text-speak for "to" and "for" unless a word that takes a number comes before them.
    private static void ApplyNumberWords(List<Token> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (t.Text is not ("2" or "4"))
            {
                continue;
            }

            var previous = i > 0 ? tokens[i - 1].Text : "";
            var nextIsWord = i + 1 < tokens.Count && char.IsLetter(tokens[i + 1].Text[0]);
            if (nextIsWord && !Slang.NumberTakers.Contains(previous))
            {
                tokens[i] = t with { Text = t.Text == "2" ? "to" : "for" };
            }
        }
    }

    private static string Correct(string word)
    {
        if (Lexicon.Phrases.ContainsKey(word) || Lexicon.PhraseWords.Contains(word) || word.Length < 4 || !char.IsLetter(word[0]))
        {
            return word;
        }

        // Plurals of known words are matched at lookup time, so phrases keep their own plurals.
        if (word[^1] == 's' && Lexicon.Phrases.ContainsKey(word[..^1]))
        {
            return word;
        }

        if (word.Length < 6 || Slang.Common.Contains(word))
        {
            return word;
        }

        return FindOneEditAway(word) ?? FindJudgementTypo(word) ?? word;
    }

    // Symmetric-delete lookup: a word one insertion, deletion, substitution or transposition away from a lexicon word
    // shares a one-deletion variant with it. Spans keep the lookup free of allocations.
    // Judgement words ("rubbish", "useless") are corrected only from the typos people make in them, a doubled or
    // undoubled letter or two letters swapped ("rubish", "uselesss", "terible"), never from another word one letter
    // away ("stating" is not "slating").
    private static string? FindJudgementTypo(string word)
    {
        Span<char> buffer = stackalloc char[word.Length + 1];
        for (var i = 0; i < word.Length; i++)
        {
            // Undoubled: "rubish" → "rubbish".
            word.AsSpan(0, i + 1).CopyTo(buffer);
            buffer[i + 1] = word[i];
            word.AsSpan(i + 1).CopyTo(buffer[(i + 2)..]);
            if (JudgementTargets.TryGetValue(buffer[..(word.Length + 1)], out var target))
            {
                return target;
            }

            // Doubled: "useles s" → "useless".
            if (i + 1 < word.Length && word[i] == word[i + 1])
            {
                word.AsSpan(0, i).CopyTo(buffer);
                word.AsSpan(i + 1).CopyTo(buffer[i..]);
                if (JudgementTargets.TryGetValue(buffer[..(word.Length - 1)], out target))
                {
                    return target;
                }
            }

            // Swapped: "rubbihs" → "rubbish".
            if (i + 1 < word.Length)
            {
                word.AsSpan().CopyTo(buffer);
                (buffer[i], buffer[i + 1]) = (buffer[i + 1], buffer[i]);
                if (JudgementTargets.TryGetValue(buffer[..word.Length], out target))
                {
                    return target;
                }
            }
        }

        return null;
    }

    private static string? FindOneEditAway(string word)
    {
        if (DeletionIndex.TryGetValue(word, out var target) && target.Length > 0)
        {
            return target;
        }

        string? twoDeletions = null;

        Span<char> buffer = stackalloc char[word.Length];
        for (var skip = 0; skip < word.Length; skip++)
        {
            word.AsSpan(0, skip).CopyTo(buffer);
            word.AsSpan(skip + 1).CopyTo(buffer[skip..]);
            var variant = buffer[..(word.Length - 1)];
            if (Targets.TryGetValue(variant, out var exact))
            {
                return exact;
            }

            // A shared deletion variant is one edit only when both words lost the same letter (a substitution) or
            // neighbouring letters (a transposition); otherwise "hearing" would become "sharing".
            if (DeletionIndex.TryGetValue(variant, out target) && target.Length > 0 && IsOneEdit(word, target))
            {
                twoDeletions ??= target;
            }
        }

        return twoDeletions;
    }

    // Only words of equal length share a deletion variant, so a substitution or a transposition is all that is left.
    private static bool IsOneEdit(string a, string b)
    {
        if (a.Length != b.Length)
        {
            return false;
        }

        var first = 0;
        while (first < a.Length && a[first] == b[first])
        {
            first++;
        }

        var last = a.Length - 1;
        while (last > first && a[last] == b[last])
        {
            last--;
        }

        return last == first || (last == first + 1 && a[first] == b[last] && a[last] == b[first]);
    }

    private static Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> BuildDeletionIndex()
    {
        var index = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var target in Lexicon.TypoTargets)
        {
            for (var skip = 0; skip < target.Length; skip++)
            {
                var variant = string.Concat(target.AsSpan(0, skip), target.AsSpan(skip + 1));
                if (Lexicon.Phrases.ContainsKey(variant))
                {
                    continue;
                }

                // Two targets sharing a variant make the correction a guess; an empty value marks it as unusable.
                index[variant] = index.TryGetValue(variant, out var existing) && existing != target ? "" : target;
            }
        }

        return index.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    [GeneratedRegex(@"\b(i|you|we|she|he|they|it|that|there)['\u2019]ll\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex WillContraction();
}
