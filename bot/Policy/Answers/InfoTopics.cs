namespace CadoxtonPolicyBot.Policy.Answers;

/// <summary>Questions about the policy itself: monitoring, scope, consequences, evidence, privacy settings, purpose.</summary>
internal static class InfoTopics
{
    private const PolicyTopics AlwaysInfo = PolicyTopics.Monitoring | PolicyTopics.Scope | PolicyTopics.Consequences
        | PolicyTopics.Evidence | PolicyTopics.Purpose | PolicyTopics.RulesOnTopic;

    private static readonly Citation MonitoringItem = new("5");
    private static readonly Citation HomeAndOwnTimeItem = new("9");
    private static readonly Citation DisciplinaryAction = new("disciplinary");
    private static readonly Citation EvidenceParagraph = new("evidence");
    private static readonly Citation PrivacySettingsItem = new("8");
    private static readonly Citation Statement = new("statement");

    /// <summary>The sections and words the information answers quote, and which answers quote them.</summary>
    public static IEnumerable<(Citation Cite, string UsedBy)> Citations =>
    [
        (MonitoringItem, "answers about monitoring"),
        (HomeAndOwnTimeItem, "answers about where and when the policy applies"),
        (PolicyRules.InsideAndOutside, "answers about where and when the policy applies"),
        (DisciplinaryAction, "answers about the consequences of a breach"),
        (EvidenceParagraph, "answers about evidence"),
        (PrivacySettingsItem, "answers about privacy settings"),
        (PolicyRules.ThinkCarefully, "answers about privacy settings"),
        (Statement, "answers about why the policy exists"),
        (PolicyRules.Interacting, "general answers about the policy"),
    ];

    /// <summary>"What's the policy on wearing jeans?": a question about a policy, but not about anything this one governs.</summary>
    /// <remarks>So is "who do I tell that parents park in the disabled bay?": a concern, but not about social media. A joke in the
    /// asking ("lol") changes nothing; a picture would.</remarks>
    public static bool IsAboutAnotherPolicy(QuestionFacts facts) =>
        (facts.Asks == PolicyTopics.RulesOnTopic || (facts.Asks == PolicyTopics.None && facts.WantsToReport)) && facts.NamesAnotherPolicysTopic
        && !facts.MentionsSocialMedia && facts.Activities == Activities.None && !facts.MentionsDevice
        && !facts.MentionsPhone && (facts.Content & ~ContentKinds.Humour) == ContentKinds.None && facts.Device == DeviceOwner.Unknown && !facts.HasImage;

    /// <summary>
    /// Not about social media at all: a task asked of the bot ("help me write a risk assessment") or email as the only channel
    /// ("email parents from my gmail"), with no policy topic asked. A "no" from the device items still stands, and contact with
    /// pupils is never waved off as another policy's.
    /// </summary>
    public static bool IsNotSocialMedia(QuestionFacts facts, Decision? conduct) =>
        facts.Asks == PolicyTopics.None && !facts.WantsToReport && !facts.HasImage
        && ((facts.AsksBotForTask && !facts.MentionsSocialMedia && !facts.MentionsPersonalPlatform)
            || (facts.EmailOnly && conduct is not { Verdict: Verdict.NotAllowed }
                && ((facts.ContactWith | facts.About) & (People.Pupils | People.FormerPupils)) == 0));

    public static bool IsPolicyQuestion(QuestionFacts facts, Decision? conduct) =>
        (facts.AsksWhoToAsk && (facts.SetsUpAccount || facts.OfficialChannel))
        // "Should I set my Facebook to private?", "can I put my Instagram on public?": asked leave to change one's own settings, with
        // nothing posted or sent, item 8's advice on privacy settings is the answer, not "the policy doesn't cover it".
        || (facts.Asks == PolicyTopics.PrivacySettings && conduct is null && !PolicyRules.Posts(facts) && !PolicyRules.Contacts(facts)
            && facts.Activities == Activities.None)
        || (!AsksForVerdict(facts, conduct)
            && (((facts.Asks & AlwaysInfo) != 0 && !AsksOnlyAroundOwnForbiddenConduct(facts, conduct))
                || (facts.Asks.HasFlag(PolicyTopics.PrivacySettings) && (conduct is null || conduct.Verdict is not Verdict.NotAllowed))));

