using CadoxtonPolicyBot.Policy;
using CadoxtonPolicyBot.Policy.Answers;

using static CadoxtonPolicyBot.Tests.Policy.Answers.Permits;

namespace CadoxtonPolicyBot.Tests.Policy.Answers;

/// <summary>
/// The permit gate reads the whole message for the policy's breach cues, in everyday words and in Welsh, so that a
/// gap in the rule table can make a question, never a "yes". The phrasings are written for these tests, not taken
/// from any question set.
/// </summary>
public sealed class PermitSafetyTests
{
    private static readonly PolicyAnswerEngine Engine = new(PolicyDocument.LoadEmbedded());

    private static readonly string[] Harmless =
    [
        "Can I post a photo of my garden on Facebook?",
        "Can I share my holiday pictures on Instagram?",
        "Can I post about my weekend walk on Twitter?",
    ];

    public static TheoryData<string> HarmlessQuestions { get; } = new([.. Harmless, "Ga i bostio llun o fy ngardd ar Facebook?"]);

    [Theory]
    [MemberData(nameof(HarmlessQuestions))]
    public void A_harmless_question_on_its_own_is_a_permit(string question)
    {
        Assert.True(IsPermit(Engine.Answer(question).Verdict));
    }

    [Theory]
    [InlineData(" It's a joke about how useless the head is.", "4")]
    [InlineData(" The caption says our SLT are clueless.", "4")]
    [InlineData(" I'd add that the school is going downhill.", "4")]
    [InlineData(" It shows the Year 2 children at sports day.", "7|3")]
    [InlineData(" One of them has my class on the beach trip in it.", "7|3")]
    [InlineData(" I'd also mention that a colleague is off with stress.", "3")]
    [InlineData(" Also the new head starts in May but that's not been announced yet.", "3")]
    public void A_breach_cue_added_to_a_harmless_question_blocks_the_permit(string breach, string sections)
    {
        // Pupils in a picture are item 7; pupils in a post with no picture named are what it says about them (item 3).
        foreach (var question in Harmless)
        {
            var answer = Engine.Answer(question + breach);
            Assert.False(IsPermit(answer.Verdict), $"{question}{breach} -> {answer.Verdict}");
            Assert.True(answer.SectionIds.Intersect(sections.Split('|')).Any(), $"{question}{breach} cites {string.Join(",", answer.SectionIds)}");
        }
    }

    [Theory]
    [InlineData("Can I put on Facebook that our head is a total diva?")]
    [InlineData("Is it ok to tweet that the school is going down the pan?")]
    [InlineData("Can I post that I'm not happy with how SLT treat the support staff?")]
    [InlineData("Can I post that the new marking policy isn't fair on the TAs?")]
    [InlineData("Can I post 'love working for SLT, they're so supportive 🙄' on Facebook?")]
    [InlineData("Can I leave a 1-star Google review of the school I work at?")]
    [InlineData("Can I do a vague post about a dad who yells at us at pick up?")]
    public void Criticism_in_everyday_words_negated_praise_and_sarcasm_are_never_permitted(string question)
    {
        var answer = Engine.Answer(question);
        Assert.False(IsPermit(answer.Verdict), answer.Verdict.ToString());
        Assert.Contains("4", answer.SectionIds);
    }

    [Theory]
    [InlineData("Can I post on Facebook that one of our TAs is struggling since her dad died?", "3")]
    [InlineData("Can I post on Instagram that little Ffion in my class read her first book today?", "3")]
    [InlineData("Can I share the video I took at the summer concert on my Facebook?", "7")]
    [InlineData("Can I post a photo of my empty classroom? The children's names are on the wall", "7")]
    [InlineData("Can I tweet that our caretaker is leaving before it's been announced?", "3")]
    public void Confidential_matters_named_pupils_and_pupils_at_school_events_are_never_permitted(string question, string section)
    {
        var answer = Engine.Answer(question);
        Assert.False(IsPermit(answer.Verdict), answer.Verdict.ToString());
        Assert.Contains(section, answer.SectionIds);
    }

    [Theory]
    [InlineData("Ga i ddweud ar Facebook fod fy nghydweithwyr yn ddiog?", "4")]
    [InlineData("Ga i bostio bod y pennaeth yn anobeithiol?", "4")]
    [InlineData("Ga i roi lluniau o'r disgyblion ar TikTok?", "7")]
    [InlineData("Ga i bostio llun o'r plant yn y cyngerdd?", "7")]
    [InlineData("Ga i ddefnyddio fy ffôn i chwarae gemau yn ystod y wers?", "2")]
    [InlineData("Ga i bostio ar Instagram bod un o'r athrawon yn feichiog?", "3")]
    public void Welsh_breaches_are_read_through_their_mutations_and_refused(string question, string section)
    {
        var answer = Engine.Answer(question);
        Assert.Equal(AnswerLanguage.Welsh, LanguageDetector.Detect(question));
        Assert.False(IsPermit(answer.Verdict), answer.Verdict.ToString());
        Assert.Contains(section, answer.SectionIds);
    }

    [Fact]
    public void A_Welsh_question_the_glossary_cannot_read_whole_is_never_a_permit()
    {
        const string question = "Ga i bostio llun o fy ngardd ar Facebook? Mae'r gwrthgloddwyr yn ymbalfalu'n ddyfal";
        Assert.True(FactExtractor.Extract(question, AnswerLanguage.Welsh).PartlyUnread);
        Assert.False(IsPermit(Engine.Answer(question).Verdict));
    }

    [Fact]
    public void The_permit_gate_finds_each_new_hazard_on_its_own()
    {
        var post = new QuestionFacts { Activities = Activities.Post, InScope = true, MentionsSocialMedia = true };
        Assert.Null(PermitGate.Hazard(post));
        Assert.Equal("4", PermitGate.Hazard(post with { CriticalTone = true, Mentioned = People.Staff })?.Section);
        Assert.Equal("3", PermitGate.Hazard(post with { SensitiveMatter = true, Mentioned = People.Pupils })?.Section);
        Assert.Equal("3", PermitGate.Hazard(post with { NamesSomeone = true, Mentioned = People.Pupils })?.Section);
        Assert.Equal("7", PermitGate.Hazard(post with { HasImage = true, PupilsPresumedInImage = true })?.Section);
        Assert.Equal("7", PermitGate.Hazard(post with { HasImage = true, NamesVisible = true })?.Section);
        Assert.NotNull(PermitGate.Hazard(post with { PartlyUnread = true }));

        // Criticism of people with no connection to the school, or news of one's own family, is not the school's hazard.
        Assert.Null(PermitGate.Hazard(post with { CriticalTone = true, Mentioned = People.Unconnected }));
        Assert.Null(PermitGate.Hazard(post with { SensitiveMatter = true, Mentioned = People.Family }));
    }

    [Fact]
    public void Answering_no_to_the_gate_question_clears_the_hazard_it_asked_about()
    {
        var facts = new QuestionFacts { Activities = Activities.Post, InScope = true, CriticalTone = true, Mentioned = People.Staff, PartlyUnread = true };
        Assert.Null(PermitGate.Hazard(FollowUpOptions.Apply(facts, FactAnswer.NotCritical)));
        var picture = new QuestionFacts { Activities = Activities.Post, HasImage = true, PupilsPresumedInImage = true };
        Assert.Null(PermitGate.Hazard(FollowUpOptions.Apply(picture, FactAnswer.NoPupilsIdentifiable)));
    }
}
