using System.Text;

namespace CadoxtonPolicyBot.Policy.Answers;

/// <summary>
/// Writes a decision up as a careful, kind head teacher would: the answer first (Yes / No / It depends on … / The
/// policy doesn't cover …), both halves of a two-part question, what to do, and then the policy's own words.
/// In Welsh the answer is Welsh and the policy is quoted in English, the school's only text of it.
/// </summary>
internal sealed class AnswerWriter(PolicyDocument policy)
{
    private const string OutOfScopeHelp =
        "I can help with the staff social media policy: ask me whether you can post something, about photos, pupils, " +
        "privacy settings or using phones and school computers, say \"show the policy\" or \"clause 7\", or report a concern.";

    private const string TruncatedNote = "Your message was long, so I answered its first part only: please ask one question at a time.";

    public PolicyAnswer Write(Decision decision, QuestionFacts facts, AnswerLanguage language = AnswerLanguage.English, bool truncated = false)
    {
        var welsh = language == AnswerLanguage.Welsh;
        var quotes = decision.Cites.Select(Quote).ToList();
        var summary = welsh ? WelshSummary(decision, facts) : Summary(decision);
        if (truncated)
        {
            summary += " " + (welsh ? WelshAnswers.Truncated : TruncatedNote);
        }

        var followUp = decision.Ask is { } ask
            ? welsh
                ? new FollowUp(WelshAnswers.Question(ask.Question), [.. ask.Options.Select(o => o with { Label = WelshAnswers.Label(o.Id, o.Label) })])
                : new FollowUp(ask.Question, ask.Options)
            : null;
        IReadOnlyList<string> advice = welsh ? WelshAnswers.Advice(decision.Verdict) : decision.Advice;
        if (decision.Verdict == Verdict.OutOfScope)
        {
            advice = welsh ? [] : [OutOfScopeHelp];
        }

        return new PolicyAnswer
        {
            Verdict = decision.Verdict,
            Summary = summary,
            Quotes = quotes,
            Advice = advice,
            Text = Compose(summary, decision, quotes, followUp, advice, welsh),
            FollowUp = followUp,
            Interpretations = decision.Interpretations,
            Pending = followUp is null ? null : new PendingFollowUp(facts, [.. followUp.Options.Select(o => o.Id)], policy.Version.Sha256Hex, language),
            OfferConcern = decision.OfferConcern,
            OfferHeadTeacher = decision.OfferHeadTeacher,
            PolicyVersion = policy.Version.Sha256Hex,
            Language = language,
            Facts = facts,
            Truncated = truncated,
            RuleNames = decision.RuleNames ?? [],
        };
    }

    /// <summary>The first words answer the question asked; then the reason, in one or two plain sentences.</summary>
    private static string Summary(Decision d)
    {
        if (d.Parts is { Count: > 1 } parts)
        {
            var lines = new StringBuilder(PartsOpening(parts));
            for (var i = 0; i < parts.Count; i++)
            {
                lines.Append('\n').Append(i + 1).Append(". ").Append(Short(parts[i].Verdict)).Append(' ').Append(parts[i].Reason);
            }

            return lines.ToString();
        }

        var why = string.Join(" ", d.Reasons);
        var opening = d.Verdict switch
        {
            Verdict.NotAllowed => "No, please don't.",
            Verdict.AllowedWithCare => "Yes, with care.",
            Verdict.Allowed => "Yes, that's fine.",
            Verdict.Depends => why.StartsWith("It depends", StringComparison.Ordinal) ? "" : "It depends.",
            Verdict.ReportConcern => "Thank you for raising this: you can report it privately.",
            Verdict.OutOfScope when d.RuleNames is ["not-decided"] =>
                "The policy doesn't say anything that decides this, so I won't guess: please ask the head teacher.",
            Verdict.OutOfScope => "The social media policy doesn't cover that, so I can't answer it from the policy.",
            _ => d.Reasons.Count == 0 ? "Here is what the policy says." : "",
        };
        return (opening + " " + why).Trim();
    }

