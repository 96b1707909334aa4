using CadoxtonPolicyBot.Policy;
using CadoxtonPolicyBot.Policy.Answers;

namespace CadoxtonPolicyBot.Tests.Policy.Answers;

/// <summary>
/// Issue 10, item 1: there is no path from "no rule matched" to a permit. Checked over thousands of generated fact
/// combinations and thousands of random questions built from the lexicon's own words, and on the decision code itself.
/// </summary>
public sealed class NoPermitByDefaultTests
{
    private static readonly PolicyAnswerEngine Engine = new(PolicyDocument.LoadEmbedded());

    [Fact]
    public void Facts_that_no_rule_matches_are_never_answered_with_a_permit()
    {
        var random = new Random(20261201);
        var unmatched = 0;
        for (var i = 0; i < 20_000; i++)
        {
            var facts = RandomFacts(random);
            var decision = Engine.Decide(facts);
            if (!PolicyRules.All.Any(r => r.When(facts)))
            {
                unmatched++;
                Assert.DoesNotContain(decision.Verdict, (Verdict[])[Verdict.Allowed, Verdict.AllowedWithCare]);
            }

            if (decision.Verdict is Verdict.Allowed or Verdict.AllowedWithCare)
            {
                // Every permit names the permitting rules that matched, and no hazard of the policy is left in the facts.
                Assert.NotNull(decision.RuleNames);
                Assert.All(decision.RuleNames!, name => Assert.Contains(PolicyRules.All, r => r.Name == name && r.When(facts) && r.Verdict == decision.Verdict));
                Assert.Null(PermitGate.Hazard(facts));
            }
        }

        Assert.True(unmatched > 1_000, $"Only {unmatched} generated cases matched no rule: the generator should exercise the fallback.");
    }

    [Fact]
    public void The_fallback_itself_can_only_ask_or_say_the_policy_does_not_cover_it()
    {
        var random = new Random(7);
        for (var i = 0; i < 5_000; i++)
        {
            var verdict = PolicyAnswerEngine.Undecided(RandomFacts(random)).Verdict;
            Assert.Contains(verdict, (Verdict[])[Verdict.Depends, Verdict.OutOfScope]);
        }
    }

    [Fact]
    public void Random_questions_made_of_policy_words_never_get_a_permit_without_a_permitting_rule()
    {
        var words = new[]
        {
            "can", "i", "post", "share", "like", "a", "photo", "of", "the", "children", "my", "class", "on", "facebook", "instagram",
            "head", "is", "useless", "no", "names", "at", "break", "phone", "school", "laptop", "message", "pupil", "parent", "friend",
            "request", "accept", "former", "she's", "22", "now", "confidential", "pregnant", "joke", "about", "council", "estyn",
            "rubbish", "blurred", "faces", "empty", "hall", "trip", "video", "tiktok", "whatsapp", "group", "seesaw", "lesson", "in",
            "during", "evening", "home", "weekend", "maternity", "leave", "petition", "against", "governors", "sarky", "and", "?",
            "Ga", "i", "bostio", "lluniau", "o'r", "plant", "ar", "fy", "ffôn", "yn", "y", "wers",
        };
        var random = new Random(42);
        for (var i = 0; i < 5_000; i++)
        {
            var question = string.Join(' ', Enumerable.Range(0, random.Next(3, 18)).Select(_ => words[random.Next(words.Length)]));
            var answer = Engine.Answer(question);
            if (answer.Verdict is Verdict.Allowed or Verdict.AllowedWithCare)
            {
                var facts = answer.Facts!;
                Assert.Null(PermitGate.Hazard(facts));
                Assert.Contains(PolicyRules.All, r => r.When(facts) && r.Verdict is Verdict.Allowed or Verdict.AllowedWithCare);
            }
        }
    }

    [Fact]
    public void The_permit_gate_turns_a_permit_with_a_hazard_left_into_a_question()
    {
        var facts = new QuestionFacts { Activities = Activities.Post, HasImage = true, InImage = People.Pupils, About = People.Pupils, InScope = true };
        var permit = new Decision(Verdict.Allowed, [new Citation("advice")], ["(a rule with a gap)"], []);
        Assert.Equal(Verdict.Depends, PermitGate.Check(permit, facts).Verdict);
    }

    private static QuestionFacts RandomFacts(Random r)
    {
        T Pick<T>(T[] values) => values[r.Next(values.Length)];
        bool Coin(int inN = 4) => r.Next(inN) == 0;
        People SomePeople() => (People)r.Next(0, 2048) & (People)(r.Next(2) == 0 ? 0 : 2047);
        return new QuestionFacts
        {
            Activities = (Activities)r.Next(0, 128) & (Activities)(Coin(3) ? 0 : 127),
            MentionsSocialMedia = Coin(2),
            Device = Pick(Enum.GetValues<DeviceOwner>()),
            MentionsDevice = Coin(3),
            MentionsPhone = Coin(4),
            Time = Pick(Enum.GetValues<TimeOfUse>()),
            Content = (ContentKinds)r.Next(0, 16384) & (ContentKinds)(Coin(2) ? 0 : 16383),
            About = SomePeople(),
            ContactWith = Coin(2) ? People.None : SomePeople(),
            HasImage = Coin(2),
            InImage = Coin(2) ? People.None : SomePeople(),
            ImageOfSchoolOrGrounds = Coin(),
            ImagePlace = Pick(Enum.GetValues<ImagePlace>()),
            PeopleIdentifiable = Pick(new bool?[] { null, true, false }),
            HasPermission = Pick(new bool?[] { null, true, false }),
            NobodyNamed = Coin(),
            OfficialChannel = Coin(5),
            CriticalTone = Coin(6),
            SensitiveMatter = Coin(6),
            Mentioned = Coin(2) ? People.None : SomePeople(),
            NamesSomeone = Coin(8),
            PupilsPresumedInImage = Coin(6),
            PartlyUnread = Coin(8),
            FormerPupilIsAdult = Pick(new bool?[] { null, true, false }),
            UrgentFamilyMatter = Coin(6),
            IsDraft = Coin(6),
            WorkUse = Coin(5),
            InScope = Coin(4) is var outOfScope && !outOfScope,
            Endorses = Coin(6),
            CampaignAgainst = Coin(3) ? SomePeople() : People.None,
            PersonalPurpose = Coin(3),
            AlreadyPublic = Coin(6),
            PupilIsRelative = Coin(8),
            PostedByOther = Coin(8),
            NoPupilsInImage = Coin(5),
            NamesVisible = Coin(6),
            FacesHidden = Coin(6),
            SetsUpAccount = Coin(8),
            LinksToSchool = Coin(6),
            ToldInConfidence = Coin(8),
            IsObjectPicture = Coin(6),
            MentionsPersonalPlatform = Coin(3),
        };
    }
}
