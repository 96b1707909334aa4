using CadoxtonPolicyBot.Policy;
using CadoxtonPolicyBot.Policy.Answers;

namespace CadoxtonPolicyBot.Tests.Policy.Answers;

/// <summary>
/// Round 8: a question that already answers the follow-up it would get ("no kids in it", "only staff in it", "not mentioning the
/// school at all", "only nice stuff", Welsh "dim plant", "dim byd am yr ysgol") is answered at once. Each assurance settles only
/// the fact it is about; a hedged one settles nothing; and the same sentences carrying a pupil named another way, an insult,
/// something confidential, working time, the school's computer or an exception are never a yes. Every wording is written for
/// these tests.
/// </summary>
public sealed class StatedAssuranceTests
{
    private static readonly PolicyAnswerEngine Engine = new(PolicyDocument.LoadEmbedded());

    [Theory]
    [InlineData("can I post a photo of the hall on insta after the kids have gone home?")]
    [InlineData("can i put a pic of the staff at the christmas do on fb? just staff in it")]
    [InlineData("can I post a video of me doing the ice bucket challenge on the school field? nobody was on site")]
    [InlineData("is it ok to put a photo of our staff quiz team on facebook, only adults in it")]
    public void A_picture_said_to_have_no_pupils_in_it_is_answered_without_asking(string question)
    {
        var answer = Engine.Answer(question);
        Assert.True(Permits.IsPermit(answer.Verdict), $"\"{question}\" got {answer.Verdict}");
        Assert.Null(answer.FollowUp);
    }

    [Theory]
    [InlineData("can I post that I'm looking for weekend work? not mentioning the school at all")]
    [InlineData("can i put on fb that im after extra cleaning shifts in the evenings, nothing to do with school")]
    public void A_post_said_to_have_nothing_to_do_with_school_is_answered_without_asking(string question)
    {
        var answer = Engine.Answer(question);
        Assert.True(Permits.IsPermit(answer.Verdict), $"\"{question}\" got {answer.Verdict}");
        Assert.Null(answer.FollowUp);
    }

    [Theory]
    [InlineData("Dwi'n meddwl dechrau blog am ddysgu Cymraeg i blant y Meithrin, syniadau a chaneuon, heb sôn am unrhyw blentyn go iawn. Oes problem?")]
    [InlineData("can i write a blog post about ideas for teaching fractions to year 4, without mentioning any real children")]
    public void A_post_about_teaching_pupils_that_mentions_no_pupil_is_answered_without_asking(string question)
    {
        var answer = Engine.Answer(question);
        Assert.True(Permits.IsPermit(answer.Verdict), $"\"{question}\" got {answer.Verdict}");
        Assert.Null(answer.FollowUp);
    }

    [Theory]
    [InlineData("can I post that we've got our school summer fair coming up? only nice stuff")]
    [InlineData("Can I write on facebook about how much I love working at this school? nothing negative")]
    public void A_post_about_the_school_said_to_be_only_positive_is_answered_without_asking(string question)
    {
        var answer = Engine.Answer(question);
        Assert.True(Permits.IsPermit(answer.Verdict), $"\"{question}\" got {answer.Verdict}");
        Assert.Null(answer.FollowUp);
    }

    [Theory]
    // Hedged, doubted or taken back.
    [InlineData("not sure there are no kids in it")]
    [InlineData("hopefully no kids in it")]
    [InlineData("I think there are no kids in it")]
    [InlineData("there might be no kids in it")]
    [InlineData("no kids in it except Tomos")]
    [InlineData("no kids in it apart from one at the back")]
    [InlineData("only staff in it, well maybe a couple of the year 6s")]
    [InlineData("I can't promise it's nothing about school")]
    [InlineData("I'm not sure it's only positive")]
    [InlineData("it isn't just general")]
    // Not an assurance about the picture or the post at all.
    [InlineData("we have no kids of our own")]
    [InlineData("is it just staff who can post on the school page")]
    [InlineData("I won't name the kid")]
    public void A_hedged_or_taken_back_assurance_is_no_assurance(string words)
    {
        Assert.Equal(Assurance.None, StatedAssurances.Read(words, AnswerLanguage.English));
    }

    [Theory]
    [InlineData("no kids in it", "NoPupils")]
    [InlineData("there were no children around", "NoPupils")]
    [InlineData("the room's empty obviously", "NoPupils")]
    [InlineData("took it after the pupils had gone home", "NoPupils")]
    [InlineData("no names or pics of anyone", "NoPupils")]
    [InlineData("no photos of the kids", "NoPupils")]
    [InlineData("nothing about school", "NotAboutSchool")]
    [InlineData("I won't say which school", "NotAboutSchool")]
    [InlineData("its a club thing not school", "NotAboutSchool")]
    [InlineData("no moaning", "NotCritical")]
    [InlineData("positive only, nothing negative", "NotCritical")]
    [InlineData("I wouldn't mention any of the children", "NoPupilMentioned")]
    public void Each_assurance_is_read_in_the_ways_staff_write_it(string words, string expected)
    {
        Assert.True(StatedAssurances.Read(words, AnswerLanguage.English).HasFlag(Enum.Parse<Assurance>(expected)), words);
    }

