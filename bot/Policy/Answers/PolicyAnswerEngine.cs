using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace CadoxtonPolicyBot.Policy.Answers;

/// <summary>
/// Answers "Can I post this?" questions from the policy. Pure: the same question (or facts) always gets the same
/// answer, and nothing a user types is kept or logged.
/// </summary>
public sealed class PolicyAnswerEngine
{
    private static readonly Citation ReportedPostsAsEvidence = new("evidence");
    private static readonly Citation HarmfulPosts = new("4");

    private readonly PolicyDocument _policy;
    private readonly AnswerWriter _writer;
    private readonly ILogger _logger;

    public PolicyAnswerEngine(PolicyDocument policy, ILogger<PolicyAnswerEngine>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(policy);
        _policy = policy;
        _writer = new AnswerWriter(policy);
        _logger = (ILogger?)logger ?? NullLogger.Instance;
    }

    public PolicyDocument Policy => _policy;

    /// <summary>
    /// Every section the answers cite and every sentence they quote by its words: checked against the policy text at
    /// start-up, so a revision cannot leave an answer quoting wording that is gone (or the whole section in its place).
    /// </summary>
    public static IReadOnlyList<PolicyRequirement> Requirements { get; } =
    [
        .. PolicyRules.All.SelectMany(rule =>
            rule.Cites.Select(c => new PolicyRequirement(c.SectionId, c.Focus, $"the answer rule \"{rule.Name}\""))),
        .. InfoTopics.Citations.Select(c => new PolicyRequirement(c.Cite.SectionId, c.Cite.Focus, c.UsedBy)),
        new(ReportedPostsAsEvidence.SectionId, null, "answers to someone reporting a post"),
        new(HarmfulPosts.SectionId, null, "answers to someone reporting a post"),
        .. PolicyDocument.SectionIds.Select(id => new PolicyRequirement(id, null, "\"show the policy\" and \"clause …\" answers")),
    ];

    /// <summary>The most of a message the engine reads: the first few sentences (a Teams message can be 28 KB; a question is not).</summary>
    public const int MaxQuestionChars = 1200;

    /// <summary>How many questions of one message are answered (two-part questions are common; ten are not a question).</summary>
    public const int MaxParts = 2;

    /// <summary>
    /// Answers a question. With a pending follow-up in <paramref name="context"/>, a typed reply ("yes", "it's my own phone",
    /// "ie") resolves it; with the facts of the last answer, a follow-on ("and on Instagram?") re-answers with them.
    /// </summary>
    public PolicyAnswer Answer(string question, AnswerContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(question);
        var (text, truncated) = ReadablePart(question);
        var language = context?.Language ?? LanguageDetector.Detect(text);
        if (context?.Pending is { } pending && (context.PendingIsLatest || context.LastFacts is null)
            && FollowUpReply.Match(text, pending, language) is { } optionId)
        {
            // "Other kids are in it and I haven't asked their parents" answers the question asked and says more: what else it
            // states is kept with the answer, as a follow-on's facts are. A pressed button or a bare "yes" states nothing more.
            // The act and whom it is with stay those of the question asked ("on Seesaw, about her homework" is how the message to
            // the pupil goes, not a new post).
            var stated = FactExtractor.Extract(text, language);
            return stated.InScope || stated.About != People.None
                ? Resolve(pending with
                {
                    Facts = FactsOverlay.Merge(pending.Facts, stated) with
                    {
                        Activities = pending.Facts.Activities == Activities.None ? stated.Activities : pending.Facts.Activities,
                        ContactWith = pending.Facts.ContactWith,
                        OwnChildrenOrPupilsUnclear = pending.Facts.OwnChildrenOrPupilsUnclear,
                    },
                }, optionId, language)
                : Resolve(pending, optionId, language);
        }

        var parts = QuestionParts.Split(text);
        if (parts.Count > MaxParts)
        {
            // A message of many questions: the first two are answered, and the answer says only part was read.
            parts = [.. parts.Take(MaxParts)];
            truncated = true;
        }

        var decisions = new List<(QuestionFacts Facts, Decision Decision)>(parts.Count);
        var earlier = context?.LastFacts;
        foreach (var part in parts)
        {
            var facts = FactExtractor.Extract(part, language);
            if (earlier is not null && FactsOverlay.IsFollowOn(part, facts))
            {
                facts = FactsOverlay.Merge(earlier, facts);
            }

            // "No kids in it", "nothing about school": a follow-up the question has already answered is answered at once.
            var (settled, partDecision) = StatedAssurances.Settle(part, language, facts, Decide(facts), Decide);
            decisions.Add((settled, partDecision));
            earlier = settled;
        }

        var (decision, decided) = decisions.Count == 1 ? (decisions[0].Decision, decisions[0].Facts) : Combine(decisions);
        return Write(decision, decided, language, truncated);
    }

