using static CadoxtonPolicyBot.Policy.Answers.Activities;
using static CadoxtonPolicyBot.Policy.Answers.ContentKinds;

namespace CadoxtonPolicyBot.Policy.Answers;

/// <summary>
/// The policy's rules as a table over <see cref="QuestionFacts"/>. Each rule speaks about the policy's concepts
/// (devices, times, content, people, images, contact), never about particular wordings. When several rules match,
/// the strictest verdict wins and the sections of the rules giving it are cited.
/// </summary>
internal static class PolicyRules
{
    public const People Connected = People.School | People.Staff | People.Pupils | People.Parents | People.Governors
        | People.Council | People.FormerPupils;

    public const ContentKinds Harmful = Derogatory | Defamatory | Discriminatory | Threatening;

    // Long sections are quoted by the sentence that carries the point.
    public static readonly Citation Interacting = new("statement", "useful way of interacting socially");
    public static readonly Citation OfficialBusiness = new("statement", "effective way to communicate official School business");
    public static readonly Citation InsideAndOutside = new("statement", "This policy applies both inside and outside the workplace");
    public static readonly Citation GrossMisconduct = new("disciplinary", "will be investigated as gross misconduct");
    public static readonly Citation DisciplinaryProcedures = new("disciplinary", "may be subject to disciplinary procedures");
    public static readonly Citation ThinkCarefully = new("advice", "think carefully about images/information");
    public static readonly Citation Mindful = new("advice", "mindful of how their views/statements could be interpreted");

    private static readonly string[] NoAdvice = [];

