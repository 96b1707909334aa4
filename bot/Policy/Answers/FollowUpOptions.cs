namespace CadoxtonPolicyBot.Policy.Answers;

/// <summary>The follow-up options the rules offer, and what choosing each adds to the facts.</summary>
internal static class FollowUpOptions
{
    private static readonly FollowUpOption[] Extra =
    [
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

        return Array.Find(Extra, o => o.Id == id);
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
        FactAnswer.NoPupilsIdentifiable => facts with { PeopleIdentifiable = false, NobodyNamed = true },
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
        _ => throw new ArgumentOutOfRangeException(nameof(answer), answer, null),
    };

    private static People Swap(People people) =>
        people.HasFlag(People.Pupils) ? (people & ~People.Pupils) | People.Family : people;
}