    // "Can I use my phone to photograph work for evidence?", "can I join the parents' group to keep an eye on it?": asked leave
    // to do something, the verdict on the act answers it, whatever topic word is in it. An act already described ("I use my
    // iPad for backing tracks, that's fine isn't it?") gets its verdict when a rule decides it; when none does, what the policy
    // says about the topic asked is the better answer than a question back.
    private static bool AsksForVerdict(QuestionFacts facts, Decision? conduct) =>
        facts.AsksToDo || (facts.ConfirmsOwnAct && conduct is { Verdict: not Verdict.Depends });

    // "I'm on leave, so can I post this?": the asker's own act is forbidden and the question asks only about scope, the rules,
    // evidence or privacy, so the "no" answers it. Someone else's post asked about ("does the policy cover her?", "can that
    // screenshot be used?") is a question about the policy instead.
    private static bool AsksOnlyAroundOwnForbiddenConduct(QuestionFacts facts, Decision? conduct)
    {
        var aboutSomeoneElse = facts.SomeoneElsesConduct && !facts.WantsToReport && !facts.ContactWith.HasFlag(People.Pupils);
        var onlyAround = (facts.Asks & ~(PolicyTopics.Scope | PolicyTopics.RulesOnTopic | PolicyTopics.Evidence | PolicyTopics.PrivacySettings)) == 0;
        return conduct?.Verdict == Verdict.NotAllowed && !aboutSomeoneElse && onlyAround && !facts.PostedBeforeEmployment;
    }

