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
        .. PolicyRules.All.Append(PolicyRules.General).SelectMany(rule =>
            rule.Cites.Select(c => new PolicyRequirement(c.SectionId, c.Focus, $"the answer rule \"{rule.Name}\""))),
        .. InfoTopics.Citations.Select(c => new PolicyRequirement(c.Cite.SectionId, c.Cite.Focus, c.UsedBy)),
        new(ReportedPostsAsEvidence.SectionId, null, "answers to someone reporting a post"),
        new(HarmfulPosts.SectionId, null, "answers to someone reporting a post"),
        .. PolicyDocument.SectionIds.Select(id => new PolicyRequirement(id, null, "\"show the policy\" and \"clause …\" answers")),
    ];

    /// <summary>Answers a question; with a pending follow-up in <paramref name="context"/>, a typed reply ("yes", "no") resolves it.</summary>
    public PolicyAnswer Answer(string question, AnswerContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(question);
        if (context?.Pending is { } pending && FollowUpReply.Match(question, pending) is { } optionId)
        {
            return Resolve(pending, optionId);
        }

        return Answer(FactExtractor.Extract(question));
    }

    /// <summary>Answers from facts already extracted (or stored with a follow-up).</summary>
    public PolicyAnswer Answer(QuestionFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var answer = _writer.Write(Decide(facts), facts);
        if (_logger.IsEnabled(LogLevel.Information))
        {
            var verdict = answer.Verdict.ToWireName();
            var sections = string.Join(',', answer.SectionIds);
            Log.AnswerGiven(_logger, verdict, sections);
        }

        return answer;
    }

    /// <summary>Gives the final answer once the user has chosen an option of a follow-up.</summary>
    public PolicyAnswer Resolve(PendingFollowUp pending, string optionId)
    {
        ArgumentNullException.ThrowIfNull(pending);
        var option = FollowUpOptions.Find(optionId)
            ?? throw new ArgumentException("The option is not one this engine offers.", nameof(optionId));
        return Answer(FollowUpOptions.Apply(pending.Facts, option.Adds));
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

        if (facts.WantsToReport && !facts.Asks.HasFlag(PolicyTopics.Evidence))
        {
            return ReportDecision(facts);
        }

        var conduct = DecideConduct(facts);
        if (InfoTopics.IsPolicyQuestion(facts, conduct))
        {
            return InfoTopics.Decide(facts, conduct);
        }

        if (conduct is not null)
        {
            return conduct with { OfferConcern = facts.SomeoneElsesConduct };
        }

        if (facts.InScope)
        {
            var general = PolicyRules.General;
            return new Decision(general.Verdict, general.Cites, [general.Why], general.Advice, OfferHeadTeacher: true);
        }

        return new Decision(Verdict.OutOfScope, [], [], [], OfferHeadTeacher: true);
    }

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
            winners[0].Verdict == Verdict.Depends ? winners[0].Ask : null);
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