    public static IReadOnlyList<PolicyRule> All { get; } =
    [
        // Devices and time (items 1 and 2).
        new("school-system-private-use", Verdict.NotAllowed,
            f => f.Device == DeviceOwner.SchoolSystem && (f.MentionsSocialMedia || PersonalUse(f)) && !f.OfficialChannel && !f.WorkUse,
            [new("1")],
            "Social media for private use is never allowed on the school's IT system, whatever the time of day.",
            ["Use your own phone or device in your break or after work instead, not on the school's computers, tablets or network.",
             "School devices are for school work and the school's official channels only."]),
        new("school-system-work-use", Verdict.AllowedWithCare,
            f => f.Device == DeviceOwner.SchoolSystem && f.MentionsSocialMedia && f.WorkUse && !f.OfficialChannel,
            [new("1")],
            "Item 1 is about private use: using a site on the school's equipment for teaching or school work is not private use.",
            ["Watch anything through first, use the school's own accounts rather than a personal login, and don't post or message from it.",
             "Never use the school's computers, tablets or network for your own social media."]),
        new("own-device-in-lessons", Verdict.NotAllowed,
            f => f.Device != DeviceOwner.SchoolSystem && f.Time == TimeOfUse.LessonsOrWorkingTime && PersonalUse(f)
                 && !f.UrgentFamilyMatter && !f.OfficialChannel,
            [new("2")],
            "Personal use of your own phone or device isn't allowed during lessons or working time.",
            ["Keep your phone put away during lessons and check it in your break or after work.",
             "If you are waiting on an urgent family matter, tell a member of the senior leadership team so it can be covered."]),
        new("urgent-family-matter", Verdict.AllowedWithCare,
            f => f.UrgentFamilyMatter && (f.MentionsDevice || f.Activities.HasFlag(KeepPhoneNearby)
                 || f.Time is TimeOfUse.LessonsOrWorkingTime or TimeOfUse.SchoolDay),
            [new("2")],
            "Urgent family matters are the one exception to the rule about using your own phone in working time.",
            ["Let your line manager or the office know, keep the phone on silent and out of pupils' sight, and step out to take the call.",
             "Use it only for the family matter, not for social media or other personal use."]),
        new("own-device-in-break", Verdict.AllowedWithCare,
            f => f.Device == DeviceOwner.Own && f.Time == TimeOfUse.Break && PersonalUse(f),
            [new("2")],
            "Breaks are not lesson or working time, so using your own device then is fine.",
            ["Use it away from pupils, for example in the staffroom, and never on the school's network or computers.",
             "Keep what you post within the rest of the policy."]),
        new("device-unknown-in-break", Verdict.Depends,
            f => f.Device == DeviceOwner.Unknown && f.Time == TimeOfUse.Break && PersonalUse(f) && f.MentionsSocialMedia,
            [new("1"), new("2")],
            "In a break it depends on whose device you would use.",
            NoAdvice,
            new("Would you be using a school computer, tablet or network, or your own phone or device?",
                [new("school-device", "A school device or network", FactAnswer.SchoolDevice),
                 new("own-device", "My own phone or device", FactAnswer.OwnDevice)])),
        new("school-day-time-unclear", Verdict.Depends,
            f => f.Device != DeviceOwner.SchoolSystem && f.Time == TimeOfUse.SchoolDay && PersonalUse(f)
                 && !f.UrgentFamilyMatter && !f.OfficialChannel,
            [new("2")],
            "During the school day it depends on whether you are in lessons or working time, or on a break.",
            NoAdvice,
            new("Would it be during lessons or working time, or in a break?",
                [new("lessons", "During lessons or working time", FactAnswer.DuringLessons),
                 new("break", "In a break or after work", FactAnswer.OutsideLessons)])),
        new("own-device-time-unclear", Verdict.Depends,
            f => f.Device == DeviceOwner.Own && f.Time == TimeOfUse.Unknown && (f.Activities & (Activities.PersonalUse | KeepPhoneNearby)) != 0
                 && !f.Activities.HasFlag(Post) && !f.UrgentFamilyMatter && f.ContactWith == People.None,
            [new("2")],
            "Using your own phone or device is fine, just not for personal use during lessons or working time.",
            NoAdvice,
            new("Would it be during lessons or working time, or in a break?",
                [new("lessons", "During lessons or working time", FactAnswer.DuringLessons),
                 new("break", "In a break or after work", FactAnswer.OutsideLessons)])),
        new("own-time-personal-use", Verdict.Allowed,
            f => f.Device != DeviceOwner.SchoolSystem && f.Time == TimeOfUse.OwnTime && f.Activities.HasFlag(Activities.PersonalUse)
                 && !f.Activities.HasFlag(Post) && f.ContactWith == People.None,
            [Interacting, new("9")],
            "In your own time, on your own device, using social media is your own business.",
            ["The rest of the policy still applies to anything you post, wherever and whenever you post it."]),

        // Content (items 3 and 4, Disciplinary Action).
        new("harmful-about-school-community", Verdict.NotAllowed,
            f => Posts(f) && (f.Content & (Derogatory | Defamatory)) != 0 && (f.About & Connected) != 0,
            [new("4"), GrossMisconduct],
            "Posting anything derogatory, mocking or defamatory about the school, its staff, pupils, parents, governors or the Council is not allowed.",
            ["If something at work is frustrating you, talk it through with your line manager or the head teacher instead of posting.",
             "Even jokes or private groups can be screenshotted and shared."]),
        new("discriminatory-or-threatening", Verdict.NotAllowed,
            f => Posts(f) && (f.Content & (Discriminatory | Threatening)) != 0,
            [new("4"), GrossMisconduct],
            "Discriminatory or threatening posts are never allowed and are treated as gross misconduct.",
            ["Don't post it. If you are upset with someone, speak to the head teacher."]),
        new("confidential-information", Verdict.NotAllowed,
            f => (Posts(f) || f.Activities.HasFlag(Message)) && f.Content.HasFlag(Confidential),
            [new("3")],
            "This is information that is confidential to the school or to people connected with it.",
            ["Leave it to the person concerned, or the school, to share their own news when they are ready.",
             "If parents or colleagues need to know something, the school will tell them through its official channels."]),
        new("pupil-incident", Verdict.NotAllowed,
            f => Posts(f) && f.About.HasFlag(People.Pupils) && f.Content.HasFlag(Incident) && !f.NobodyNamed && !f.HasImage,
            [new("3")],
            "What happens to or with a pupil in school is confidential to that pupil and their family.",
            ["Keep incidents to the school's own records and the people who need to know.",
             "Parents hear about their own child's day from the school, not from social media."]),
        new("pupil-anecdote-anonymous", Verdict.AllowedWithCare,
            f => Posts(f) && f.About.HasFlag(People.Pupils) && f.NobodyNamed && !f.HasImage && (f.Content & (Harmful | Confidential)) == 0,
            [new("3"), ThinkCarefully],
            "Without names it is not confidential information, but a pupil can still be recognised from the details.",
            ["Make sure no pupil could be identified: no names, dates, classes or details a parent would recognise.",
             "Ask yourself how the pupil's parents would feel reading it."]),
        new("pupils-positive-news", Verdict.AllowedWithCare,
            f => Posts(f) && f.About.HasFlag(People.Pupils) && !f.NobodyNamed && !f.HasImage && !f.OfficialChannel
                 && (f.Content & (Harmful | Confidential | Incident)) == 0 && (f.Content & (Positive | NewsOrOpinion)) != 0
                 && f.PeopleIdentifiable != true,
            [new("3"), ThinkCarefully],
            "Celebrating your class in general terms is fine; naming or identifying pupils is not.",
            ["Keep it general: no names, photos or details that identify a pupil.",
             "Good news about pupils is best shared through the school's official channels."]),
        new("pupils-identifiable-post", Verdict.NotAllowed,
            f => Posts(f) && f.About.HasFlag(People.Pupils) && f.PeopleIdentifiable == true && !f.HasImage && !f.OfficialChannel,
            [new("3")],
            "Information that identifies a pupil is confidential to the pupil and their family.",
            ["Leave pupils' news to the school's official channels, where parents have agreed to it."]),
        new("pupils-post-unclear", Verdict.Depends,
            f => Posts(f) && f.About.HasFlag(People.Pupils) && !f.NobodyNamed && !f.HasImage && !f.OfficialChannel
                 && f.PeopleIdentifiable is null && (f.Content & (Harmful | Confidential | Incident | Positive | NewsOrOpinion)) == 0,
            [new("3")],
            "It depends on whether a pupil could be identified from what you post.",
            NoAdvice,
            new("Would any pupil be identifiable from the post?",
                [new("identifiable", "Yes, a pupil could be identified", FactAnswer.PupilsIdentifiable),
                 new("not-identifiable", "No, no pupil could be identified", FactAnswer.NoPupilsIdentifiable)])),
        new("negative-about-others", Verdict.AllowedWithCare,
            f => Posts(f) && f.Content.HasFlag(Derogatory) && (f.About & Connected) == 0,
            [Mindful],
            "It isn't about the school community, but public posts reflect on you as a member of staff.",
            ["Keep it civil: parents and pupils may read it, and think how it could be interpreted."]),
        new("staff-mention", Verdict.AllowedWithCare,
            f => Posts(f) && f.About.HasFlag(People.Staff) && !f.HasImage && !f.OfficialChannel && (f.Content & (Harmful | Confidential)) == 0,
            [Interacting, ThinkCarefully],
            "Friendly posts about or with colleagues are fine, as long as nothing is confidential or unkind.",
            ["Check your colleague is happy to be mentioned or tagged before you post.",
             "Keep it to what they would be happy for parents to read."]),
        new("school-mention", Verdict.AllowedWithCare,
            f => Posts(f) && (f.About & (People.School | People.Governors | People.Council)) != 0 && !f.HasImage && !f.OfficialChannel
                 && (f.About & (People.Staff | People.Pupils)) == 0 && (f.Content & (Harmful | Confidential)) == 0,
            [ThinkCarefully, Mindful],
            "You can mention the school, as long as what you post is accurate, kind and not confidential.",
            ["Think how a parent, governor or the Council would read it.",
             "For school news, share the school's own official posts rather than writing your own."]),
        new("parents-mention", Verdict.AllowedWithCare,
            f => Posts(f) && f.About.HasFlag(People.Parents) && !f.HasImage && !f.OfficialChannel && f.ContactWith == People.None
                 && (f.About & (People.Staff | People.Pupils)) == 0 && (f.Content & (Harmful | Confidential)) == 0,
            [new("3"), ThinkCarefully],
            "Parents are part of the school community: nothing confidential or unkind about them.",
            ["Don't identify a parent or anything they have told the school.", "Use the school's channels for messages to parents."]),

        // Images (items 6 and 7).
        new("pupils-in-image", Verdict.NotAllowed,
            f => f.HasImage && PupilsPictured(f) && f.PeopleIdentifiable != false && f.HasPermission != true && !f.OfficialChannel,
            [new("7"), new("6")],
            "Pictures of pupils must not go on your own social media: they could identify pupils without their permission.",
            ["Send the photos to the school office so they can go on the school's official channels, where parents have given consent.",
             "Delete any pupil photos from your personal phone once they are passed on."]),
        new("pupils-in-image-with-permission", Verdict.AllowedWithCare,
            f => f.HasImage && PupilsPictured(f) && f.PeopleIdentifiable != false && f.HasPermission == true && !f.OfficialChannel,
            [new("7"), new("6")],
            "Item 7 is about pictures of pupils without permission, so permission matters, and the picture must still be appropriate.",
            ["Make sure the permission is from the parents, is in writing, and covers this use, not just the school's own channels.",
             "The school's official channels are still the better place for pupil photos."]),
        new("pupils-not-identifiable", Verdict.AllowedWithCare,
            f => f.HasImage && (PupilsPictured(f) || f.ImagePlace != ImagePlace.Unknown) && f.PeopleIdentifiable == false,
            [new("7")],
            "If no pupil can be identified, the picture is not one of pupils' identity.",
            ["Check every face, name badge, uniform and reflection in the background before posting.",
             "Don't tag the school or the location if that would identify the pupils."]),
        new("school-event-image-unclear", Verdict.Depends,
            f => f.HasImage && f.ImagePlace is ImagePlace.SchoolPremises or ImagePlace.TripOrOffSiteActivity
                 && (f.InImage & (People.Pupils | People.Staff | People.Self)) == 0 && f.PeopleIdentifiable is null
                 && !f.ImageOfSchoolOrGrounds && !f.OfficialChannel && !f.Content.HasFlag(PupilWork),
            [new("7"), new("6")],
            "Photos from school activities often include pupils, and that decides it.",
            NoAdvice,
            new("Would any pupil be identifiable in the photos?",
                [new("identifiable", "Yes, pupils can be identified", FactAnswer.PupilsIdentifiable),
                 new("not-identifiable", "No pupils can be identified", FactAnswer.NoPupilsIdentifiable)])),
        new("staff-image-inappropriate", Verdict.NotAllowed,
            f => f.HasImage && f.InImage.HasFlag(People.Staff) && (f.Content & (Embarrassing | Harmful)) != 0,
            [new("6"), new("4")],
            "A picture of a colleague that could be seen as inappropriate or cause offence must not be posted.",
            ["If it's a fun moment, ask your colleague first and only share something they are happy with, or keep it to yourselves."]),
        new("staff-image-without-agreement", Verdict.NotAllowed,
            f => f.HasImage && f.InImage.HasFlag(People.Staff) && f.HasPermission == false && (f.Content & (Embarrassing | Harmful)) == 0,
            [new("6")],
            "Posting a picture of a colleague who hasn't agreed could cause offence.",
            ["Ask first, and respect a no."]),
        new("staff-image-unclear", Verdict.Depends,
            f => f.HasImage && f.InImage.HasFlag(People.Staff) && f.HasPermission is null && !PupilsPictured(f)
                 && (f.Content & (Embarrassing | Harmful)) == 0 && !f.OfficialChannel,
            [new("6")],
            "It depends on whether your colleague is happy for it to be posted.",
            NoAdvice,
            new("Has your colleague agreed to the picture being posted?",
                [new("agreed", "Yes, they have agreed", FactAnswer.PermissionGiven),
                 new("not-agreed", "No, or I haven't asked", FactAnswer.NoPermission)])),
        new("staff-image-agreed", Verdict.AllowedWithCare,
            f => f.HasImage && f.InImage.HasFlag(People.Staff) && f.HasPermission == true && !PupilsPictured(f)
                 && (f.Content & (Embarrassing | Harmful)) == 0,
            [new("6")],
            "With your colleague's agreement, an appropriate picture is fine.",
            ["Check no pupils are in the background and nothing in the picture could cause offence."]),
        new("school-or-grounds-image", Verdict.AllowedWithCare,
            f => f.HasImage && f.ImageOfSchoolOrGrounds && (f.InImage & (People.Pupils | People.Staff)) == 0 && !f.OfficialChannel
                 && f.PeopleIdentifiable != true,
            [new("7")],
            "Pictures of the school or its grounds are fine if they are appropriate and no pupil appears in them.",
            ["Check the background: no pupils, names, displays with pupils' work, or confidential notices.",
             "Take it when pupils are not around, for example before or after school."]),
        new("pupil-work-image", Verdict.AllowedWithCare,
            f => f.HasImage && f.Content.HasFlag(PupilWork) && !PupilsPictured(f) && !f.OfficialChannel,
            [new("7"), new("3")],
            "Pupils' work can carry names or details that identify them.",
            ["Crop or cover names and photos on the work.", "Share it on the school's class page instead where you can."]),
        new("own-image-on-premises", Verdict.AllowedWithCare,
            f => f.HasImage && f.ImagePlace == ImagePlace.SchoolPremises && !f.ImageOfSchoolOrGrounds
                 && (f.InImage & (People.Pupils | People.Staff)) == 0 && f.InImage.HasFlag(People.Self),
            [new("7")],
            "A picture taken on school premises is fine if it could not show pupils or anything inappropriate.",
            ["Check the background for pupils, names, displays or paperwork before posting."]),
        new("personal-image", Verdict.Allowed,
            f => f.HasImage && Posts(f) && (f.InImage & Connected) == 0 && f.ImagePlace is ImagePlace.Unknown or ImagePlace.Elsewhere
                 && !f.ImageOfSchoolOrGrounds && !f.Content.HasFlag(PupilWork) && !f.OfficialChannel
                 && (f.Content & (Embarrassing | Harmful)) == 0,
            [ThinkCarefully],
            "Pictures from your own life are your own business.",
            ["Check your privacy settings so you choose who sees them."]),
        new("personal-image-compromising", Verdict.AllowedWithCare,
            f => f.HasImage && Posts(f) && (f.InImage & Connected) == 0 && f.ImagePlace is ImagePlace.Unknown or ImagePlace.Elsewhere
                 && f.Content.HasFlag(Embarrassing),
            [ThinkCarefully],
            "It's your own picture, but pictures that could compromise you can also reflect on the school.",
            ["Ask yourself whether you would be comfortable with a parent seeing it.", "Set your privacy settings to private."]),
        new("official-channel-pupil-image", Verdict.Depends,
            f => f.OfficialChannel && f.HasImage && (PupilsPictured(f) || f.ImagePlace != ImagePlace.Unknown)
                 && f.PeopleIdentifiable != false && f.HasPermission is null,
            [OfficialBusiness, new("7")],
            "On the school's official channels, pupil photos depend on permission.",
            NoAdvice,
            new("Does every pupil who could be identified have photo permission?",
                [new("permission", "Yes, they all have permission", FactAnswer.PermissionGiven),
                 new("no-permission", "No, or I'm not sure", FactAnswer.NoPermission)])),
        new("official-channel-pupil-image-permission", Verdict.AllowedWithCare,
            f => f.OfficialChannel && f.HasImage && (PupilsPictured(f) || f.ImagePlace != ImagePlace.Unknown) && f.HasPermission == true,
            [OfficialBusiness, new("7")],
            "The school's official channels are the right place for pupil photos when parents have given permission.",
            ["Check the consent list for every pupil in the picture, and don't add surnames."]),
        new("official-channel-pupil-image-no-permission", Verdict.NotAllowed,
            f => f.HasImage && (PupilsPictured(f) || f.ImagePlace != ImagePlace.Unknown) && f.HasPermission == false
                 && f.PeopleIdentifiable != false && !f.InImage.HasFlag(People.Staff),
            [new("7")],
            "Pictures that identify pupils must not be posted without permission.",
            ["Choose a photo without those pupils, or one where they can't be identified."]),

        // Contact with pupils, parents and colleagues (item 8).
        new("dialogue-with-pupils", Verdict.NotAllowed,
            f => (f.Activities & (Message | Connect)) != 0 && f.ContactWith.HasFlag(People.Pupils) && !f.OfficialChannel,
            [new("8")],
            "Personal dialogue with pupils on social media, including friend requests and follows, is not allowed.",
            ["Don't reply or accept; keep contact with pupils to school channels such as the school's learning platform.",
             "If a pupil contacts you, tell the designated safeguarding lead and keep a note."]),
        new("official-channel-with-pupils", Verdict.AllowedWithCare,
            f => f.Activities.HasFlag(Message) && f.ContactWith.HasFlag(People.Pupils) && f.OfficialChannel,
            [OfficialBusiness, new("8")],
            "The school's own platforms are the right place for messages to pupils about school work.",
            ["Keep messages to school business, in school channels that colleagues can see."]),
        new("former-pupil-unclear", Verdict.Depends,
            f => (f.Activities & (Message | Connect)) != 0 && f.ContactWith.HasFlag(People.FormerPupils)
                 && !f.ContactWith.HasFlag(People.Pupils) && f.FormerPupilIsAdult is null,
            [new("8")],
            "It depends on whether the former pupil is still a child.",
            NoAdvice,
            new("Is the former pupil now an adult?",
                [new("adult", "Yes, they are an adult now", FactAnswer.FormerPupilAdult),
                 new("child", "No, they are still a child", FactAnswer.FormerPupilChild)])),
        new("former-pupil-adult", Verdict.AllowedWithCare,
            f => (f.Activities & (Message | Connect)) != 0 && f.ContactWith.HasFlag(People.FormerPupils) && f.FormerPupilIsAdult == true,
            [new("8"), ThinkCarefully],
            "An adult former pupil is no longer a pupil, but keep the contact professional.",
            ["Check your privacy settings and friends list, since they may be connected to current pupils or families."]),
        new("former-pupil-child", Verdict.NotAllowed,
            f => (f.Activities & (Message | Connect)) != 0 && f.ContactWith.HasFlag(People.FormerPupils) && f.FormerPupilIsAdult == false,
            [new("8")],
            "A former pupil who is still a child should be treated like a pupil: no personal dialogue on social media.",
            ["Politely decline, and tell the designated safeguarding lead if they keep contacting you."]),
        new("pupil-matters-in-personal-messages", Verdict.NotAllowed,
            f => f.Activities.HasFlag(Message) && f.ContactWith.HasFlag(People.Parents) && f.About.HasFlag(People.Pupils)
                 && f.Content.HasFlag(Incident) && !f.OfficialChannel,
            [new("3")],
            "What happens with a pupil in school is confidential school business, not something for personal messages.",
            ["Speak to the parent in person, by phone from school, or through the school's own messaging system, and record it as the school asks."]),
        new("contact-with-parents", Verdict.AllowedWithCare,
            f => (f.Activities & (Message | Connect)) != 0 && f.ContactWith.HasFlag(People.Parents) && !f.ContactWith.HasFlag(People.Pupils)
                 && !f.OfficialChannel && (f.Content & (Confidential | Harmful | Incident)) == 0,
            [new("8"), ThinkCarefully],
            "The policy doesn't forbid contact with parents, but your friends list should be appropriate.",
            ["Keep school matters to school channels such as email or the office, never personal messages.",
             "Check your privacy settings, and think about whether the connection could compromise you later."]),
        new("contact-with-colleagues", Verdict.Allowed,
            f => f.Activities.HasFlag(Connect) && f.ContactWith.HasFlag(People.Staff) && (f.ContactWith & (People.Pupils | People.Parents | People.FormerPupils)) == 0
                 && (f.Content & (Confidential | Harmful)) == 0,
            [Interacting],
            "The policy recognises social networking as a good way to keep in touch with colleagues.",
            ["Remember that group chats with colleagues are still covered: nothing confidential or unkind."]),

        // Official channels and general use.
        new("official-channel-post", Verdict.AllowedWithCare,
            f => f.OfficialChannel && (Posts(f) || f.MentionsSocialMedia),
            [OfficialBusiness],
            "The school's official channels are the right place for school news.",
            ["Post only what the school has agreed to share, with permission for any pupil photos, and nothing confidential."]),
        new("keep-a-blog-or-account", Verdict.Allowed,
            f => f.Activities.HasFlag(KeepBlogOrAccount) && !f.OfficialChannel && (f.About & Connected) == 0,
            [Interacting, ThinkCarefully],
            "The school accepts that staff keep personal blogs and social media accounts.",
            ["Set your privacy settings to private and keep school matters out of it."]),
        new("personal-post", Verdict.Allowed,
            f => Posts(f) && !f.HasImage && (f.About & Connected) == 0 && (f.Content & (Harmful | Confidential | NewsOrOpinion | Embarrassing)) == 0,
            [ThinkCarefully],
            "Posts about your own life are your own business.",
            ["Check your privacy settings so you choose who sees it."]),
        new("news-or-opinion", Verdict.AllowedWithCare,
            f => Posts(f) && !f.HasImage && (f.About & (People.Pupils | People.Parents)) == 0 && (f.Content & (Harmful | Confidential)) == 0
                 && (f.Content & (NewsOrOpinion | Embarrassing)) != 0,
            [Mindful],
            "Sharing news or your views is fine, but parents may read them and link them to the school.",
            ["Keep it civil and accurate, and make clear the views are your own."]),
    ];