    public static Decision Decide(QuestionFacts facts, Decision? conduct)
    {
        var cites = new List<Citation>();
        var reasons = new List<string>();
        var advice = new List<string>();
        var asks = facts.Asks;

        void Cite(params Citation[] citations)
        {
            foreach (var c in citations)
            {
                if (!cites.Exists(x => x.SectionId == c.SectionId))
                {
                    cites.Add(c);
                }
            }
        }

        if (facts.AsksWhoToAsk && (facts.SetsUpAccount || facts.OfficialChannel))
        {
            Cite(PolicyRules.OfficialBusiness);
            reasons.Add("The policy recognises official school accounts but doesn't name who sets them up: ask the head teacher, who decides what the school's official channels are.");
            advice.Add("Agree with the head teacher who holds the login, what will be posted, and how photo permissions are checked.");
        }
        else if (facts.AsksWhoToAsk)
        {
            // "Who do I talk to if I've got a question about the policy?": it names no contact, so the head teacher.
            reasons.Add("The policy doesn't name a contact for questions about it: ask the head teacher.");
        }

        if (facts.Endorses && (asks & (PolicyTopics.Scope | PolicyTopics.RulesOnTopic)) != 0)
        {
            Cite(new Citation("4"));
            reasons.Add("Liking, sharing or retweeting a post puts it in front of your own contacts under your name, so it is treated like posting it yourself.");
        }

        if ((facts.Content & PolicyRules.Harmful) != 0 && (asks & (PolicyTopics.RulesOnTopic | PolicyTopics.Scope)) != 0)
        {
            Cite(new Citation("4"));
            reasons.Add("Item 4 rules out anything derogatory, defamatory, discriminatory, threatening or offensive about the School, staff or pupils, and anything that could bring the School or Council into disrepute: that is, make people think less of them.");
        }

        // "Is no phones on the yard actually in the policy?": items 1 and 2 are what the policy says about devices.
        if ((facts.MentionsPhone || facts.MentionsDevice) && conduct is null && (asks & (PolicyTopics.RulesOnTopic | PolicyTopics.Scope)) != 0)
        {
            Cite(new Citation("2"), new Citation("1"));
            reasons.Add("On devices the policy says two things: no social media for private use on the school's IT system at any time (item 1), and no personal use of your own phone or device during lessons or working time, except for urgent family matters (item 2). A school can ask more of staff than this policy does.");
        }

        // "What counts as working time? Is PPA time working time?": working time is item 2's word.
        if (facts.WorkingTimeSaid && conduct is null && (asks & (PolicyTopics.RulesOnTopic | PolicyTopics.Scope)) != 0)
        {
            Cite(new Citation("2"));
            reasons.Add("Item 2 is about lessons and working time: personal use of your own phone or device is not allowed then, except for urgent family matters; breaks and time after work are not working time.");
        }

        if (asks.HasFlag(PolicyTopics.Monitoring))
        {
            Cite(MonitoringItem);
            reasons.Add("The School and Council monitor their own IT systems as they judge necessary (item 5). The policy says nothing about reading your personal accounts or private messages, but copies of posts, from anyone who sees them, can be used in disciplinary proceedings.");
            advice.Add("Treat anything you do on school computers, tablets or the school network as visible to the school.");
            advice.Add("Treat anything you post, even privately, as something that could be screenshotted and passed on.");
        }

        if (asks.HasFlag(PolicyTopics.Scope))
        {
            Cite(HomeAndOwnTimeItem, PolicyRules.InsideAndOutside);
            reasons.Add("The policy applies inside and outside the workplace: at home, on your own devices, in working hours or in your own time.");
            advice.Add("A private account or a post made at the weekend is still covered, so apply the same standards everywhere.");
        }

        if (facts.PostedBeforeEmployment)
        {
            // The policy governs staff as employees of the school; an old post is not judged by it, but still public it can be seen.
            Cite(PolicyRules.Mindful);
            reasons.Add("The policy governs how you use social media as an employee of the school, so it doesn't rule on what you posted before you worked here. Anything still public can be found and read today, though, and the advice to be mindful of how your views could be interpreted applies to what people can still see.");
            advice.Add("Review your old public posts and remove or hide anything that could reflect badly on you or the school now.");
        }

        if (asks.HasFlag(PolicyTopics.Consequences))
        {
            Cite(DisciplinaryAction);
            reasons.Add("Breaches can lead to disciplinary action up to and including dismissal; defamatory, derogatory, threatening or discriminatory posts are investigated as gross misconduct.");
            advice.Add("If you have posted something you are worried about, take it down and speak to the head teacher early.");
        }

        if (asks.HasFlag(PolicyTopics.Evidence))
        {
            Cite(EvidenceParagraph);
            reasons.Add("Copies of posts produced by the person targeted or by someone who raises a concern can be used as evidence in disciplinary proceedings.");
            advice.Add("Keep screenshots showing the post, the account and the date.");
            advice.Add("Concerns are handled privately by the concern handlers; ask the head teacher how your details will be used.");
        }

        if (asks.HasFlag(PolicyTopics.PrivacySettings))
        {
            Cite(PrivacySettingsItem, PolicyRules.ThinkCarefully);
            reasons.Add("The policy advises you to check routinely that your privacy settings are private and your contacts and friends lists are appropriate.");
            advice.Add("Set your profile, posts and friends list to private or friends only, and review them every term.");
            advice.Add("Remove pupils from your contacts, and think before accepting parents.");
        }

        if (asks.HasFlag(PolicyTopics.Purpose))
        {
            Cite(Statement);
            reasons.Add("The policy protects the school's standing and protects staff from allegations, while respecting your private life.");
        }

        // "What does the policy say about …", "is X gross misconduct?": add the rules that answer the topic.
        if (conduct is not null && (asks & (PolicyTopics.RulesOnTopic | PolicyTopics.Consequences | PolicyTopics.Scope)) != 0
            && conduct.Verdict != Verdict.Allowed)
        {
            Cite([.. conduct.Cites]);
            reasons.AddRange(conduct.Reasons);
            advice.AddRange(conduct.Advice);
        }

        if (cites.Count == 0)
        {
            Cite(PolicyRules.Interacting, PolicyRules.InsideAndOutside);
            reasons.Add("The policy covers staff use of social media inside and outside work.");
        }

        return new Decision(Verdict.Info, cites, reasons, [.. advice.Distinct()], OfferConcern: asks.HasFlag(PolicyTopics.Evidence), OfferHeadTeacher: facts.AsksWhoToAsk);
    }
}
