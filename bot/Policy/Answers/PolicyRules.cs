using static CadoxtonPolicyBot.Policy.Answers.Activities;
using static CadoxtonPolicyBot.Policy.Answers.ContentKinds;

namespace CadoxtonPolicyBot.Policy.Answers;

/// <summary>
/// The policy's rules as a table over <see cref="QuestionFacts"/>. Each rule speaks about the policy's concepts
/// (devices, times, purpose, content, tone, people, images, contact), never about particular wordings. When several
/// rules match, the strictest verdict wins and the sections of the rules giving it are cited.
/// Safe by construction: a rule that permits (<see cref="Verdict.Allowed"/>, <see cref="Verdict.AllowedWithCare"/>)
/// names every condition it needs, and nothing permits when no rule matched (see <see cref="PolicyAnswerEngine"/>).
/// </summary>
internal static class PolicyRules
{
    public const People Connected = People.School | People.Staff | People.Pupils | People.Parents | People.Governors
        | People.Council | People.FormerPupils;

    /// <summary>Everyone item 4 protects, and the bodies whose standing a post can harm (the inspectorate included).</summary>
    public const People Community = Connected | People.Inspectorate;

    public const ContentKinds Harmful = Derogatory | Defamatory | Discriminatory | Threatening;

    // Long sections are quoted by the sentence that carries the point.
    public static readonly Citation Interacting = new("statement", "useful way of interacting socially");
    public static readonly Citation OfficialBusiness = new("statement", "effective way to communicate official School business");
    public static readonly Citation InsideAndOutside = new("statement", "This policy applies both inside and outside the workplace");
    public static readonly Citation GrossMisconduct = new("disciplinary", "will be investigated as gross misconduct");
    public static readonly Citation ThinkCarefully = new("advice", "think carefully about images/information");
    public static readonly Citation Mindful = new("advice", "mindful of how their views/statements could be interpreted");

    private static readonly string[] NoAdvice = [];

    private static readonly DecidingQuestion AnyPupilsInIt = new("Could any pupils (or their names) be seen in it?",
        [new("pupils-in", "Yes, or I'm not sure", FactAnswer.PupilsIdentifiable),
         new("no-pupils", "No, no pupils at all", FactAnswer.NoPupilsIdentifiable)]);

    private static readonly DecidingQuestion WhatFor = new("What would you be using it for?",
        [new("personal", "Something personal (messages, social media, music…)", FactAnswer.PersonalPurpose),
         new("teaching", "Teaching or school work", FactAnswer.WorkPurpose),
         new("family", "An urgent family matter", FactAnswer.UrgentFamily)]);

    private static readonly DecidingQuestion WhenUsed = new("Would it be during lessons or working time, or in a break or after work?",
        [new("lessons", "During lessons or working time", FactAnswer.DuringLessons),
         new("break", "In a break or after work", FactAnswer.OutsideLessons)]);

    private static readonly DecidingQuestion WhoseDevice = new("Whose device would it be: a school one, or your own?",
        [new("school-device", "A school device or network", FactAnswer.SchoolDevice),
         new("own-device", "My own phone or device", FactAnswer.OwnDevice)]);

    private static readonly DecidingQuestion Tone = new("Is any of it critical, sarcastic or mocking about the school or the people connected with it?",
        [new("critical", "Yes, it's critical or mocking", FactAnswer.Critical),
         new("neutral", "No, it's neutral or positive", FactAnswer.NotCritical)]);