    /// <summary>The fallback when a social media question matches no specific rule.</summary>
    public static PolicyRule General { get; } = new("general-use", Verdict.Allowed, _ => true, [Interacting, ThinkCarefully],
        "The policy accepts that staff use social media in their personal lives.",
        ["Nothing confidential, nothing unkind about the school community, no pupil pictures and no personal contact with pupils.",
         "If you are unsure about something specific, ask the head teacher."]);

    /// <summary>Personal use of a device or site: the subject of items 1 and 2.</summary>
    public static bool PersonalUse(QuestionFacts f) =>
        !f.WorkUse && ((f.Activities & (Activities.PersonalUse | KeepPhoneNearby)) != 0
        || (f.Activities.HasFlag(Message) && (f.ContactWith & (People.Pupils | People.Parents | People.FormerPupils)) == 0)
        || (f.Activities.HasFlag(Post) && !f.OfficialChannel));

    public static bool Posts(QuestionFacts f) => f.Activities.HasFlag(Post) || f.IsDraft;

    // Pupils' work in a picture is not a picture of pupils unless they can be seen in it.
    public static bool PupilsPictured(QuestionFacts f) =>
        f.InImage.HasFlag(People.Pupils) && (!f.Content.HasFlag(PupilWork) || f.PeopleIdentifiable == true);
}
