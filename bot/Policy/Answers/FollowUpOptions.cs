namespace CadoxtonPolicyBot.Policy.Answers;

/// <summary>The follow-up options the rules offer, and what choosing each adds to the facts.</summary>
internal static class FollowUpOptions
{
    private static readonly FollowUpOption[] Extra =
    [
        new("pupils-in", "Yes, or I'm not sure", FactAnswer.PupilsIdentifiable),
        new("no-pupils", "No, no pupils at all", FactAnswer.NoPupilsIdentifiable),
        new("own-life", "My own life, nothing to do with school", FactAnswer.OwnLife),
        new("about-school", "The school, pupils, colleagues or families", FactAnswer.AboutSchool),
        new("contact-pupil", "A pupil at the school", FactAnswer.ContactPupil),
        new("contact-former-pupil", "A former pupil", FactAnswer.ContactFormerPupil),
        new("contact-adult", "A parent, colleague or another adult", FactAnswer.ContactAdult),
        new("own-children", "My own children", FactAnswer.MeantOwnChildren),
        new("pupils", "Pupils at school", FactAnswer.MeantPupils),
    ];

    public static FollowUpOption? Find(string id)
    {
        foreach (var rule in PolicyRules.All)
        {
            var option = rule.Ask?.Options.FirstOrDefault(o => o.Id == id);
            if (option is not null)
            {
                return option;
            }
        }

        return Array.Find(Extra, o => o.Id == id) ?? PermitGate.Options.FirstOrDefault(o => o.Id == id);
    }

    public static QuestionFacts Apply(QuestionFacts facts, FactAnswer answer) => answer switch
    {
        FactAnswer.PupilsIdentifiable => facts with
        {
            PeopleIdentifiable = true,
            NobodyNamed = false,
            InImage = facts.HasImage ? facts.InImage | People.Pupils : facts.InImage,
            About = facts.About | People.Pupils,
        },
        FactAnswer.NoPupilsIdentifiable => facts with { PeopleIdentifiable = false, NobodyNamed = true, NoPupilsInImage = facts.HasImage && !facts.InImage.HasFlag(People.Pupils), PupilsPresumedInImage = false },
        FactAnswer.SchoolDevice => facts with { Device = DeviceOwner.SchoolSystem, MentionsDevice = true },
        FactAnswer.OwnDevice => facts with { Device = DeviceOwner.Own, MentionsDevice = true },
        FactAnswer.DuringLessons => facts with { Time = TimeOfUse.LessonsOrWorkingTime },
        FactAnswer.OutsideLessons => facts with { Time = TimeOfUse.Break },
        FactAnswer.PermissionGiven => facts with { HasPermission = true },
        FactAnswer.NoPermission => facts with { HasPermission = false },
        FactAnswer.FormerPupilAdult => facts with { FormerPupilIsAdult = true },
        FactAnswer.FormerPupilChild => facts with { FormerPupilIsAdult = false },
        FactAnswer.MeantOwnChildren => facts with
        {
            OwnChildrenOrPupilsUnclear = false,
            About = Swap(facts.About),
            InImage = Swap(facts.InImage),
            ContactWith = Swap(facts.ContactWith),
        },
        FactAnswer.MeantPupils => facts with { OwnChildrenOrPupilsUnclear = false },
        FactAnswer.PersonalPurpose => facts with { PersonalPurpose = true, WorkUse = false, UrgentFamilyMatter = false, Activities = facts.Activities | Activities.PersonalUse },
        FactAnswer.WorkPurpose => facts with { WorkUse = true, PersonalPurpose = false, Activities = facts.Activities & ~Activities.PersonalUse },
        FactAnswer.UrgentFamily => facts with { UrgentFamilyMatter = true, PersonalPurpose = false },
        // Said to be critical or mocking: item 4 decides it, whoever it is about.
        FactAnswer.Critical => facts with { Content = (facts.Content | ContentKinds.Derogatory) & ~ContentKinds.Positive, CriticismBeyondTheSchool = false },
        FactAnswer.NotCritical => facts with { Content = (facts.Content & ~(ContentKinds.Derogatory | ContentKinds.Defamatory)) | ContentKinds.Positive, CampaignAgainst = People.None, CriticalTone = false, PartlyUnread = false },
        FactAnswer.AlreadyPublic => facts with { AlreadyPublic = true, SensitiveMatter = false, NamesSomeone = false },
        FactAnswer.NotPublic => facts with { AlreadyPublic = false, ToldInConfidence = true },
        FactAnswer.SchoolPlatform => facts with { OfficialChannel = true, MentionsPersonalPlatform = false },
        FactAnswer.OwnLife => facts with { Content = facts.Content | ContentKinds.PersonalLife, About = facts.About | People.Self },
        FactAnswer.AboutSchool => facts with { About = facts.About | People.School },
        FactAnswer.ContactPupil => facts with { ContactWith = facts.ContactWith | People.Pupils, About = facts.About | People.Pupils },
        FactAnswer.ContactFormerPupil => facts with { ContactWith = facts.ContactWith | People.FormerPupils, About = facts.About | People.FormerPupils },
        FactAnswer.ContactAdult => facts with { ContactWith = facts.ContactWith | People.Unconnected, About = facts.About | People.Unconnected },
        FactAnswer.PersonalPlatform => facts with { OfficialChannel = false, MentionsPersonalPlatform = true, MentionsSocialMedia = true },
        _ => throw new ArgumentOutOfRangeException(nameof(answer), answer, null),
    };

    private static People Swap(People people) =>
        people.HasFlag(People.Pupils) ? (people & ~People.Pupils) | People.Family : people;
}