    [Theory]
    [InlineData("Ga i bostio llun o'r neuadd ar Instagram? Dim plant ynddo fo", "NoPupils")]
    [InlineData("Ga i bostio am fy mhenwythnos? Dim byd am yr ysgol", "NotAboutSchool")]
    [InlineData("Ga i bostio am syniad gwers? Dim lluniau o'r plant", "NoPupils")]
    [InlineData("Ga i adael adolygiad? Positive yn unig, dim byd negyddol", "NotCritical")]
    public void Welsh_assurances_are_read_through_the_gloss(string question, string expected)
    {
        Assert.True(StatedAssurances.Read(question, AnswerLanguage.Welsh).HasFlag(Enum.Parse<Assurance>(expected)), question);
    }

    [Theory]
    // "No kids" does not settle the tone, names, confidential news, working time or the school's computer.
    [InlineData("can I post that the head is useless? no kids in it")]
    [InlineData("can i put a pic of the staff at the christmas do on fb? just staff in it, Dave was wasted lol")]
    [InlineData("can i put a pic of the staff at the christmas do on fb? just staff and the year 6s in it")]
    [InlineData("can I post a photo of my classroom on insta during my lesson? no kids in it")]
    [InlineData("can I post a photo of my classroom from the school ipad? no kids in it")]
    [InlineData("can I post a photo of the school hall after the kids have gone home? one of the mums is in it")]
    [InlineData("can I post a photo of my classroom on insta? not sure there are no kids in it")]
    [InlineData("can I post a photo of my classroom on insta? hopefully no kids in it")]
    // "Nothing about school" does not settle pupils named another way, colleagues, confidential news or insults.
    [InlineData("can I post about a Year 4 boy's tantrum today? nothing about school")]
    [InlineData("can I post about what the little ones in reception did today? nothing about school")]
    [InlineData("can I post that my colleague is off with cancer? nothing about school")]
    [InlineData("can I post that Mrs Jones is leaving? not mentioning the school")]
    [InlineData("can i say on fb the council are a joke for cutting our hours? its the council not the school")]
    [InlineData("can i post that the estyn inspectors who came were idiots, nothing to do with the school")]
    [InlineData("the inspector was so patronising this week, can i tweet about it, not naming the school")]
    [InlineData("kid in my class said something hilarious about his dad's drug habit, can i tweet it, i wont say which school")]
    // "Only nice stuff" does not settle an insult said beside it, or news not yet announced.
    [InlineData("can I write a blog about my first year teaching here? only nice stuff, and the head is a joke")]
    [InlineData("can I post about the parents at the gate? nothing negative, they're just nosy")]
    [InlineData("can I post that we're getting a new head next term? only positive")]
    // "No pupil mentioned" does not settle a pupil told of another way, an insult, an incident or a name said after all.
    [InlineData("I won't say the school or the kid, can I post that one of my pupils smells")]
    [InlineData("can I post that my year 6s are driving me mad this week? I wouldn't mention any of the children")]
    [InlineData("can I post about my class's behaviour today? I wouldn't name any of the pupils")]
    [InlineData("can I post about the boy in my class who was excluded? I won't name any children")]
    [InlineData("can I post about my class's nativity? I wouldn't mention any particular child but Tomos was the star")]
    [InlineData("can I post a funny story about my class? I won't mention any real children")]
    // Welsh: an insult or a pupil beside the assurance.
    [InlineData("Ga i bostio bod y pennaeth yn dwp? Dim byd am yr ysgol")]
    [InlineData("can i put a meme on fb about wet play, no pics of anyone, just Alfie's name on it")]
    [InlineData("can i put a meme on fb about how useless our head is, no names or pics of anyone")]
    [InlineData("Ga i bostio llun o'r staff yn y parti Nadolig gyda plant blwyddyn 6? Dim ond staff")]
    public void An_assurance_never_outweighs_a_risk_said_beside_it(string question)
    {
        Permits.AssertNotAPermit(Engine, question);
    }

    [Fact]
    public void An_assurance_about_one_fact_does_not_settle_another()
    {
        var noPupils = new QuestionFacts { Activities = Activities.Post, Content = ContentKinds.Derogatory, About = People.Staff, InScope = true };
        Assert.True(StatedAssurances.Holds(Assurance.NoPupils, noPupils));
        Assert.False(StatedAssurances.Holds(Assurance.NotCritical, noPupils));
        Assert.False(StatedAssurances.Holds(Assurance.NotAboutSchool, noPupils));

        // "No kids in it" of pupils' work says nothing of the names on the work.
        var work = new QuestionFacts { Activities = Activities.Post, HasImage = true, Content = ContentKinds.PupilWork, InScope = true };
        Assert.False(StatedAssurances.Holds(Assurance.NoPupils, work));
        Assert.True(StatedAssurances.Holds(Assurance.NoPupils, work with { NobodyNamed = true }));

        var pupilNamed = new QuestionFacts { Activities = Activities.Post, About = People.Pupils, InScope = true };
        Assert.False(StatedAssurances.Holds(Assurance.NotAboutSchool, pupilNamed));
        Assert.False(StatedAssurances.Holds(Assurance.NoPupils, pupilNamed));
    }
}