    public static IReadOnlyList<PolicyRule> All { get; } =
    [
        // Devices, time and purpose (items 1 and 2).
        new("school-system-private-use", Verdict.NotAllowed,
            // Posting a meme or sharing a post from the school's computer is private social media use, whether or not a site is named.
            f => f.Device == DeviceOwner.SchoolSystem && (f.MentionsSocialMedia || f.PersonalPurpose || PersonalUse(f) || (Posts(f) && (f.Content.HasFlag(Humour) || f.Endorses || f.MentionsPersonalPlatform))) && (!f.OfficialChannel || f.PersonalPurpose)
                 && !(f.WorkUse && !f.PersonalPurpose)
                 // "Email the pictures to the council": email alone, no site, is not social media (Overblock).
                 && !(f.EmailOnly && !f.MentionsSocialMedia && !f.MentionsPersonalPlatform && !f.PersonalPurpose),
            [new("1")],
            "Social media for private use is never allowed on the school's IT system (its computers, tablets, laptops or network), at any time and wherever the device is.",
            ["Use your own phone or device on your own data in a break or after work instead.",
             "School devices are for school work and the school's official channels only."]),
        new("official-channel-on-school-system", Verdict.AllowedWithCare,
            // "The school's official Twitter": a site's name is the school's channel here, not a personal account.
            f => f.Device == DeviceOwner.SchoolSystem && f.OfficialChannel && !f.PersonalPurpose && !PupilsPictured(f) && (f.Content & (Harmful | Confidential)) == 0
                 && !f.MentionsPhone,
            [OfficialBusiness, new("1")],
            "Item 1 is about private use: the school's own channels are school business, and the school's equipment is the right place for them.",
            ["Post only what the head teacher has agreed, and log out of the school's account when you finish.",
             "Never use the school's computers or network for your own social media."]),
        new("school-system-work-use", Verdict.AllowedWithCare,
            f => f.Device == DeviceOwner.SchoolSystem && f.WorkUse && !f.PersonalPurpose && f.MentionsSocialMedia && !f.OfficialChannel,
            [new("1")],
            "Item 1 is about private use: using a site on the school's equipment for teaching is school work.",
            ["Watch anything through first, and don't log in to a personal account on it.",
             "Never use the school's computers, tablets or network for your own social media."]),
        new("official-channel-on-own-device", Verdict.AllowedWithCare,
            f => f.Device == DeviceOwner.Own && f.OfficialChannel && !f.PersonalPurpose && !PupilsPictured(f) && (f.Content & (Harmful | Confidential)) == 0
                 && f.ContactWith == People.None && !f.PupilsPresumedInImage && !f.OtherChildrenToo,
            [new("2"), OfficialBusiness],
            "Item 2 is about personal use: using your own device for the school's own platforms is school work, not personal use.",
            ["Use a school device where you can, log out of the school's account when you finish, and keep anything personal out of sight.",
             "Move any pictures to the school's system and delete them from your device."]),
        new("own-device-personal-use-in-working-time", Verdict.NotAllowed,
            f => f.Device != DeviceOwner.SchoolSystem && f.Time == TimeOfUse.LessonsOrWorkingTime && f.PersonalPurpose && !f.OfficialChannel
                 && (f.MentionsDevice || f.MentionsPhone || f.MentionsSocialMedia || (f.Activities & (Activities.PersonalUse | Message | KeepPhoneNearby)) != 0
                     // Banking or streaming in a lesson is personal use whichever device it would be on (a school one is item 1 too).
                     || (f.Device == DeviceOwner.Unknown && !Posts(f) && f.ContactWith == People.None)),
            [new("2")],
            "Personal use of your own phone or device isn't allowed during lessons or working time, and that includes duties, shifts and time in class when you aren't teaching. The only exception is an urgent family matter.",
            ["Keep your phone put away and use it in your break or after work.",
             "If you are waiting on an urgent family matter, tell your line manager so it can be covered."]),
        // Posting on one's own accounts while teaching or on duty is personal use in working time whatever the post says: only the
        // school's own channels or school work make it otherwise, and an urgent family matter excuses dealing with it, not posting.
        new("posting-in-working-time", Verdict.NotAllowed,
            f => Posts(f) && f.SaysDuringWorkingTime && !f.HasImage && f.Device != DeviceOwner.SchoolSystem && !f.OfficialChannel && !f.WorkUse
                 && !f.SomeoneElsesConduct && !f.PostedByOther,
            [new("2")],
            "Posting on your own social media during lessons or working time is personal use of your device then, which isn't allowed, and that includes duties and time in class when you aren't teaching.",
            ["Keep it for your break or after work, and keep what you post within the rest of the policy."]),
        new("own-device-in-working-time-purpose-unclear", Verdict.Depends,
            f => f.Device != DeviceOwner.SchoolSystem && f.Time == TimeOfUse.LessonsOrWorkingTime && !f.PersonalPurpose && !f.WorkUse
                 && !f.UrgentFamilyMatter && (f.Activities & (Activities.PersonalUse | KeepPhoneNearby)) != 0 && !Posts(f)
                 && f.ContactWith == People.None && !f.OfficialChannel,
            [new("2")],
            "It depends on what you would use it for: personal use in lessons or working time is not allowed, teaching use is, and so is an urgent family matter.",
            NoAdvice, WhatFor),
        // Dealing with the matter is the exception; posting about it is not dealing with it.
        new("urgent-family-matter", Verdict.AllowedWithCare,
            f => f.UrgentFamilyMatter && !f.PersonalPurpose && !Posts(f) && f.Device != DeviceOwner.SchoolSystem
                 // "A pupil's been rushed to A&E, can I text my husband about it?": a pupil's or colleague's emergency, told as news
                 // of them, is not one's own family's, and is confidential to them (item 3).
                 && !((f.About & (People.Pupils | People.Staff)) != 0 && !f.PupilIsRelative && f.SomeoneElsesConduct)
                 // In working time, the matter is dealt with by phone: "can I swap my duty, I've got a funeral" asks for cover, not
                 // for the exception.
                 && (f.MentionsDevice || f.Activities.HasFlag(KeepPhoneNearby) || f.Activities.HasFlag(Message)
                     || (f.Time is TimeOfUse.LessonsOrWorkingTime or TimeOfUse.SchoolDay && f.MentionsCall)),
            [new("2")],
            "Urgent family matters are the one exception to the rule about using your own phone in working time.",
            ["Let your line manager or the office know, keep the phone on silent and out of pupils' sight, and step out to take the call.",
             "Use it only for the family matter, not for social media or anything else personal."]),
        // Asked of something to do: "teams keeps logging me out on the staff laptop, who fixes it" is a question for IT support.
        new("own-device-for-teaching", Verdict.AllowedWithCare,
            f => (f.AsksToDo || f.ConfirmsOwnAct || f.InScope) && f.Device != DeviceOwner.SchoolSystem && f.WorkUse && !f.PersonalPurpose && (f.MentionsDevice || f.Activities.HasFlag(TakePhotos))
                 && f.Time is TimeOfUse.LessonsOrWorkingTime or TimeOfUse.Unknown or TimeOfUse.SchoolDay && !Posts(f) && f.ContactWith == People.None,
            [new("2")],
            "Item 2 is about personal use: using your own device for teaching or school work is not personal use.",
            ["Use the school's devices where you can, and keep anything personal (notifications, photos, accounts) out of sight.",
             "Move any pictures of pupils' work to the school's system and delete them from your device."]),
        // Whichever device shows it, a site shown to the class for teaching is neither private use (item 1) nor personal use (item 2).
        new("site-shown-for-teaching", Verdict.AllowedWithCare,
            f => f.WorkUse && f.MentionsSocialMedia && !Posts(f) && !f.PersonalPurpose && f.ContactWith == People.None && f.Device == DeviceOwner.Unknown
                 && !f.Activities.HasFlag(Message) && !f.Activities.HasFlag(Connect) && !f.Activities.HasFlag(Activities.PersonalUse),
            [new("1"), new("2")],
            "Showing a site to the class for teaching is school work, not private or personal use.",
            ["Watch it through first, and use the school's device and account, not a personal one."]),
        new("own-device-pictures-for-school-work", Verdict.Depends,
            f => f.Device == DeviceOwner.Own && f.WorkUse && !f.PersonalPurpose && f.Activities.HasFlag(TakePhotos)
                 && (PupilsPictured(f) || f.PupilsPresumedInImage || f.Content.HasFlag(PupilWork)) && !Posts(f) && !f.OfficialChannel,
            [new("2"), new("7")],
            "Using your own device for school work is not personal use, but pictures with pupils in them on a personal device depend on the school's permission and on where they end up.",
            NoAdvice, AnyPupilsInIt),
        new("own-device-in-break", Verdict.AllowedWithCare,
            f => f.Device != DeviceOwner.SchoolSystem && f.Time == TimeOfUse.Break && (f.PersonalPurpose || PersonalUse(f))
                 && !Posts(f) && (f.Device == DeviceOwner.Own || !DeviceCouldBeSchools(f)),
            [new("2")],
            "A break is not lesson or working time, so personal use of your own device then is fine.",
            ["Use it away from pupils, for example in the staffroom, on your own data rather than the school's network.",
             "Keep what you post within the rest of the policy."]),
        new("own-time-personal-use", Verdict.Allowed,
            // Not when pupils or parents come into it: then what is posted or said to them decides, not the time.
            f => f.Device != DeviceOwner.SchoolSystem && f.Time == TimeOfUse.OwnTime && (f.PersonalPurpose || PersonalUse(f))
                 && ((f.About | f.Mentioned) & (People.Pupils | People.Parents)) == 0
                 && !Posts(f) && f.ContactWith == People.None && (f.Device == DeviceOwner.Own || !DeviceCouldBeSchools(f)),
            [new("2"), new("9")],
            "In your own time, on your own device, using social media is your own business.",
            ["Everything you post is still covered by the policy, wherever and whenever you post it."]),
        new("whose-device-unclear", Verdict.Depends,
            f => f.Device == DeviceOwner.Unknown && (f.PersonalPurpose || PersonalUse(f)) && f.Time is TimeOfUse.Break or TimeOfUse.OwnTime
                 && DeviceCouldBeSchools(f) && !Posts(f),
            [new("1"), new("2")],
            "It depends on whose device it is: the school's IT system is never for private social media, your own device is fine outside working time.",
            NoAdvice, WhoseDevice),
        new("break-device-unclear", Verdict.Depends,
            f => f.Device == DeviceOwner.Unknown && !f.MentionsDevice && f.Time == TimeOfUse.Break && f.MentionsSocialMedia && f.PersonalPurpose && !Posts(f),
            [new("1"), new("2")],
            "In a break it depends on whose device you would use.",
            NoAdvice, WhoseDevice),
        new("when-unclear", Verdict.Depends,
            f => f.Device != DeviceOwner.SchoolSystem && f.Time is TimeOfUse.SchoolDay && (f.PersonalPurpose || PersonalUse(f))
                 && !f.UrgentFamilyMatter && !f.OfficialChannel && !f.WorkUse && !Posts(f) && OnlyPersonalContacts(f),
            [new("2")],
            "It depends on when: personal use of your own device is fine in a break, not in lessons or working time.",
            NoAdvice, WhenUsed),
        new("own-device-when-unclear", Verdict.Depends,
            f => f.Device == DeviceOwner.Own && f.Time == TimeOfUse.Unknown && (f.PersonalPurpose || (f.Activities & (Activities.PersonalUse | KeepPhoneNearby)) != 0)
                 && !Posts(f) && !f.UrgentFamilyMatter && !f.WorkUse && f.ContactWith == People.None,
            [new("2")],
            "Using your own phone or device is fine, just not for personal use during lessons or working time.",
            NoAdvice, WhenUsed),

        // What is posted: confidentiality (item 3) and tone (item 4, Disciplinary Action).
        new("derogatory-about-school-community", Verdict.NotAllowed,
            // A quoted post names its target in the quote ("how the new deputy is 'clueless'"): whoever the message mentions counts.
            f => (Posts(f) || (f.Activities.HasFlag(Message) && SocialContext(f))) && (f.Content & (Derogatory | Defamatory)) != 0
                 && !f.DefendsAgainstOthersPost && !f.CriticismBeyondTheSchool
                 && ((f.About & Community) != 0 || ((f.Mentioned & Community) != 0 && (f.IsDraft || f.About == People.None))),
            [new("4"), GrossMisconduct],
            "Posting (or liking and sharing) anything critical, mocking or derogatory about the school, its staff, pupils, parents, governors, the Council or the inspectors is not allowed, named or not, joke or not.",
            ["If something at work is frustrating you, raise it with your line manager, the head teacher or your union instead of posting.",
             "Private groups, stories and likes can all be screenshotted and shared."]),
        // The criticism is someone else's; what the user would add decides. Replying draws more readers to it and tends to
        // repeat or argue about the colleague, pupils or families, so the careful course is to raise it instead.
        new("reply-to-someone-elses-attack", Verdict.Depends,
            f => (Posts(f) || f.Activities.HasFlag(Message)) && f.DefendsAgainstOthersPost && !(f.Content.HasFlag(Positive) && (f.Content & Harmful) == 0),
            [new("4"), Mindful, new("evidence")],
            "It depends on what your reply would say. The criticism is someone else's, but a public reply draws more people to it, and anything that argues about what happened or says more about the colleague, pupils or families could breach items 3 and 4. The safer course is not to engage, and to raise the post with the head teacher, who can deal with it.",
            ["Don't reply, like or share it; take a screenshot showing the post, the account and the date.",
             "Raise it with the head teacher, or use the concern button."],
            new("Would your reply be only a short, polite line, saying nothing about what happened or about anyone involved?",
                [new("polite-only", "Yes, only a short, polite line", FactAnswer.NotCritical),
                 new("would-discuss", "No, it would go into it", FactAnswer.NotPublic)])),
        new("criticism-of-council-or-inspectorate-not-the-school", Verdict.Depends,
            f => Posts(f) && f.CriticismBeyondTheSchool && (f.Content & (Derogatory | Defamatory)) != 0 && !f.Content.HasFlag(Positive),
            [new("4"), Mindful],
            "It depends on how it's worded. A view on a Council decision or on inspections in general isn't about the school, but item 4 also covers anything that could bring the Council into disrepute, and parents may link what you say to the school: civil criticism is one thing, insults or mockery are not allowed.",
            NoAdvice, Tone),
        new("discriminatory-or-threatening", Verdict.NotAllowed,
            f => Posts(f) && (f.Content & (Discriminatory | Threatening)) != 0,
            [new("4"), GrossMisconduct],
            "Discriminatory or threatening posts are never allowed and are investigated as gross misconduct.",
            ["Don't post it. If you are upset with someone, speak to the head teacher."]),
        new("campaign-against-the-school", Verdict.NotAllowed,
            f => Posts(f) && f.Content.HasFlag(Campaign) && (f.CampaignAgainst & (People.School | People.Governors | People.Staff)) != 0,
            [new("4")],
            "Publicly backing a campaign against a decision of the school could bring the school into disrepute: signing and sharing it puts your name to it.",
            ["Raise your view with the head teacher or the governors directly: that is where it can change something."]),
        new("campaign-against-the-council", Verdict.Depends,
            f => Posts(f) && f.Content.HasFlag(Campaign) && f.CampaignAgainst.HasFlag(People.Council)
                 && (f.CampaignAgainst & (People.School | People.Governors | People.Staff)) == 0 && (f.Content & Harmful) == 0,
            [new("4")],
            "It depends on how it is worded: a polite case is one thing, but anything that could bring the Council or the school into disrepute is not allowed.",
            NoAdvice, Tone),
        new("campaign-general", Verdict.AllowedWithCare,
            f => Posts(f) && f.Content.HasFlag(Campaign) && f.CampaignAgainst == People.None && (f.Content & (Harmful | Confidential)) == 0
                 && (f.About & (People.Pupils | People.Parents | People.Staff)) == 0,
            [Mindful],
            "Sharing a campaign that isn't against the school or the Council is fine, but parents may read it and link it to the school.",
            ["Keep it civil and accurate, and make clear the views are your own."]),
        new("confidential-information", Verdict.NotAllowed,
            f => (Posts(f) || f.Activities.HasFlag(Message)) && ConfidentialAboutOthers(f),
            [new("3")],
            "This is information that is confidential to the school or to people connected with it, and leaving out names doesn't change that.",
            ["Leave it to the person concerned, or the school, to share their own news when they are ready.",
             "If parents or colleagues need to know something, the school will tell them through its official channels."]),
        new("pupil-incident", Verdict.NotAllowed,
            f => (Posts(f) || f.Activities.HasFlag(Message)) && f.About.HasFlag(People.Pupils) && f.Content.HasFlag(Incident) && !f.PupilIsRelative
                 && !(f.ParentsOwnChild && f.ContactWith.HasFlag(People.Parents) && !Posts(f)),
            [new("3")],
            "What happens to or with a pupil in school is confidential to that pupil and their family, even without a name.",
            ["Keep incidents to the school's own records and the people who need to know.",
             "Parents hear about their own child's day from the school, not from social media."]),
        // A pupil's health, home life or needs is theirs and their family's to share, named or not: "a child in my class went to
        // hospital today" says something private about a real child that the parents will recognise.
        new("pupil-private-matter", Verdict.NotAllowed,
            f => Posts(f) && f.About.HasFlag(People.Pupils) && f.PrivateMatter && !f.PupilIsRelative && !f.ParentsOwnChild && !f.OfficialChannel
                 && !f.SomeoneElsesConduct && !f.PostedByOther,
            [new("3")],
            "What you know about a pupil's health, home or needs is confidential to the pupil and their family, even without a name.",
            ["Leave it to the family to share their own news.",
             "If you are worried about a pupil, speak to the designated safeguarding lead instead of posting."]),
        new("school-news-not-yet-public", Verdict.Depends,
            f => Posts(f) && f.Content.HasFlag(SchoolNews) && !f.AlreadyPublic && (f.Content & (Harmful | Confidential)) == 0 && !f.OfficialChannel,
            [new("3")],
            "It depends on whether the school has already announced it: news the school hasn't made public yet is confidential to it.",
            NoAdvice,
            new("Has the school already announced it publicly?",
                [new("announced", "Yes, it's been announced", FactAnswer.AlreadyPublic),
                 new("not-announced", "No, or I'm not sure", FactAnswer.NotPublic)])),
        new("school-news-public", Verdict.Allowed,
            f => Posts(f) && (f.Content.HasFlag(SchoolNews) || f.About.HasFlag(People.School)) && f.AlreadyPublic
                 && (f.Content & (Harmful | Confidential | Incident)) == 0 && !f.SensitiveMatter && !f.CriticalTone && !PupilsPictured(f)
                 // Photos from a school event have pupils in them: the permissions behind the school's post decide, with care.
                 && !f.PupilsPresumedInImage
                 // "Share it and say which teachers…": what is added about people is not what was made public.
                 && !(f.AddsToShared && (f.Mentioned & (People.Staff | People.Pupils | People.Parents | People.Governors)) != 0),
            [new("3")],
            "It's already public, so passing it on is not sharing anything confidential.",
            ["Share the school's own announcement where you can, so the details stay right."]),
        // A colleague's leaving the school has announced (newsletter, assembly) is public: a goodbye shares nothing confidential.
        new("colleague-leaving-already-announced", Verdict.AllowedWithCare,
            f => Posts(f) && f.Farewell && f.AlreadyPublic && (f.About & ~People.Self) == People.Staff && (f.ContactWith & ~People.Staff) == 0
                 && (f.Content & (Harmful | Confidential | Incident | Embarrassing)) == 0 && !f.CriticalTone && !f.ToldInConfidence
                 && !PupilsPictured(f) && !f.PupilsPresumedInImage && !f.NamesVisible && !f.OfficialChannel && !f.Content.HasFlag(Campaign),
            [new("3"), Mindful],
            "Once the school has announced it, a goodbye to a colleague shares nothing confidential.",
            ["Keep to what was announced: not the reasons for leaving or anything else about the school.",
             "Remember parents may read it and link it to the school."]),
        new("sharing-an-organisations-public-post", Verdict.Allowed,
            f => Posts(f) && f.AlreadyPublic && !f.Content.HasFlag(SchoolNews) && !f.About.HasFlag(People.School)
                 && (f.Content & (Harmful | Confidential | Incident | Embarrassing)) == 0
                 && !f.CriticalTone && !f.SensitiveMatter && !PupilsPictured(f) && !f.PupilsPresumedInImage && !f.NamesVisible && !f.ToldInConfidence
                 && f.ContactWith == People.None && !f.Content.HasFlag(Campaign),
            [Interacting],
            "Passing on what an organisation has already published, with nothing added about the school or its people, is fine.",
            ["Share the original post rather than a copy, and add nothing about pupils or colleagues."]),
        new("positive-about-the-school-community", Verdict.AllowedWithCare,
            f => Posts(f) && ((f.About & Community) != 0 || f.LinksToSchool) && f.Content.HasFlag(Positive)
                 && (f.Content & (Harmful | Confidential | Incident)) == 0 && !PupilsPictured(f) && !f.NamesVisible && !f.OfficialChannel
                 // "Lily's gymnastics medal, she's in my class": good news that names a pupil still names a pupil.
                 && !(f.MayNameSomeone && (f.About & People.Pupils) != 0),
            [ThinkCarefully, Mindful],
            "A positive post that names nobody and shares nothing confidential is fine.",
            ["Keep it general: no names, photos or details that could identify a pupil or a family.",
             "Remember parents may read it and link it to the school."]),
        new("tone-unclear-about-the-school-community", Verdict.Depends,
            f => Posts(f) && (f.About & (Community & ~People.Pupils & ~People.FormerPupils)) != 0 && (f.Content & (Harmful | Positive | Confidential | Campaign | Humour | SchoolNews | Incident)) == 0
                 && !f.HasImage && !f.OfficialChannel && !f.AlreadyPublic
                 // Saying where one works ("the school in my bio") says nothing about the school to weigh.
                 && !(f.LinksToSchool && f.Content == ContentKinds.None && !f.CriticalTone && (f.About & ~(People.School | People.Self)) == 0)
                 // Nor does a run's route map that starts at the school: it shows where the asker works.
                 && !(f.SharesOwnRoute && (f.About & ~(People.School | People.Self | People.Parents | People.Unconnected | People.Family)) == 0),
            [new("4"), new("3")],
            "It depends on what it says: anything critical, sarcastic or mocking about the school or its people is not allowed, a neutral or positive post is.",
            NoAdvice, Tone),
        new("pupils-in-a-post-unclear", Verdict.Depends,
            f => Posts(f) && f.About.HasFlag(People.Pupils) && !f.NobodyNamed && !f.HasImage && !f.OfficialChannel && !f.PupilIsRelative
                 && (f.Content & (Harmful | Confidential | Incident | Positive | Humour)) == 0 && f.PeopleIdentifiable is null,
            [new("3"), new("4")],
            "It depends on what you would say: nothing that could identify a pupil, nothing private and nothing unkind.",
            NoAdvice,
            new("Would anything in it identify a pupil, or say something private or unkind about them?",
                [new("identifiable", "Yes, or possibly", FactAnswer.PupilsIdentifiable),
                 new("not-identifiable", "No: general, kind and anonymous", FactAnswer.NoPupilsIdentifiable)])),
        new("pupils-anonymous-and-kind", Verdict.AllowedWithCare,
            // A joke about pupils (their mistakes, their behaviour) can be at their expense, named or not: it is not "kind" by default.
            f => Posts(f) && f.About.HasFlag(People.Pupils) && (f.NobodyNamed || f.PeopleIdentifiable == false || f.Content.HasFlag(Positive)) && !f.MayNameSomeone
                 && !f.Content.HasFlag(Humour)
                 && !f.HasImage && (f.Content & (Harmful | Confidential | Incident | Embarrassing)) == 0 && !f.OfficialChannel && f.PeopleIdentifiable != true
                 && !f.CriticalTone && !f.ToldInConfidence && !f.SensitiveMatter,
            [new("3"), ThinkCarefully],
            "General, kind words about your class that identify nobody are fine.",
            ["Make sure no pupil could be recognised from the details, and leave out anything a family would want kept private."]),
        new("pupils-identifiable-post", Verdict.NotAllowed,
            f => Posts(f) && f.About.HasFlag(People.Pupils) && f.PeopleIdentifiable == true && !f.HasImage && !f.OfficialChannel,
            [new("3")],
            "Information that identifies a pupil is confidential to the pupil and their family.",
            ["Leave pupils' news to the school's official channels, where parents have agreed to it."]),
        new("harmless-humour", Verdict.AllowedWithCare,
            f => Posts(f) && f.Content.HasFlag(Humour) && (f.Content & (Harmful | Confidential | Incident)) == 0 && !f.MoreThanFunny && !PupilsPictured(f)
                 // Not posted in lessons, from the school's computers or on its own accounts (items 1 and 2, the statement).
                 && !f.NamesSomeone && !f.MayNameSomeone && f.Time != TimeOfUse.LessonsOrWorkingTime && f.Device != DeviceOwner.SchoolSystem && !f.OfficialChannel
                 // A joke that embarrasses pupils or colleagues is at their expense, named or not.
                 && !(f.Content.HasFlag(Embarrassing) && (f.About & (People.Pupils | People.Staff)) != 0) && !f.ToldInConfidence
                 && (((f.About | f.Mentioned) & People.Pupils) == 0 || f.PupilIsRelative)
                 && (f.About & (People.Parents | People.Governors | People.Council | People.Inspectorate)) == 0
                 && (!f.About.HasFlag(People.Staff) || f.NobodyNamed),
            [new("4"), Mindful],
            "Harmless humour about teaching life that targets nobody is fine.",
            ["Keep names, the school and pupils out of it, and think how a parent would read it."]),

        // Pictures (items 6 and 7).
        new("pupils-in-picture", Verdict.NotAllowed,
            f => PupilsPictured(f) && !f.OfficialChannel && f.PeopleIdentifiable != false && (!f.FacesHidden || f.PeopleIdentifiable == true)
                 && !(f.HasPermission == true && !AtSchoolOrTrip(f)) && !OnlyOwnChildren(f),
            [new("7"), new("6")],
            "Pictures of pupils must not go on personal social media: they show pupils without the permission the school holds for its own channels. That's the same for a story, a close-friends list or someone else's page.",
            ["Send the photos to the school office so they can go on the school's official channels, where parents have given consent.",
             "Delete pupil photos from your personal phone once they are passed on."]),
        new("pupils-faces-hidden", Verdict.Depends,
            f => PupilsPictured(f) && f.FacesHidden && f.PeopleIdentifiable is null && !f.OfficialChannel,
            [new("7"), new("6")],
            "Hiding faces is not always enough: pupils can still be recognised from their uniform, hair, names or the setting.",
            NoAdvice,
            new("Could anyone still tell who any of the children are (uniform, hair, names, the setting)?",
                [new("identifiable", "Yes, or I'm not sure", FactAnswer.PupilsIdentifiable),
                 new("not-identifiable", "No, nobody could be recognised", FactAnswer.NoPupilsIdentifiable)])),
        new("pupils-not-identifiable", Verdict.AllowedWithCare,
            f => f.HasImage && f.InImage.HasFlag(People.Pupils) && f.PeopleIdentifiable == false && !f.NamesVisible && !f.OfficialChannel,
            [new("7")],
            "If no pupil can be recognised, the picture doesn't show pupils' identity.",
            ["Check every face, name badge, uniform and reflection before posting, and don't tag the school."]),
        new("pupils-pictured-with-permission-away-from-school", Verdict.AllowedWithCare,
            f => PupilsPictured(f) && f.HasPermission == true && !AtSchoolOrTrip(f) && !f.OfficialChannel,
            [new("7")],
            "Away from school, with every parent's permission, a picture that includes pupils is not a school picture.",
            ["Keep it to the people who gave permission, don't tag the school, and check your privacy settings."]),
        new("own-children-pictured", Verdict.AllowedWithCare,
            f => f.HasImage && OnlyOwnChildren(f) && !AtSchoolOrTrip(f),
            [new("7"), ThinkCarefully],
            "Your own children are yours to post, but in uniform they link the picture to the school.",
            ["Make sure no other pupils are in it, and think about whether the uniform or the location identifies the school."]),
        new("names-on-show", Verdict.NotAllowed,
            f => f.HasImage && f.NamesVisible && !f.OfficialChannel,
            [new("7"), new("3")],
            "Pupils' names on show identify them, even with no faces in the picture.",
            ["Take the picture without the names, or cover them, or share it through the school's channels."]),
        new("pupils-work-unclear", Verdict.Depends,
            f => f.HasImage && f.Content.HasFlag(PupilWork) && !PupilsPictured(f) && !f.NamesVisible && !f.NobodyNamed
                 && f.PeopleIdentifiable is null && !f.NoPupilsInImage && !f.OfficialChannel,
            [new("7")],
            "It depends on whether any names or faces show on the work.",
            NoAdvice, AnyPupilsInIt),
        new("no-pupils-in-picture", Verdict.AllowedWithCare,
            // Names kept off pupils' work clear the work, not the pupils: only a picture of the work alone ("their artwork") qualifies.
            f => f.HasImage && (f.NoPupilsInImage || f.PeopleIdentifiable == false
                    || (f.Content.HasFlag(PupilWork) && f.NobodyNamed && !f.InImage.HasFlag(People.Pupils) && !f.Content.HasFlag(Humour) && !f.CriticalTone))
                 && !f.NamesVisible && !StaffPictured(f) && !PupilsPictured(f) && (f.Content & (Harmful | Confidential)) == 0 && !f.OfficialChannel,
            [new("7")],
            "A picture with no pupils in it is fine, as long as nothing in it could identify them or embarrass the school.",
            ["Check the background: no pupils, names, work on the walls or confidential notices."]),
        new("school-picture-unclear", Verdict.Depends,
            f => f.HasImage && (AtSchoolOrTrip(f) || f.ImageOfSchoolOrGrounds) && !PupilsPictured(f) && !StaffPictured(f) && !f.NoPupilsInImage
                 && f.PeopleIdentifiable is null && !f.NamesVisible && !f.Content.HasFlag(PupilWork) && !f.OfficialChannel
                 && !(f.ImageOfSchoolOrGrounds && !PupilsLikelyAround(f)) && !IsObject(f),
            [new("7"), new("6")],
            "It depends on whether any pupils are in it: pictures from school activities often include them.",
            NoAdvice, AnyPupilsInIt),
        new("school-or-grounds-picture", Verdict.AllowedWithCare,
            f => f.HasImage && (f.ImageOfSchoolOrGrounds || IsObject(f)) && !PupilsPictured(f) && !StaffPictured(f) && !PupilsLikelyAround(f)
                 && f.PeopleIdentifiable != true && !f.NamesVisible && !f.UnsureWhoIsInImage && !f.OfficialChannel && (f.Content & (Harmful | Confidential)) == 0,
            [new("7")],
            "Pictures of the school or its grounds are fine if they are appropriate and no pupil appears in them.",
            ["Check the background: no pupils, names, work on the walls or confidential notices.",
             "Take it when pupils are not around, before or after school."]),
        new("self-at-school-unclear", Verdict.Depends,
            f => f.HasImage && f.InImage.HasFlag(People.Self) && !IsObject(f) && f.ImagePlace == ImagePlace.SchoolPremises && !f.NoPupilsInImage
                 && !PupilsPictured(f) && !StaffPictured(f) && f.PeopleIdentifiable is null && !f.OfficialChannel,
            [new("7")],
            "It depends on what's behind you: pupils, their names or their work must not be in it.",
            NoAdvice, AnyPupilsInIt),
        new("staff-picture-inappropriate", Verdict.NotAllowed,
            f => StaffPictured(f) && ((f.Content & Harmful) != 0 || (f.Content.HasFlag(Embarrassing) && !JokeTheAskerIsIn(f))),
            [new("6"), new("4")],
            "A picture of a colleague that could be seen as inappropriate or cause offence must not be posted, however harmless it seems.",
            ["Delete it, or show it to your colleague and let them decide; never post it without them."]),
        new("staff-picture-without-agreement", Verdict.NotAllowed,
            f => StaffPictured(f) && f.HasPermission == false && (f.Content & (Embarrassing | Harmful)) == 0,
            [new("6")],
            "Posting a picture of colleagues who haven't agreed could cause offence.",
            ["Ask first, and respect a no."]),
        new("staff-picture-unclear", Verdict.Depends,
            f => StaffPictured(f) && f.HasPermission is null && (f.Content & Harmful) == 0 && (!f.Content.HasFlag(Embarrassing) || JokeTheAskerIsIn(f))
                 && !f.OfficialChannel && !PupilsPictured(f) && !NoPupilsAround(f),
            [new("6"), new("7")],
            "It depends on whether everyone in it is happy for it to go up, and whether any pupils are in the background.",
            NoAdvice,
            new("Have the colleagues in it agreed, and are there no pupils in it?",
                [new("agreed", "Yes: they've agreed and there are no pupils", FactAnswer.PermissionGiven),
                 new("not-agreed", "No, or I'm not sure", FactAnswer.NoPermission)])),
        // Item 6 asks only that a picture of colleagues is not inappropriate or offensive; asking them first is advice.
        new("staff-picture-no-pupils", Verdict.AllowedWithCare,
            f => StaffPictured(f) && f.HasPermission is null && (f.Content & (Harmful | Confidential | Incident)) == 0
                 && (!f.Content.HasFlag(Embarrassing) || JokeTheAskerIsIn(f)) && !f.OfficialChannel
                 && !PupilsPictured(f) && NoPupilsAround(f) && !f.CriticalTone && !f.SensitiveMatter && !f.NamesVisible,
            [new("6"), ThinkCarefully],
            "A picture of colleagues is fine as long as nothing in it could be seen as inappropriate or cause offence, and no pupil is in it.",
            ["Ask everyone in it before you post it, and take it down if anyone asks.",
             "Check the background: no pupils, names, work on the walls or confidential notices."]),
        // The policy names no rule for pictures of adults who are parents, away from school: care and their agreement.
        new("parents-pictured-away-from-school", Verdict.AllowedWithCare,
            f => f.HasImage && f.InImage.HasFlag(People.Parents) && (f.InImage & ~(People.Parents | People.Self | People.Staff | People.Unconnected | People.Family)) == 0
                 && !AtSchoolOrTrip(f) && !f.ImageOfSchoolOrGrounds && !PupilsPictured(f) && !f.PupilsPresumedInImage && !f.OfficialChannel
                 && (f.Content & (Embarrassing | Harmful | Confidential | Incident)) == 0 && !f.CriticalTone && !f.SensitiveMatter && !f.NamesVisible
                 && !f.OtherChildrenToo && f.HasPermission != false,
            [ThinkCarefully],
            "A picture of adults who happen to be parents, away from school, is yours to post with their agreement: the policy's picture rules are about pupils and staff at school.",
            ["Ask them before you post it, and keep school out of the caption.",
             "Think about how it would look to other parents if it were shared."]),
        new("staff-picture-agreed", Verdict.AllowedWithCare,
            f => StaffPictured(f) && f.HasPermission == true && !PupilsPictured(f) && (f.Content & (Embarrassing | Harmful)) == 0,
            [new("6")],
            "With your colleagues' agreement, an appropriate picture is fine.",
            ["Check no pupils are in the background and nothing in it could embarrass anyone."]),
        new("picture-linked-to-school", Verdict.AllowedWithCare,
            f => f.HasImage && Posts(f) && f.LinksToSchool && !PupilsPictured(f) && !StaffPictured(f) && (f.Content & (Harmful | Embarrassing)) == 0
                 && f.ImagePlace != ImagePlace.SchoolPremises,
            [ThinkCarefully],
            "It's your picture, but the school's name or lanyard links it to the school, so think about how it reflects on it.",
            ["Check nothing in it could embarrass you or the school, and that no pupils are in it."]),
        // A fitness app's route map that starts or ends at the school says where the asker works or lives, nothing about the
        // school: the general advice (what it tells the public about you) is the care. Not in working time or on the school's
        // computers, and not with pupils, colleagues or anything said about them in it.
        new("own-route-shows-the-school", Verdict.AllowedWithCare,
            f => f.SharesOwnRoute && (f.About & ~(People.School | People.Self | People.Parents | People.Unconnected | People.Family)) == 0
                 && (f.Mentioned & (People.Pupils | People.Staff | People.Governors | People.FormerPupils)) == 0
                 && !PupilsPictured(f) && !StaffPictured(f) && !f.PupilsPresumedInImage && !f.NamesVisible && f.ContactWith == People.None
                 && (f.Content & (Harmful | Confidential | Incident | Embarrassing | PupilWork | Humour)) == 0 && !f.CriticalTone && !f.SensitiveMatter
                 && !f.OfficialChannel && f.Device != DeviceOwner.SchoolSystem && f.Time != TimeOfUse.LessonsOrWorkingTime,
            [ThinkCarefully, new("8")],
            "Your own run is yours to post: a route map that starts at the school shows where you work, not anything about the school.",
            ["Strava shows your routes, and where they start and end, to anyone unless you change it: set your activities to followers only and hide the start and end of your routes (privacy zones).",
             "Keep pupils, colleagues and school business out of the captions and photos."]),
        new("former-pupils-pictured", Verdict.AllowedWithCare,
            f => f.HasImage && f.InImage.HasFlag(People.FormerPupils) && !f.InImage.HasFlag(People.Pupils),
            [new("7"), ThinkCarefully],
            "The people in an old class photo are adults now, not current pupils.",
            ["Think about whether everyone in it would be happy to be posted, and don't tag them without asking."]),
        new("personal-picture", Verdict.Allowed,
            f => f.HasImage && Posts(f) && (f.InImage & Community) == 0 && f.ImagePlace is ImagePlace.Unknown or ImagePlace.Elsewhere
                 && !f.ImageOfSchoolOrGrounds && !f.Content.HasFlag(PupilWork) && !f.OfficialChannel && !f.LinksToSchool
                 && (f.Content & (Embarrassing | Harmful | Confidential)) == 0 && (f.About & Community) == 0
                 && ((f.Content & PersonalLife) != 0 || (f.InImage & (People.Self | People.Family)) != 0 || IsObject(f)),
            [ThinkCarefully],
            "Pictures from your own life are your own business.",
            ["Check your privacy settings so you choose who sees them."]),
        new("personal-picture-compromising", Verdict.AllowedWithCare,
            f => f.HasImage && Posts(f) && (f.InImage & Community) == 0 && f.ImagePlace is ImagePlace.Unknown or ImagePlace.Elsewhere
                 && f.Content.HasFlag(Embarrassing) && (f.About & Community) == 0,
            [ThinkCarefully],
            "It's your own picture, but pictures that could compromise you can also reflect on the school.",
            ["Ask yourself whether you would be comfortable with a parent seeing it.", "Set your privacy settings to private."]),
        new("photos-taken-at-work-posted-by-someone-else", Verdict.NotAllowed,
            f => f.PostedByOther && f.HasImage && f.Activities.HasFlag(TakePhotos) && (AtSchoolOrTrip(f) || f.InImage.HasFlag(People.Pupils)),
            [new("7"), new("6")],
            "Photos you took at work are yours to keep off social media: handing them to someone else to post is the same as posting them.",
            ["Send them to the school office for the school's own channels instead."]),

        // The school's official channels.
        new("official-channel-post", Verdict.AllowedWithCare,
            f => !(f.HasImage && f.HasPermission == false) && !(f.PupilsPresumedInImage && f.HasPermission != true) && !f.PersonalPurpose && f.OfficialChannel && (Posts(f) || f.MentionsSocialMedia || f.Activities.HasFlag(Message)) && !PupilsPictured(f)
                 && (f.Content & (Harmful | Confidential)) == 0 && !(f.ContactWith.HasFlag(People.Pupils) && PersonalPlatform(f)),
            [OfficialBusiness],
            "The school's official channels are the right place for school business with parents and pupils.",
            ["Post only what the school has agreed to share, with permission for any pupil photos, and nothing confidential."]),
        new("official-channel-pupil-picture", Verdict.Depends,
            f => f.OfficialChannel && PupilsPictured(f) && f.HasPermission is null,
            [OfficialBusiness, new("7")],
            "On the school's official channels, pupil photos depend on permission.",
            NoAdvice,
            new("Does every pupil who could be identified have photo permission?",
                [new("permission", "Yes, they all have permission", FactAnswer.PermissionGiven),
                 new("no-permission", "No, or I'm not sure", FactAnswer.NoPermission)])),
        new("official-channel-pupil-picture-permission", Verdict.AllowedWithCare,
            f => f.OfficialChannel && PupilsPictured(f) && f.HasPermission == true,
            [OfficialBusiness, new("7")],
            "The school's official channels are the right place for pupil photos when parents have given permission.",
            ["Check the consent list for every pupil in the picture, and don't add surnames."]),
        new("pupil-picture-without-permission", Verdict.NotAllowed,
            f => PupilsPictured(f) && f.HasPermission == false && f.PeopleIdentifiable != false,
            [new("7")],
            "Pictures that identify pupils must not be posted without permission.",
            ["Choose a photo without those pupils, or one where they can't be identified."]),
        new("account-for-a-class-or-club", Verdict.Depends,
            f => f.SetsUpAccount && !f.OfficialChannel && !f.AsksWhoToAsk && ((f.About & (People.Pupils | People.Parents | People.School)) != 0 || f.Activities.HasFlag(Post))
                 && f.HasPermission is null && !f.ContactWith.HasFlag(People.Pupils),
            [OfficialBusiness, new("8")],
            "It depends on whether the school has agreed to it as an official account: the policy recognises official school channels, but a personal account that pupils follow would be personal dialogue with pupils.",
            NoAdvice,
            new("Has the head teacher agreed to it as an official school account?",
                [new("approved", "Yes, it's agreed as a school account", FactAnswer.PermissionGiven),
                 new("not-approved", "No, not yet", FactAnswer.NoPermission)])),
        new("account-for-a-class-or-club-approved", Verdict.AllowedWithCare,
            f => f.SetsUpAccount && f.HasPermission == true && !PupilsPictured(f),
            [OfficialBusiness],
            "An account the school has agreed to is one of its official channels.",
            ["Share the login with the school, post only school business, and follow the photo permissions."]),

        // Contact with pupils, former pupils, parents and colleagues (item 8).
        new("dialogue-with-pupils", Verdict.NotAllowed,
            f => Contacts(f) && f.ContactWith.HasFlag(People.Pupils) && !f.PupilIsRelative && (!f.OfficialChannel || PersonalPlatform(f))
                 && (f.MentionsSocialMedia || f.Activities.HasFlag(Connect) || PersonalPlatform(f)),
            [new("8")],
            "Personal dialogue with pupils on social media (messages, replies, comments, follows, friend requests, group chats) is not allowed, however friendly or brief.",
            ["Don't reply or accept; keep contact with pupils to the school's own platforms (Seesaw, Hwb, Google Classroom).",
             "If a pupil contacts you, tell the designated safeguarding lead and keep a note."]),
        new("pupil-contact-channel-unclear", Verdict.Depends,
            f => f.Activities.HasFlag(Message) && f.ContactWith.HasFlag(People.Pupils) && !f.MentionsSocialMedia && !f.OfficialChannel
                 && !f.PupilIsRelative && !f.Activities.HasFlag(Connect),
            [new("8"), OfficialBusiness],
            "It depends on how: through the school's own platform it's school business, on personal social media or messaging it's personal dialogue with a pupil.",
            NoAdvice,
            new("Would it be through the school's own platform (Seesaw, Hwb, Google Classroom) or a personal app or account?",
                [new("school-platform", "The school's own platform", FactAnswer.SchoolPlatform),
                 new("personal-app", "A personal app or account", FactAnswer.PersonalPlatform)])),
        new("official-platform-with-pupils", Verdict.AllowedWithCare,
            f => Contacts(f) && f.ContactWith.HasFlag(People.Pupils) && f.OfficialChannel && !PersonalPlatform(f),
            [OfficialBusiness, new("8")],
            "The school's own platforms are the right place for messages to pupils about school work.",
            ["Keep messages to school business, in the school's channel where colleagues can see them."]),
        new("pupil-who-is-a-relative", Verdict.Depends,
            f => Contacts(f) && f.ContactWith.HasFlag(People.Pupils) && f.PupilIsRelative && f.HasPermission is null,
            [new("8")],
            "A relative who is a pupil here is still a pupil: it depends on keeping it family contact that their parents know about, apart from school.",
            NoAdvice,
            new("Is it family contact that the child's parents know about, with nothing about school in it?",
                [new("family-contact", "Yes, family contact the parents know about", FactAnswer.PermissionGiven),
                 new("not-family-contact", "No, or I'm not sure", FactAnswer.NoPermission)])),
        new("pupil-who-is-a-relative-family-contact", Verdict.AllowedWithCare,
            f => Contacts(f) && f.ContactWith.HasFlag(People.Pupils) && f.PupilIsRelative && f.HasPermission == true,
            [new("8")],
            "Family contact that the parents know about is not personal dialogue with a pupil, but keep school out of it.",
            ["Don't discuss school, other pupils or staff, and keep your privacy settings tight."]),
        new("pupil-who-is-a-relative-no", Verdict.NotAllowed,
            f => Contacts(f) && f.ContactWith.HasFlag(People.Pupils) && f.PupilIsRelative && f.HasPermission == false,
            [new("8")],
            "Without the family's knowledge it is personal dialogue with a pupil.",
            ["Keep contact through the child's parents."]),
        new("former-pupil-age-unclear", Verdict.Depends,
            f => Contacts(f) && f.ContactWith.HasFlag(People.FormerPupils) && !f.ContactWith.HasFlag(People.Pupils) && f.FormerPupilIsAdult is null,
            [new("8")],
            "It depends on whether the former pupil is now an adult: a child who has left is still treated like a pupil.",
            NoAdvice,
            new("Is the former pupil now an adult (18 or over)?",
                [new("adult", "Yes, they are an adult now", FactAnswer.FormerPupilAdult),
                 new("child", "No, they are still a child", FactAnswer.FormerPupilChild)])),
        new("former-pupil-adult", Verdict.AllowedWithCare,
            f => Contacts(f) && f.ContactWith.HasFlag(People.FormerPupils) && f.FormerPupilIsAdult == true && !f.ContactWith.HasFlag(People.Pupils),
            [new("8"), ThinkCarefully],
            "An adult former pupil is no longer a pupil, but keep the contact professional.",
            ["Check your privacy settings and friends list, since they may be connected to current pupils or families."]),
        new("former-pupil-child", Verdict.NotAllowed,
            f => Contacts(f) && f.ContactWith.HasFlag(People.FormerPupils) && f.FormerPupilIsAdult == false,
            [new("8")],
            "A former pupil who is still a child should be treated like a pupil: no personal dialogue on social media.",
            ["Politely decline, and tell the designated safeguarding lead if they keep contacting you."]),
        new("pupil-matters-with-parents", Verdict.NotAllowed,
            f => f.Activities.HasFlag(Message) && f.ContactWith.HasFlag(People.Parents) && (f.Content & (Incident | Confidential)) != 0 && !f.OfficialChannel
                 && !f.ParentsOwnChild,
            [new("3")],
            "What happens with pupils in school is confidential school business, not something for personal messages.",
            ["Say it's something the school will talk to her about, and point her to the class teacher or the office."]),
        // A parent asking about their own child is owed the answer; the care is in keeping it to their child and moving it to school channels.
        new("parent-asks-about-own-child", Verdict.AllowedWithCare,
            f => f.Activities.HasFlag(Message) && f.ContactWith.HasFlag(People.Parents) && f.ParentsOwnChild && !f.ContactWith.HasFlag(People.Pupils)
                 && !f.OfficialChannel && (f.Content & (Harmful | Confidential)) == 0 && !f.CriticalTone && !Posts(f) && SocialContext(f),
            [new("8"), new("3"), ThinkCarefully],
            "The policy doesn't forbid a private reply to a parent about their own child, but keep it short and move school matters to the school's own channels.",
            ["Reply briefly and suggest a chat with the class teacher, or the school's own app or email, for anything about behaviour or welfare.",
             "Never mention other pupils, staff or school business in personal messages."]),
        // A complaint, a family's private business, what someone said at school: not for a friends list or personal messages.
        new("contact-with-parents-about-sensitive-matters", Verdict.NotAllowed,
            f => Contacts(f) && f.ContactWith.HasFlag(People.Parents) && !f.ContactWith.HasFlag(People.Pupils) && !f.OfficialChannel && SocialContext(f)
                 && (f.SensitiveMatter || f.CriticalTone) && !f.ParentsOwnChild && !f.UrgentFamilyMatter,
            [new("8"), new("3")],
            "Personal contact with a parent about something sensitive (a complaint, a family's private business, what was said at school) isn't appropriate: item 8 asks that contacts are appropriate, and item 3 keeps such matters confidential.",
            ["Keep it to the school's own channels, and let the head teacher know if a parent raises it with you privately."]),
        new("contact-with-parents", Verdict.AllowedWithCare,
            f => Contacts(f) && f.ContactWith.HasFlag(People.Parents) && !f.ContactWith.HasFlag(People.Pupils) && !f.OfficialChannel
                 && (f.Content & (Confidential | Harmful | Incident)) == 0 && SocialContext(f) && !f.SensitiveMatter && !f.CriticalTone,
            [new("8"), new("3"), ThinkCarefully],
            "The policy doesn't forbid being connected with parents, but keep school matters out of it and your friends list appropriate.",
            ["Talk only about their own child, in general terms, and point anything more to school channels.",
             "Never share anything about other pupils, staff or school business, and check your privacy settings."]),
        new("contact-with-colleagues-and-professional-groups", Verdict.Allowed,
            f => Contacts(f) && (f.ContactWith & (People.Staff | People.Council | People.Inspectorate | People.Unconnected | People.Governors)) != 0
                 && (f.ContactWith & (People.Pupils | People.Parents | People.FormerPupils)) == 0 && !Posts(f)
                 && (f.Content & (Confidential | Harmful)) == 0 && SocialContext(f) && !f.CriticalTone && !f.SensitiveMatter,
            [Interacting],
            "The policy recognises social networking as a good way to keep in touch with colleagues, and following or joining professional groups is fine.",
            ["Remember groups with colleagues are still covered: nothing confidential or unkind."]),

        // Your own accounts and posts.
        new("keep-a-blog-or-account", Verdict.Allowed,
            f => f.Activities.HasFlag(KeepBlogOrAccount) && !f.SetsUpAccount && !f.OfficialChannel && (f.About & Community) == 0 && !f.LinksToSchool,
            [Interacting, ThinkCarefully],
            "The school accepts that staff keep personal blogs and social media accounts.",
            ["Set your privacy settings to private and keep school matters out of it."]),
        new("blog-or-account-about-teaching", Verdict.AllowedWithCare,
            f => (f.Activities.HasFlag(KeepBlogOrAccount) || (f.LinksToSchool && (f.MentionsSocialMedia || Posts(f)))) && ((f.About & Community) != 0 || f.LinksToSchool) && !f.OfficialChannel && (f.Content & (Harmful | Confidential | Incident)) == 0
                 && !PupilsPictured(f) && (f.NobodyNamed || f.LinksToSchool || (f.About & People.Pupils) == 0) && !f.SetsUpAccount && !f.CriticalTone,
            [Interacting, ThinkCarefully],
            "A personal blog or account about teaching is fine, as long as no pupil, colleague or family can be identified and nothing confidential goes in it.",
            ["Keep real pupils, colleagues and the school's business out of it.", "Think how a parent would read it."]),
        new("professional-question", Verdict.AllowedWithCare,
            f => Posts(f) && f.About.HasFlag(People.Unconnected) && (f.Content & (Harmful | Confidential | Incident)) == 0 && !f.HasImage && !f.CriticalTone
                 && !f.OtherChildrenToo && !f.PupilIsRelative
                 && (f.About & (People.Staff | People.Parents | People.Governors | People.Council)) == 0 && (f.NobodyNamed || (f.About & People.Pupils) == 0),
            [ThinkCarefully],
            "Asking other teachers for ideas is fine, as long as nothing about your pupils or school goes in it.",
            ["Leave out anything that could identify a pupil, a colleague or the school."]),
        new("personal-post", Verdict.Allowed,
            // Not while teaching or on duty: then it is personal use in working time, whatever it is about (item 2).
            f => Posts(f) && !f.HasImage && (f.About & Community) == 0 && !f.LinksToSchool && !f.Endorses && f.Time != TimeOfUse.LessonsOrWorkingTime
                 && (f.Content & (Harmful | Confidential | NewsOrOpinion | Embarrassing | Campaign | Incident)) == 0
                 && ((f.Content & PersonalLife) != 0 || f.About.HasFlag(People.Self) || f.About.HasFlag(People.Family)
                     || (f.IsDraft && f.About == People.None && f.Content.HasFlag(Positive))),
            [Interacting, ThinkCarefully],
            "Posts about your own life are your own business.",
            ["Check your privacy settings so you choose who sees it."]),
        new("sharing-unconnected-content", Verdict.Allowed,
            f => Posts(f) && f.Endorses && (f.About & Community) == 0 && f.About.HasFlag(People.Unconnected) && (f.Content & (Harmful | Confidential)) == 0 && !f.HasImage,
            [ThinkCarefully],
            "Sharing a post that has nothing to do with the school is your own business.",
            ["Check your privacy settings so you choose who sees it."]),
        // Item 4 protects the school, its people and the Council: a complaint about the profession's pay, the government or a
        // shop names none of them, but the general advice asks for care about how it reads.
        new("complaint-about-things-beyond-the-school", Verdict.AllowedWithCare,
            // A complaint, not an insult: "paid peanuts" about the profession's pay is the one insult-word it allows.
            f => Posts(f) && !f.HasImage && f.CriticalTone && (!f.Content.HasFlag(Derogatory) || f.AboutPay)
                 && (f.Content & (Defamatory | Discriminatory | Threatening | Confidential | Incident | Embarrassing)) == 0
                 && f.About.HasFlag(People.Unconnected) && (f.About & ~(People.Unconnected | People.Self | People.Family)) == 0
                 && ((f.Mentioned | f.About) & Community) == 0 && !f.LinksToSchool && !f.Endorses && !f.NamesSomeone,
            [new("4"), Mindful],
            "Item 4 is about the school, its staff and pupils and the Council: a view on something beyond them is yours, as long as it stays civil.",
            ["Keep it civil and make clear the views are your own: parents may read it and link it to the school.",
             "Leave the school, colleagues and pupils out of it."]),
        // A moan about a thing names no one item 4 protects: a broken microwave or a meeting that ran late is not the school's
        // people, but the general advice asks for care about how it reads.
        new("moan-about-a-thing", Verdict.AllowedWithCare,
            f => Posts(f) && f.MoanAboutAThing && !f.HasImage && (f.Content & (Harmful | Confidential | Incident | Embarrassing)) == 0
                 && !f.NamesSomeone && !f.OfficialChannel && f.Time != TimeOfUse.LessonsOrWorkingTime && f.Device != DeviceOwner.SchoolSystem
                 && f.ContactWith == People.None && !f.Endorses && !f.LinksToSchool,
            [new("4"), Mindful],
            "A moan about a thing (a broken microwave, a meeting that ran late) isn't about the school's people, so item 4 doesn't stop it, as long as it stays a moan about the thing.",
            ["Keep people out of it: no colleague, pupil or family, named or not, and nothing about what was discussed.",
             "Think how a parent would read it, and raise the problem itself with whoever can fix it."]),
        new("news-or-opinion", Verdict.AllowedWithCare,
            f => Posts(f) && !f.HasImage && (f.About & (People.Pupils | People.Parents | People.Staff)) == 0 && (f.Content & (Harmful | Confidential | Campaign)) == 0
                 && f.Content.HasFlag(NewsOrOpinion) && !f.About.HasFlag(People.School) && !f.CriticalTone,
            [Mindful],
            "Sharing news or your views is fine, but parents may read them and link them to the school.",
            ["Keep it civil and accurate, and make clear the views are your own."]),
    ];

