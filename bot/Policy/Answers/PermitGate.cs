namespace CadoxtonPolicyBot.Policy.Answers;

/// <summary>
/// The last check before a "yes": a permit stands only when none of the policy's hazards is left in the facts
/// (pupils pictured, personal contact with pupils, confidential or critical content about the school community, the
/// school's IT system for private use, personal use in working time). A rule table with a gap can therefore say
/// "it depends", never "yes", to something one of those items forbids.
/// </summary>
internal static class PermitGate
{
    private const People OtherPeople = People.Staff | People.Pupils | People.Parents | People.Governors | People.FormerPupils;

    public static Decision Check(Decision decision, QuestionFacts facts)
    {
        ArgumentNullException.ThrowIfNull(decision);
        ArgumentNullException.ThrowIfNull(facts);
        if (decision.Verdict is not (Verdict.Allowed or Verdict.AllowedWithCare))
        {
            return decision;
        }

        var hazard = Hazard(facts);
        if (hazard is null)
        {
            return decision;
        }

        return new Decision(Verdict.Depends, [new Citation(hazard.Value.Section)],
            [hazard.Value.Why], [],
            new DecidingQuestion("Is that part of what you're asking about?",
                [new("hazard-" + hazard.Value.Section + "-yes", "Yes", hazard.Value.Adds),
                 new("hazard-" + hazard.Value.Section + "-no", "No, it isn't", hazard.Value.Removes)]),
            OfferHeadTeacher: true, RuleNames: ["permit-gate-" + hazard.Value.Section]);
    }

    /// <summary>Every option the gate can offer, so a press or a typed reply finds it again.</summary>
    public static IReadOnlyList<FollowUpOption> Options { get; } =
    [
        new("hazard-7-yes", "Yes", FactAnswer.PupilsIdentifiable), new("hazard-7-no", "No, it isn't", FactAnswer.NoPupilsIdentifiable),
        new("hazard-8-yes", "Yes", FactAnswer.PersonalPlatform), new("hazard-8-no", "No, it isn't", FactAnswer.SchoolPlatform),
        new("hazard-4-yes", "Yes", FactAnswer.Critical), new("hazard-4-no", "No, it isn't", FactAnswer.NotCritical),
        new("hazard-3-yes", "Yes", FactAnswer.NotPublic), new("hazard-3-no", "No, it isn't", FactAnswer.AlreadyPublic),
        new("hazard-1-yes", "Yes", FactAnswer.SchoolDevice), new("hazard-1-no", "No, it isn't", FactAnswer.OwnDevice),
        new("hazard-2-yes", "Yes", FactAnswer.DuringLessons), new("hazard-2-no", "No, it isn't", FactAnswer.OutsideLessons),
    ];

