using CadoxtonPolicyBot.Policy;
using CadoxtonPolicyBot.Policy.Answers;

namespace CadoxtonPolicyBot.Tests.Policy.Answers;

/// <summary>
/// Blocking rules fire on their condition, not on a word: a joke picture the asker is in, a question whether something is
/// "weird" or "wrong", an apology for one's own Welsh, music played to the class, a parent "from my class", and one's own
/// news not yet told to the class. Each wording is written for these tests; every probe beside a "yes" adds back the
/// condition (a colleague alone, drunk, a pupil, an insult, someone else's news, a personal use) and must never be a permit.
/// </summary>
public sealed class OverreachTests
{
    private static readonly PolicyAnswerEngine Engine = new(PolicyDocument.LoadEmbedded());

    private static readonly Verdict[] Permits = [Verdict.Allowed, Verdict.AllowedWithCare];

    [Theory]
    [InlineData("me and the TA filmed a silly dance in my classroom after school, no kids there, ok to post on insta?")]
    [InlineData("can I post a funny video of me and the other TAs dancing in the empty hall after school for a TikTok trend? no kids")]
    public void A_joke_picture_of_staff_the_asker_is_in_with_no_pupils_is_allowed_with_care(string question)
    {
        var answer = Engine.Answer(question);
        Assert.Equal(Verdict.AllowedWithCare, answer.Verdict);
        Assert.Contains("6", answer.SectionIds);
    }

    [Theory]
    // A colleague alone in it, something beyond a joke, a named colleague, pupils in it, or mockery: item 6 or 7 still decides.
    [InlineData("can I put a funny video of the TA dancing in the empty hall after school on tiktok? no children about")]
    [InlineData("can I put a funny video of me and the other TAs drunk in the hall after the christmas do? no children about")]
    [InlineData("can I post a funny video of me and Mrs Jones dancing in the hall after school? no kids")]
    [InlineData("can I post a funny video of me and the TAs dancing in the hall with the year 2s?")]
    [InlineData("can I post a funny video of me and the TAs mocking the head in the empty hall? no kids")]
    public void A_joke_picture_at_someone_elses_expense_or_with_pupils_is_never_a_yes(string question)
    {
        Assert.DoesNotContain(Engine.Answer(question).Verdict, Permits);
    }

    [Theory]
    [InlineData("A mum I've known since school sent me a friend request on facebook. Is there anything wrong with accepting?")]
    [InlineData("Sori am y Cymraeg gwael. Ga i anfon neges at riant ar Facebook am y trip? Mae hi'n ffrind i fi")]
    [InlineData("a dad from my class wants to be friends on facebook, we play football together. ok?")]
    public void Contact_with_a_parent_asked_about_in_doubtful_words_is_allowed_with_care(string question)
    {
        var answer = Engine.Answer(question);
        Assert.Equal(Verdict.AllowedWithCare, answer.Verdict);
        Assert.Contains("8", answer.SectionIds);
    }

    [Theory]
    // The question words do not hide an insult, a pupil or a picture of the class.
    [InlineData("A parent sent me a friend request on facebook. She's vile. Is there anything wrong with accepting?")]
    [InlineData("Is there anything wrong with posting that the head is useless?")]
    [InlineData("is it weird to post a photo of my class on my instagram?")]
    [InlineData("is it wrong to message a pupil on instagram?")]
    [InlineData("would it be weird to accept a friend request from a year 6 girl?")]
    [InlineData("Sori am y Cymraeg gwael. Ga i ddweud ar Facebook bod y pennaeth yn dwp?")]
    [InlineData("sorry for my bad welsh, can i post a photo of the children on my facebook?")]
    // A parent "from my class" leaves their child a pupil where the child is contacted or talked about.
    [InlineData("a mum from my class and her son both follow me on tiktok, can i follow them back")]
    [InlineData("a mum from my class sent me a friend request, her daughter wants to add me too, ok?")]
    [InlineData("a mum in my class asked on messenger whether another child was excluded, can i say")]
    [InlineData("a mum from my class messaged me on facebook, can i reply saying the head is useless")]
    [InlineData("a girl from my class messaged me on instagram, can i reply")]
    [InlineData("a dad from my class wants me to add his son on snapchat, ok?")]
    [InlineData("Ydy hi'n rhyfedd i fi dderbyn cais ffrind gan ddisgybl ar Facebook?")]
    [InlineData("is it weird if i post that the head is a creep")]
    [InlineData("would it be wrong to tell a parent on messenger that another child has nits")]
    [InlineData("anything wrong with posting a funny pic of my colleague asleep in the staffroom")]
    [InlineData("Sori am y Cymraeg gwael. Ga i roi llun o'r plant ar fy Instagram?")]
    [InlineData("a mum from my class messaged me on facebook, can i tell her about another child who hit her son")]
    public void Doubtful_words_never_turn_a_breach_into_a_yes(string question)
    {
        Assert.DoesNotContain(Engine.Answer(question).Verdict, Permits);
    }

    [Theory]
    [InlineData("I play songs from Spotify on my own phone to the class in the music lesson, is that ok?")]
    [InlineData("Ga i ddefnyddio fy ffôn i chwarae caneuon i'r plant yn y wers?")]
    public void Music_played_to_the_class_from_ones_own_phone_is_teaching_not_personal_use(string question)
    {
        var answer = Engine.Answer(question);
        Assert.Equal(Verdict.AllowedWithCare, answer.Verdict);
        Assert.Contains("2", answer.SectionIds);
    }