    /// <summary>Personal use of a device or site: the subject of items 1 and 2.</summary>
    public static bool PersonalUse(QuestionFacts f) =>
        !f.WorkUse && ((f.Activities & (Activities.PersonalUse | KeepPhoneNearby)) != 0
        || (f.Activities.HasFlag(Message) && (f.ContactWith & (People.Pupils | People.Parents | People.FormerPupils)) == 0 && !f.UrgentFamilyMatter));

    /// <summary>Nobody, or only family and friends, is contacted: the contact is personal, not with the school's community.</summary>
    public static bool OnlyPersonalContacts(QuestionFacts f) => (f.ContactWith & ~(People.Family | People.Unconnected | People.Self)) == People.None;

    public static bool Posts(QuestionFacts f) => f.Activities.HasFlag(Post) || f.IsDraft || f.Endorses;

    /// <summary>Contact the policy governs: on social media, or a friend request or follow (an email or a call is not).</summary>
    public static bool SocialContext(QuestionFacts f) => f.MentionsSocialMedia || f.MentionsPersonalPlatform || f.Activities.HasFlag(Connect);

    public static bool Contacts(QuestionFacts f) => (f.Activities & (Message | Connect)) != 0;

    // Pupils' work in a picture is not a picture of pupils unless they can be seen in it.
    public static bool PupilsPictured(QuestionFacts f) =>
        f.HasImage && f.InImage.HasFlag(People.Pupils) && !f.NoPupilsInImage && (!f.Content.HasFlag(PupilWork) || f.PeopleIdentifiable == true);

