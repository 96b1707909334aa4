using System.Text;

namespace CadoxtonPolicyBot.Policy.Answers;

/// <summary>Writes a decision up as a careful, kind head teacher would: verdict first, then the policy's words, then what to do.</summary>
internal sealed class AnswerWriter(PolicyDocument policy)
{
    public PolicyAnswer Write(Decision decision, QuestionFacts facts)
    {
        var quotes = decision.Cites.Select(Quote).ToList();
        var summary = Summary(decision);
        var followUp = decision.Ask is { } ask ? new FollowUp(ask.Question, ask.Options) : null;
        var advice = decision.Advice.Count > 0 || decision.Verdict is not Verdict.OutOfScope ? decision.Advice : [];
        if (decision.Verdict == Verdict.OutOfScope)
        {
            advice = [OutOfScopeHelp];
        }

        return new PolicyAnswer
        {
            Verdict = decision.Verdict,
            Summary = summary,
            Quotes = quotes,
            Advice = advice,
            Text = Compose(summary, decision, quotes, followUp, advice),
            FollowUp = followUp,
            Interpretations = decision.Interpretations,
            Pending = followUp is null ? null : new PendingFollowUp(facts, [.. followUp.Options.Select(o => o.Id)], policy.Version.Sha256Hex),
            OfferConcern = decision.OfferConcern,
            OfferHeadTeacher = decision.OfferHeadTeacher,
            PolicyVersion = policy.Version.Sha256Hex,
        };
    }

    private const string OutOfScopeHelp =
        "I can help with the staff social media policy: ask me whether you can post something, about photos, pupils, " +
        "privacy settings or using phones and school computers, say \"show the policy\" or \"clause 7\", or report a concern.";

    private static string Summary(Decision d)
    {
        var opening = d.Verdict switch
        {
            Verdict.NotAllowed => "No, please don't.",
            Verdict.AllowedWithCare => "Yes, but with care.",
            Verdict.Allowed => "Yes, that's fine.",
            Verdict.Depends => "It depends.",
            Verdict.ReportConcern => "Thank you for raising this: you can report it privately.",
            Verdict.OutOfScope => "That isn't something the social media policy covers, so I can't answer it.",
            _ => d.Reasons.Count == 0 ? "Here is what the policy says." : "",
        };
        var why = string.Join(" ", d.Reasons);
        return (opening + " " + why).Trim();
    }

    private static string Compose(string summary, Decision d, List<PolicyQuote> quotes, FollowUp? followUp, IReadOnlyList<string> advice)
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

        if (quotes.Count > 0)
        {
            text.Append("\n\nThe policy says:");
            foreach (var quote in quotes)
            {
                text.Append('\n').Append(quote.Title).Append(": \u201c").Append(quote.Text).Append('\u201d');
            }
        }

        if (advice.Count > 0)
        {
            text.Append(d.Verdict is Verdict.NotAllowed ? "\n\nWhat to do instead:" : "\n\nWhat to do:");
            foreach (var line in advice)
            {
                text.Append("\n- ").Append(line);
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