    /// <summary>The first hazard left in the facts, or null when a permit is safe.</summary>
    internal static (string Section, string Why, FactAnswer Adds, FactAnswer Removes)? Hazard(QuestionFacts f)
    {
        if (PolicyRules.PupilsPictured(f) && !f.OfficialChannel && f.PeopleIdentifiable != false && f.HasPermission != true && !PolicyRules.OnlyOwnChildren(f))
        {
            return ("7", "Pictures of pupils must not go on personal social media.", FactAnswer.PupilsIdentifiable, FactAnswer.NoPupilsIdentifiable);
        }

        if (PolicyRules.Contacts(f) && f.ContactWith.HasFlag(People.Pupils) && !f.OfficialChannel && !f.PupilIsRelative)
        {
            return ("8", "Personal dialogue with pupils on social media is not allowed.", FactAnswer.PersonalPlatform, FactAnswer.SchoolPlatform);
        }

        if (PolicyRules.Posts(f) && (f.Content & (PolicyRules.Harmful)) != 0 && (f.About & PolicyRules.Community) != 0)
        {
            return ("4", "Nothing critical, mocking or derogatory about the school or the people connected with it.", FactAnswer.Critical, FactAnswer.NotCritical);
        }

        if ((PolicyRules.Posts(f) || f.Activities.HasFlag(Activities.Message)) && PolicyRules.ConfidentialAboutOthers(f))
        {
            return ("3", "Nothing confidential to the school or the people connected with it.", FactAnswer.NotPublic, FactAnswer.AlreadyPublic);
        }

        // The same hazards read over the whole message, in the wider vocabulary the rule table does not decide on.
        // A blog or account kept is posted to as well ("make a joke on my Facebook", "a page about the school").
        var shares = PolicyRules.Posts(f) || f.Activities.HasFlag(Activities.Message) || f.Activities.HasFlag(Activities.KeepBlogOrAccount);
        if (shares && f.PupilsPresumedInImage && !f.OfficialChannel && f.HasPermission != true && f.PeopleIdentifiable != false && !PolicyRules.OnlyOwnChildren(f))
        {
            return ("7", "Pictures from school events and activities usually have pupils in them, and pupils must not appear on personal social media.", FactAnswer.PupilsIdentifiable, FactAnswer.NoPupilsIdentifiable);
        }

        if (shares && f.OtherChildrenToo && (f.HasImage || f.Mentioned.HasFlag(People.Pupils) || f.PupilIsRelative) && !f.OfficialChannel && f.HasPermission != true)
        {
            return ("7", "Other children in the picture are someone else's children, and pupils must not appear on personal social media.", FactAnswer.PupilsIdentifiable, FactAnswer.NoPupilsIdentifiable);
        }

        if (shares && f.NamesVisible && !f.OfficialChannel)
        {
            return ("7", "Pupils' names identify them, on their work or on a wall, even with no child in the picture.", FactAnswer.PupilsIdentifiable, FactAnswer.NoPupilsIdentifiable);
        }

        // A classroom's walls and pegs carry pupils' names, photographs and work: until the asker says what shows, a picture of it
        // is a picture that could inadvertently identify pupils.
        if (shares && f.ImageOfClassroom && !f.NoPupilsInImage && !f.SaysNoPupils && f.PeopleIdentifiable is null && !f.OfficialChannel
            && f.HasPermission != true)
        {
            return ("7", "A classroom's walls and pegs usually show pupils' names, photographs or work, and those identify pupils even with no child in the picture.",
                FactAnswer.PupilsIdentifiable, FactAnswer.NoPupilsIdentifiable);
        }

        if (shares && f.CriticalTone && ((f.Mentioned & PolicyRules.Community) != 0 || f.LinksToSchool))
        {
            return ("4", "Nothing critical, mocking or derogatory about the school or the people connected with it.", FactAnswer.Critical, FactAnswer.NotCritical);
        }

        if (shares && !f.AlreadyPublic && !f.UrgentFamilyMatter && (f.Mentioned & OtherPeople) != 0 && (f.SensitiveMatter || f.NamesSomeone))
        {
            return ("3", "Nothing confidential about pupils, colleagues or families, named or not.", FactAnswer.NotPublic, FactAnswer.AlreadyPublic);
        }

        // A child in the shower or getting changed, one's own or a pupil, is never a picture to post.
        if (f.HasImage && (f.InImage & (People.Pupils | People.Family)) != 0 && f.Content.HasFlag(ContentKinds.Embarrassing))
        {
            return ("7", "A picture of a child that embarrasses or exposes them must not be posted.", FactAnswer.PupilsIdentifiable, FactAnswer.NoPupilsIdentifiable);
        }

        // An adult former pupil is fine to talk to, but not about their old classmates, a current pupil (a younger sister in my
        // class) or their families.
        if (PolicyRules.Contacts(f) && f.ContactWith.HasFlag(People.FormerPupils)
            && (f.OtherChildrenToo || f.Mentioned.HasFlag(People.Parents) || f.TheirSiblingIsAPupil))
        {
            return ("3", "Nothing confidential about pupils or their families, whoever you are talking to.", FactAnswer.NotPublic, FactAnswer.AlreadyPublic);
        }

        // Talking to a parent (or anyone) is fine; talking to them about the staff, other families or what was said in a staff
        // meeting is not, and a child who uses the parent's account is a pupil on the other end.
        if (PolicyRules.Contacts(f) && (f.ContactWith & (People.Parents | People.FormerPupils)) != 0)
        {
            if (f.PupilUsesTheAccount)
            {
                return ("8", "If the pupil uses that account or messages you from it, it is personal dialogue with a pupil.", FactAnswer.PersonalPlatform, FactAnswer.SchoolPlatform);
            }

            // A former pupil may be a teacher now ("she's 22 and teaching herself"): staff named beside a parent are the subject.
            if ((f.ContactWith.HasFlag(People.Parents) && (f.Mentioned & (People.Staff | People.Governors)) != 0)
                || f.TalksAboutOtherFamilies || f.Content.HasFlag(ContentKinds.Confidential))
            {
                return ("3", "Nothing confidential or critical about the school's staff or other families, whoever you are talking to.", FactAnswer.NotPublic, FactAnswer.AlreadyPublic);
            }

            if (f.MoreThanFunny)
            {
                return ("4", "Nothing that could be seen as inappropriate or bring the school into disrepute.", FactAnswer.Critical, FactAnswer.NotCritical);
            }
        }

        // "Livestream while marking, I'd blur the names": live, nothing can be blurred before it is seen.
        if (shares && f.Live && (f.Content.HasFlag(ContentKinds.PupilWork) || (f.InImage & People.Pupils) != 0 || f.NamesVisible) && !f.OfficialChannel)
        {
            return ("7", "On a live stream nothing can be cropped or blurred before it is seen: pupils' names, faces or work in shot identify them.",
                FactAnswer.PupilsIdentifiable, FactAnswer.NoPupilsIdentifiable);
        }

        // A picture or post with drink, a drunk state or something crude in it is one that could be considered inappropriate,
        // more so with the school's name on it.
        if (shares && f.MoreThanFunny && (f.HasImage || f.LinksToSchool) && !f.InImage.HasFlag(People.Family))
        {
            return ("6", "A picture that could be considered inappropriate or cause offence must not go on social media.", FactAnswer.Critical, FactAnswer.NotCritical);
        }

        // The school's own accounts are for the school's business: not a personal complaint, a joke or one's own news, nor a
        // picture of oneself somewhere else ("my weekend at the pub").
        if (f.OfficialChannel && (f.CriticalTone || f.AboutPay
            || (f.HasImage && f.ImagePlace == ImagePlace.Elsewhere && f.InImage == People.Self) || (f.PersonalPurpose && !f.About.HasFlag(People.School) && !f.Content.HasFlag(ContentKinds.SchoolNews))
            || (f.Content & (ContentKinds.Humour | ContentKinds.Embarrassing | ContentKinds.NewsOrOpinion)) != 0
            // One's holiday, a birthday, a side business: one's own life, not the school's (a concert or a fair is the school's).
            || (f.Content.HasFlag(ContentKinds.PersonalLife) && (f.About & (People.School | People.Pupils)) == 0)))
        {
            return ("statement", "The school's own accounts are for official school business, not personal posts.", FactAnswer.Critical, FactAnswer.NotCritical);
        }

        if (f.PartlyUnread)
        {
            return ("4", "I couldn't read every word of the question, so I won't say yes: nothing critical or confidential about the school or the people connected with it.", FactAnswer.Critical, FactAnswer.NotCritical);
        }

        // The school's own channels on its own equipment are school business, not private use; with a phone named too, which
        // device would be used is not settled.
        if (f.Device == DeviceOwner.SchoolSystem && !f.WorkUse && (f.MentionsSocialMedia || f.PersonalPurpose || PolicyRules.Posts(f))
            && !(f.OfficialChannel && !f.PersonalPurpose && !f.MentionsPhone))
        {
            return ("1", "The school's IT system is never for private social media.", FactAnswer.SchoolDevice, FactAnswer.OwnDevice);
        }

        // With lessons or a duty said outright, a chat on a personal platform or a joke posted then is personal use whatever it
        // is about: a quick reply to the PTA's group, a harmless meme, are still the phone out in class.
        if (f.Time == TimeOfUse.LessonsOrWorkingTime && !f.OfficialChannel
            && (f.PersonalPurpose || (f.WorkingTimeSaid && !f.WorkUse && !f.UrgentFamilyMatter
                && ((f.MentionsPersonalPlatform && f.Activities.HasFlag(Activities.Message) && f.ContactWith != People.None)
                    || (f.MentionsPersonalPlatform && f.Activities.HasFlag(Activities.Connect) && f.SaysDuringWorkingTime)
                    || (PolicyRules.Posts(f) && f.Content.HasFlag(ContentKinds.Humour))
                    // "A video of me dancing in my classroom, during my lesson": filmed or posted then, the phone was out in class.
                    || (PolicyRules.Posts(f) && f.HasImage && f.SaysDuringWorkingTime)))))
        {
            return ("2", "No personal use of your own device in lessons or working time.", FactAnswer.DuringLessons, FactAnswer.OutsideLessons);
        }

        return null;
    }
}