    public static bool StaffPictured(QuestionFacts f) => f.HasImage && f.InImage.HasFlag(People.Staff);

    /// <summary>
    /// "A funny video of me and the TAs dancing": the only embarrassment is a joke ("funny", "daft", "silly") that the asker
    /// is in too, with nobody named and nothing critical, so it is not at a colleague's expense. "Drunk", "asleep" or a
    /// colleague alone in it still make it a picture that could be inappropriate (item 6).
    /// </summary>
    public static bool JokeTheAskerIsIn(QuestionFacts f) =>
        f.Content.HasFlag(Embarrassing) && !f.MoreThanFunny && f.InImage.HasFlag(People.Self) && !f.NamesSomeone && !f.CriticalTone;

    /// <summary>The words say no pupils are in it, or it was taken away from school and its activities where pupils would be.</summary>
    public static bool NoPupilsAround(QuestionFacts f) =>
        f.SaysNoPupils || f.NoPupilsInImage
        || (f.ImagePlace == ImagePlace.Elsewhere && !f.PupilsPresumedInImage && !f.Mentioned.HasFlag(People.Pupils) && !f.ImageOfSchoolOrGrounds
            && f.Time is not (TimeOfUse.LessonsOrWorkingTime or TimeOfUse.SchoolDay));

    public static bool AtSchoolOrTrip(QuestionFacts f) => f.ImagePlace is ImagePlace.SchoolPremises or ImagePlace.TripOrOffSiteActivity;