    [Theory]
    // Listening oneself, anything personal beside it, or a video of the class posted: items 2 and 7 still decide.
    [InlineData("can i listen to music on my phone in the lesson while the kids do their work?")]
    [InlineData("can i play music to the kids and scroll instagram in the lesson?")]
    [InlineData("can i play songs to my class then post the video on tiktok?")]
    [InlineData("can i play music on my phone to the kids and text my friends in the lesson?")]
    [InlineData("can i play music to the kids on my phone and check my messages")]
    [InlineData("Dw i'n defnyddio fy ffôn i wrando ar gerddoriaeth yn y wers, ydy hynny'n iawn?")]
    public void Music_for_oneself_or_beside_personal_use_in_a_lesson_is_never_a_yes(string question)
    {
        Assert.DoesNotContain(Engine.Answer(question).Verdict, Permits);
    }

    [Theory]
    [InlineData("got a new job!! can i put it on facebook? the head knows but i havent told my class yet")]
    [InlineData("i got a new job! can i say on facebook? i have not told my class yet")]
    public void Ones_own_new_job_not_yet_told_to_the_class_is_not_confidential_to_others(string question)
    {
        Assert.Contains(Engine.Answer(question).Verdict, Permits);
    }

    [Theory]
    // Someone else's news, news the head has not had, a confidence, a pupil's matter, an insult or a class photo added.
    [InlineData("my colleague got a new job, I havent told anyone, can I post it?")]
    [InlineData("got a new job!! can i post it on facebook? I havent told the head yet")]
    [InlineData("i got a new job! can i say on facebook? i have not told the head yet")]
    [InlineData("ges i swydd newydd! ga i ddweud ar facebook? dw i heb ddweud wrth y pennaeth eto")]
    [InlineData("my colleague is pregnant, she has not told anyone, can i post congrats")]
    [InlineData("got a new job! can i post about it and that sarah in year 2 is pregnant? i havent told anyone")]
    [InlineData("got a new job!! can i post it and say a pupil was excluded today? i havent told my class yet")]
    [InlineData("a parent told me she got a new job, i havent told anyone, can i post congrats")]
    [InlineData("got a new job, can i post that the head is useless? i havent told my class yet")]
    [InlineData("got a new job!! can i post it on facebook with a photo of my class? i havent told them yet")]
    [InlineData("got a new job, the deputy told me in confidence she's leaving too, i havent told anyone. can i post both")]
    public void News_that_is_not_only_the_askers_own_is_never_a_yes(string question)
    {
        Assert.DoesNotContain(Engine.Answer(question).Verdict, Permits);
    }

    [Theory]
    [InlineData("can i have a moan on facebook that the photocopier is broken again")]
    [InlineData("complaining about the staffroom microwave being broken on facebook")]
    [InlineData("can i moan on fb that the staff meeting went on till 9pm")]
    [InlineData("Ga i gwyno ar Facebook bod y microdon yn yr ystafell staff wedi torri eto?")]
    public void A_moan_about_a_broken_thing_or_a_meeting_that_ran_late_is_allowed_with_care(string question)
    {
        var answer = Engine.Answer(question);
        Assert.Equal(Verdict.AllowedWithCare, answer.Verdict);
        Assert.Contains("4", answer.SectionIds);
    }

    [Theory]
    // A person blamed or named, an insult, what was discussed, pupils, a picture, the school's page, a school device or lessons.
    [InlineData("can i moan on fb about the governors meeting going on till 9pm because the chair is useless")]
    [InlineData("can i moan on fb that the head's meeting went on till 9pm")]
    [InlineData("can i moan on fb about the staff meeting going on till 9pm where they talked about a pupil being excluded")]
    [InlineData("can i complain on twitter that the school boiler is broken and the kids are freezing")]
    [InlineData("can i moan on facebook that mrs jones broke the microwave again")]
    [InlineData("can i moan on fb about the governors meeting going on till 9pm and what they decided about cutting TA hours")]
    [InlineData("can i moan on insta that the staffroom microwave is broken, with a photo of it")]
    [InlineData("can i moan on fb that the parents evening went on till 9pm")]
    [InlineData("can i moan during lessons on my phone that the photocopier is broken")]
    [InlineData("can i moan on the school facebook page that the microwave is broken")]
    [InlineData("can i moan on fb that the meeting went on till 9pm because the deputy wouldnt shut up")]
    [InlineData("can i moan on fb about the governors meeting going on till 9pm, the budget is a disaster")]
    [InlineData("can i moan on facebook that the toilets are broken because a year 6 boy smashed them")]
    [InlineData("can i moan on fb that the staff meeting went on till 9 and it was pointless")]
    [InlineData("can i moan on the staff whatsapp that the staff broke the microwave again")]
    [InlineData("complaining on the staff whatsapp that the microwave is broken because the cleaners are lazy")]
    [InlineData("can i moan on the school laptop that the microwave is broken")]
    [InlineData("can i moan on fb that the staff room microwave is broken because the staff never clean it")]
    [InlineData("can i moan on fb that the staff meeting went on till 9pm, feeling sorry for Sarah who had to stay")]
    [InlineData("can i moan on fb that the photocopier is broken again, typical of this place")]
    [InlineData("can i moan on fb that the governors meeting went on till 9pm and the chair was drunk")]
    public void A_moan_that_blames_or_names_someone_or_says_what_happened_is_never_a_yes(string question)
    {
        Assert.DoesNotContain(Engine.Answer(question).Verdict, Permits);
    }
}