    private static string PartsOpening(IReadOnlyList<PartAnswer> parts)
    {
        var verdicts = parts.Select(p => p.Verdict).Distinct().ToList();
        if (verdicts.Count == 1)
        {
            return verdicts[0] switch
            {
                Verdict.NotAllowed => "No to both.",
                Verdict.Allowed or Verdict.AllowedWithCare => "Yes to both, with care.",
                Verdict.Info => "Here is what the policy says on both.",
                _ => "You asked two things:",
            };
        }

        return verdicts.Contains(Verdict.NotAllowed) ? "Not all of it. You asked two things:" : "You asked two things:";
    }

    private static string Short(Verdict verdict) => verdict switch
    {
        Verdict.NotAllowed => "No:",
        Verdict.AllowedWithCare => "Yes, with care:",
        Verdict.Allowed => "Yes:",
        Verdict.Depends => "It depends:",
        Verdict.ReportConcern => "Report it:",
        Verdict.OutOfScope => "Not covered:",
        _ => "The policy says:",
    };

    private static string WelshSummary(Decision d, QuestionFacts facts)
    {
        if (d.Verdict == Verdict.OutOfScope && !facts.InScope)
        {
            return WelshAnswers.NotUnderstood;
        }

        var reasons = new List<string>();
        foreach (var cite in d.Cites)
        {
            var reason = WelshAnswers.Reason(cite.SectionId, d.Verdict);
            if (reason.Length > 0 && !reasons.Contains(reason))
            {
                reasons.Add(reason);
            }

            if (reasons.Count == 2)
            {
                break;
            }
        }

        var opening = d.Verdict == Verdict.Info ? "" : WelshAnswers.Opening(d.Verdict);
        return (opening + " " + string.Join(" ", reasons)).Trim();
    }

    private static string Compose(string summary, Decision d, List<PolicyQuote> quotes, FollowUp? followUp, IReadOnlyList<string> advice, bool welsh)
    {
        var text = new StringBuilder(512).Append(summary);
        if (followUp is not null)
        {
            text.Append("\n\n").Append(followUp.Question);
            if (d.Interpretations is { Count: > 0 } readings)
            {
                foreach (var reading in readings)
                {
                    text.Append("\n- ").Append(reading.Label).Append(": ").Append(Describe(reading.Preview));
                }
            }
            else
            {
                foreach (var option in followUp.Options)
                {
                    text.Append("\n- ").Append(option.Label);
                }
            }
        }

        if (advice.Count > 0)
        {
            var heading = welsh
                ? d.Verdict is Verdict.NotAllowed ? WelshAnswers.WhatToDoInstead : WelshAnswers.WhatToDo
                : d.Verdict is Verdict.NotAllowed ? "What to do instead:" : "What to do:";
            text.Append("\n\n").Append(heading);
            foreach (var line in advice)
            {
                text.Append("\n- ").Append(line);
            }
        }

        if (quotes.Count > 0)
        {
            text.Append("\n\n").Append(welsh ? WelshAnswers.QuotedInEnglish : "The policy says:");
            foreach (var quote in quotes)
            {
                text.Append('\n').Append(quote.Title).Append(": \u201c").Append(quote.Text).Append('\u201d');
            }
        }

        return text.ToString();
    }

    private static string Describe(Verdict verdict) => verdict switch
    {
        Verdict.NotAllowed => "not allowed",
        Verdict.AllowedWithCare => "allowed, with care",
        Verdict.Allowed => "allowed",
        Verdict.Depends => "it depends",
        _ => verdict.ToWireName(),
    };

    private PolicyQuote Quote(Citation cite)
    {
        var section = policy[cite.SectionId];
        var title = cite.SectionId switch
        {
            "statement" or "disciplinary" or "advice" => section.Title,
            "evidence" => "Disciplinary Action (evidence)",
            _ => "Procedure " + cite.SectionId,
        };
        return new PolicyQuote(section.Id, title, cite.Focus is null ? section.Text : Sentence(section.Text, cite.Focus));
    }

    // The sentence of the section that holds the focus phrase, cut from the section's own text so it stays verbatim.
    internal static string Sentence(string text, string focus)
    {
        var at = text.IndexOf(focus, StringComparison.Ordinal);
        if (at < 0)
        {
            return text;
        }

        var start = at;
        while (start > 0 && !(text[start - 1] == '\n' || (text[start - 1] == ' ' && start >= 2 && text[start - 2] == '.')))
        {
            start--;
        }

        var end = text.IndexOf('.', at + focus.Length);
        end = end < 0 ? text.Length : end + 1;
        return text[start..end].Trim();
    }
}