    public static bool OnlyOwnChildren(QuestionFacts f) => f.PupilIsRelative && f.HasImage && !f.InImage.HasFlag(People.Staff) && !f.OtherChildrenToo;

    /// <summary>During the school day, at break or on the yard, pupils are around: a picture of the grounds then may include them.</summary>
    public static bool PupilsLikelyAround(QuestionFacts f) =>
        f.Time is TimeOfUse.Break or TimeOfUse.LessonsOrWorkingTime or TimeOfUse.SchoolDay || f.ImagePlace == ImagePlace.TripOrOffSiteActivity;

    public static bool IsObject(QuestionFacts f) => f.InImage == People.Self && f.HasImage && f.IsObjectPicture;

    /// <summary>"The iPad", "the laptop": a device that might be the school's. A phone is taken to be the user's own.</summary>
    public static bool DeviceCouldBeSchools(QuestionFacts f) => f.MentionsDevice && !f.MentionsPhone;

    public static bool PersonalPlatform(QuestionFacts f) => f.MentionsPersonalPlatform;

    public static bool ConfidentialAboutOthers(QuestionFacts f) =>
        f.ToldInConfidence
        || (f.Content.HasFlag(Confidential) && !f.AlreadyPublic && (f.About & ~(People.Self | People.Family | People.Unconnected)) != People.None)
        || (f.Content.HasFlag(Confidential) && !f.AlreadyPublic && f.About == People.None);
}