    /// <summary>Answers from facts already extracted (or stored with a follow-up).</summary>
    public PolicyAnswer Answer(QuestionFacts facts, AnswerLanguage language = AnswerLanguage.English)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return Write(Decide(facts), facts, language, truncated: false);
    }

    private PolicyAnswer Write(Decision decision, QuestionFacts facts, AnswerLanguage language, bool truncated)
    {
        var answer = _writer.Write(decision, facts, language, truncated);
        if (_logger.IsEnabled(LogLevel.Information))
        {
            var verdict = answer.Verdict.ToWireName();
            var sections = string.Join(',', answer.SectionIds);
            Log.AnswerGiven(_logger, verdict, sections);
        }

        return answer;
    }

    /// <summary>The first sentences of a long message, up to <see cref="MaxQuestionChars"/>, cut at a sentence end where there is one.</summary>
    public static (string Text, bool Truncated) ReadablePart(string question)
    {
        if (question.Length <= MaxQuestionChars)
        {
            return (question, false);
        }

        var window = question.AsSpan(0, MaxQuestionChars);
        var end = window.LastIndexOfAny('.', '?', '!');
        return (end > MaxQuestionChars / 3 ? question[..(end + 1)] : question[..MaxQuestionChars], true);
    }

    /// <summary>Two questions in one message: each half is answered, and the strictest verdict leads.</summary>
    private static (Decision, QuestionFacts) Combine(List<(QuestionFacts Facts, Decision Decision)> parts)
    {
        static int Rank(Verdict v) => v switch
        {
            Verdict.NotAllowed => 6,
            Verdict.ReportConcern => 5,
            Verdict.Depends => 4,
            Verdict.AllowedWithCare => 3,
            Verdict.Allowed => 2,
            Verdict.Info => 1,
            _ => 0,
        };

        // "Is a private account treated differently? If only 40 friends see it, is it still posting?": a half that no rule decided,
        // beside a question about the policy, asks the same thing again; the information answers it, not a question back.
        if (parts.Exists(p => p.Decision.Verdict == Verdict.Info)
            && parts.RemoveAll(p => p.Decision.RuleNames is { Count: > 0 } names && names[0].StartsWith("undecided-", StringComparison.Ordinal)) > 0
            && parts.Count == 1)
        {
            return (parts[0].Decision, parts[0].Facts);
        }

        var conduct = parts.Where(p => p.Decision.Verdict is not (Verdict.Info or Verdict.OutOfScope)).ToList();
        var lead = (conduct.Count > 0 ? conduct : parts).MaxBy(p => Rank(p.Decision.Verdict));
        var cites = new List<Citation>();
        foreach (var cite in parts.SelectMany(p => p.Decision.Cites))
        {
            if (!cites.Exists(c => c.SectionId == cite.SectionId))
            {
                cites.Add(cite);
            }
        }

        var depends = parts.FirstOrDefault(p => p.Decision.Verdict == Verdict.Depends);
        var decision = new Decision(
            lead.Decision.Verdict,
            cites,
            [.. parts.SelectMany(p => p.Decision.Reasons).Distinct()],
            [.. parts.SelectMany(p => p.Decision.Advice).Distinct()],
            depends.Decision?.Ask,
            OfferConcern: parts.Exists(p => p.Decision.OfferConcern),
            OfferHeadTeacher: parts.Exists(p => p.Decision.OfferHeadTeacher),
            RuleNames: [.. parts.SelectMany(p => p.Decision.RuleNames ?? [])],
            Parts: [.. parts.Select(p => new PartAnswer(p.Decision.Verdict, p.Decision.Reasons.Count > 0 ? p.Decision.Reasons[0] : "", p.Decision.RuleNames is { Count: > 0 } names ? names[0] : null))]);
        return (decision, depends.Decision is not null ? depends.Facts : lead.Facts);
    }

    /// <summary>Gives the final answer once the user has chosen an option of a follow-up.</summary>
    public PolicyAnswer Resolve(PendingFollowUp pending, string optionId, AnswerLanguage language = AnswerLanguage.English)
    {
        ArgumentNullException.ThrowIfNull(pending);
        var option = FollowUpOptions.Find(optionId)
            ?? throw new ArgumentException("The option is not one this engine offers.", nameof(optionId));
        return Answer(FollowUpOptions.Apply(pending.Facts, option.Adds), pending.Language ?? language);
    }

    /// <summary>The label of an option as the follow-up offered it (several rules share option ids with their own wording).</summary>
    public string? OptionLabel(PendingFollowUp pending, string optionId) =>
        Decide(pending.Facts).Ask?.Options.FirstOrDefault(o => o.Id == optionId)?.Label ?? FollowUpOptions.Find(optionId)?.Label;

    /// <summary>Shows sections of the policy: all of them when <paramref name="sectionIds"/> is empty.</summary>
    public PolicyAnswer Show(IReadOnlyList<string> sectionIds) =>
        Answer(new QuestionFacts { Asks = PolicyTopics.ShowSections, RequestedSections = sectionIds, InScope = true });

    internal Decision Decide(QuestionFacts facts)
    {
        if (facts.OwnChildrenOrPupilsUnclear)
        {
            return DecideAmbiguousChildren(facts);
        }

        if (facts.Asks.HasFlag(PolicyTopics.ShowSections))
        {
            return ShowDecision(facts.RequestedSections);
        }

        var conduct = DecideConduct(facts);
        if ((conduct is null && InfoTopics.IsAboutAnotherPolicy(facts)) || InfoTopics.IsNotSocialMedia(facts, conduct))
        {
            return OutOfScope("out-of-scope");
        }

        // "If I report it, will they find out it was me?": the evidence paragraph answers it (the reporter's name goes with it).
        if (facts.AsksIfReporterKnown && facts.Asks.HasFlag(PolicyTopics.Evidence))
        {
            return InfoTopics.Decide(facts, null);
        }

        // Someone else's post and a question about screenshots of it is a concern being gathered, not a question about evidence.
        if ((facts.WantsToReport && !facts.Asks.HasFlag(PolicyTopics.Evidence))
            || (facts.Asks.HasFlag(PolicyTopics.Evidence) && !facts.Asks.HasFlag(PolicyTopics.Consequences) && facts.SomeoneElsesConduct
                && (facts.WantsToReport || (PolicyRules.Posts(facts) && !facts.AsksToDo))))
        {
            return ReportDecision(facts);
        }

        // "Forgot my Hwb password, who can reset it?": the school's IT support answers that, not the social media policy.
        if (facts.AsksForAccountHelp && !PolicyRules.Posts(facts) && !facts.PersonalPurpose && facts.Asks == PolicyTopics.None)
        {
            return OutOfScope("it-account-help");
        }

        // "I liked a post slagging off the school, is that a breach?": the verdict on the act is the answer, with what follows.
        if (facts.AsksIfBreach && !facts.SomeoneElsesConduct && conduct is { Verdict: Verdict.NotAllowed or Verdict.Depends })
        {
            var cites = conduct.Cites.Any(c => c.SectionId == "disciplinary") ? conduct.Cites : [.. conduct.Cites, new Citation("disciplinary")];
            return PermitGate.Check(conduct with { Cites = cites }, facts);
        }

        if (InfoTopics.IsPolicyQuestion(facts, conduct))
        {
            return InfoTopics.Decide(facts, conduct);
        }

        if (conduct is not null)
        {
            if (conduct.Verdict == Verdict.NotAllowed && (facts.Asks.HasFlag(PolicyTopics.Scope) || facts.Asks.HasFlag(PolicyTopics.PrivacySettings) || facts.OnLeave))
            {
                // "I'm on maternity leave, so the policy doesn't apply, right?": it does, and this is why not.
                conduct = conduct with { Cites = [.. conduct.Cites, new Citation("9"), PolicyRules.InsideAndOutside] };
            }

            return PermitGate.Check(conduct with { OfferConcern = facts.SomeoneElsesConduct }, facts);
        }

        // Nothing decided it: never a permit. Ask the one fact that would decide it, or say plainly the policy doesn't.
        return Undecided(facts);
    }

    /// <summary>
    /// What the engine says when no rule decides the question. It can only ask (<see cref="Verdict.Depends"/>) or say the
    /// policy doesn't cover it (<see cref="Verdict.OutOfScope"/>): there is no path from here to a permit.
    /// </summary>
    internal static Decision Undecided(QuestionFacts facts)
    {
        if (facts.InScope && PolicyRules.Posts(facts) && facts.HasImage)
        {
            return new Decision(Verdict.Depends, [new Citation("7"), new Citation("6")],
                ["It depends on who and what is in the picture: pupils, their names, or colleagues who haven't agreed must not be in it."], [],
                new DecidingQuestion("Could any pupils (or their names) be seen in it?",
                    [new("pupils-in", "Yes, or I'm not sure", FactAnswer.PupilsIdentifiable),
                     new("no-pupils", "No, no pupils at all", FactAnswer.NoPupilsIdentifiable)]),
                RuleNames: ["undecided-picture"]);
        }

        if (facts.InScope && PolicyRules.Posts(facts))
        {
            return new Decision(Verdict.Depends, [new Citation("3"), new Citation("4")],
                ["It depends on what it's about: your own life is your own business, but nothing confidential or critical about the school or the people connected with it."], [],
                new DecidingQuestion("What would it be about?",
                    [new("own-life", "My own life, nothing to do with school", FactAnswer.OwnLife),
                     new("about-school", "The school, pupils, colleagues or families", FactAnswer.AboutSchool)]),
                RuleNames: ["undecided-post"]);
        }

        if (facts.InScope && PolicyRules.Contacts(facts) && facts.ContactWith == People.None)
        {
            return new Decision(Verdict.Depends, [new Citation("8")],
                ["It depends on who it is: personal dialogue with pupils on social media is not allowed."], [],
                new DecidingQuestion("Who is it?",
                    [new("contact-pupil", "A pupil at the school", FactAnswer.ContactPupil),
                     new("contact-former-pupil", "A former pupil", FactAnswer.ContactFormerPupil),
                     new("contact-adult", "A parent, colleague or another adult", FactAnswer.ContactAdult)]),
                RuleNames: ["undecided-contact"]);
        }

        return OutOfScope(facts.InScope ? "not-decided" : "out-of-scope");
    }

    /// <summary>"The policy doesn't cover that", with "Ask the head teacher"; the rule name says why (the writer words it by it).</summary>
    private static Decision OutOfScope(string ruleName) =>
        new(Verdict.OutOfScope, [], [], [], OfferHeadTeacher: true, RuleNames: [ruleName]);

    /// <summary>Applies the rule table: the strictest verdict wins, citing the rules that give it.</summary>
    internal static Decision? DecideConduct(QuestionFacts facts)
    {
        List<PolicyRule>? matched = null;
        foreach (var rule in PolicyRules.All)
        {
            if (rule.When(facts))
            {
                (matched ??= []).Add(rule);
            }
        }

        if (matched is null)
        {
            return null;
        }

        var strictness = matched.Max(r => r.Verdict.Strictness());
        var winners = matched.FindAll(r => r.Verdict.Strictness() == strictness);
        var cites = new List<Citation>();
        foreach (var cite in winners.SelectMany(r => r.Cites))
        {
            if (!cites.Exists(c => c.SectionId == cite.SectionId))
            {
                cites.Add(cite);
            }
        }

        return new Decision(
            winners[0].Verdict,
            cites,
            [.. winners.Select(r => r.Why).Distinct()],
            [.. winners.SelectMany(r => r.Advice).Distinct()],
            winners[0].Verdict == Verdict.Depends ? winners[0].Ask : null,
            RuleNames: [.. winners.Select(r => r.Name)]);
    }

    // "My kids" in a school question may mean the teacher's own children or the class: if the readings differ, ask.
    private Decision DecideAmbiguousChildren(QuestionFacts facts)
    {
        var own = Decide(FollowUpOptions.Apply(facts, FactAnswer.MeantOwnChildren));
        var pupils = Decide(FollowUpOptions.Apply(facts, FactAnswer.MeantPupils));
        if (own.Verdict == pupils.Verdict)
        {
            return pupils;
        }

        var ownOption = FollowUpOptions.Find("own-children")!;
        var pupilsOption = FollowUpOptions.Find("pupils")!;
        return new Decision(
            Verdict.Depends,
            pupils.Cites,
            ["The answer is different for your own children and for pupils."],
            [],
            new DecidingQuestion("Did you mean your own children, or pupils at school?", [ownOption, pupilsOption]),
            [new Interpretation(ownOption.Id, ownOption.Label, own.Verdict), new Interpretation(pupilsOption.Id, pupilsOption.Label, pupils.Verdict)]);
    }

    // "Show the policy" shows every section of the text as loaded, including items a revision added.
    private Decision ShowDecision(IReadOnlyList<string> requested)
    {
        IEnumerable<string> ids = requested.Count == 0 ? _policy.Sections.Select(s => s.Id) : Expand(requested);
        return new Decision(Verdict.Info, [.. ids.Select(id => new Citation(id))], [], []);
    }

    private List<string> Expand(IReadOnlyList<string> requested)
    {
        var ids = new List<string>();
        foreach (var id in requested)
        {
            IEnumerable<string> expanded = id == "procedure" ? ["1", "2", "3", "4", "5", "6", "7", "8", "9"] : [id];
            ids.AddRange(expanded.Where(e => _policy.TryGetSection(e, out _) && !ids.Contains(e)));
        }

        return ids;
    }

    private static Decision ReportDecision(QuestionFacts facts)
    {
        var cites = new List<Citation> { ReportedPostsAsEvidence };
        if ((facts.Content & PolicyRules.Harmful) != 0 && (facts.About & (PolicyRules.Connected | People.Self)) != 0)
        {
            cites.Add(HarmfulPosts);
        }

        return new Decision(
            Verdict.ReportConcern,
            cites,
            ["You can raise this privately with the school, and copies of the posts can be used as evidence."],
            ["Take screenshots showing the post, the account name and the date before it is deleted.",
             "Don't reply to or share the post yourself.",
             "Use the concern button to report it privately to the head teacher or designated safeguarding lead."],
            OfferConcern: true);
    }
}
