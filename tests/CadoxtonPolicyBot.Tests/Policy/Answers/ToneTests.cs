using CadoxtonPolicyBot.Policy;
using CadoxtonPolicyBot.Policy.Answers;

namespace CadoxtonPolicyBot.Tests.Policy.Answers;

/// <summary>
/// Item 4 read from whose words they are and what the asker would do: someone else's derogatory post reported or answered,
/// and sarcasm that survives the Welsh reading. Each wording is written for these tests; every "no" and "it depends" here is
/// also a check that no permit slips through.
/// </summary>
public sealed class ToneTests
{
    private static readonly PolicyAnswerEngine Engine = new(PolicyDocument.LoadEmbedded());

    private static readonly Verdict[] Permits = [Verdict.Allowed, Verdict.AllowedWithCare];

    [Theory]
    [InlineData("should i screenshot my colleague's horrible post about our parents and forward it to the head")]
    [InlineData("one of the lunch ladies has written on the village page that the deputy is useless, do I need to tell someone")]
    [InlineData("a friend who teaches in Barry posted that our head is clueless, should i report it")]
    [InlineData("saw a cover supervisor on instagram ranting that our year 4s are animals. i've got a screenshot, who do i send it to")]
    [InlineData("Dwi wedi cymryd screenshot o bost cydweithiwr sy'n gwneud hwyl am ben y rhieni. Ydy hwnna'n ddigon fel tystiolaeth?")]
    public void Someone_elses_derogatory_post_reported_is_a_concern_to_raise(string question)
    {
        var answer = Engine.Answer(question);
        Assert.Equal(Verdict.ReportConcern, answer.Verdict);
        Assert.Contains("evidence", answer.SectionIds);
    }

    [Theory]
    [InlineData("someone on the community page wrote that our caretaker steals from the school. can i reply defending him")]
    [InlineData("An anonymous account is accusing our year 3 teacher of picking favourites. Can I comment that it's not true?")]
    public void A_reply_defending_the_school_against_someone_elses_attack_depends_and_is_never_a_yes(string question)
    {
        var answer = Engine.Answer(question);
        Assert.Equal(Verdict.Depends, answer.Verdict);
        Assert.Contains("4", answer.SectionIds);
    }

    [Theory]
    // Joining in, sharing or liking the attack is posting it again.
    [InlineData("my friend posted that cadoxton teachers are lazy, can i share it")]
    [InlineData("a parent wrote on facebook that our head is useless and i agree, can i comment too")]
    [InlineData("someone posted that the TAs are rubbish, can I like it")]
    [InlineData("a colleague posted that the new deputy is clueless, can I comment saying she's right")]
    public void Joining_in_with_someone_elses_attack_is_still_not_allowed(string question)
    {
        var answer = Engine.Answer(question);
        Assert.Equal(Verdict.NotAllowed, answer.Verdict);
        Assert.Contains("4", answer.SectionIds);
    }

    [Theory]
    [InlineData("if i report a colleague's post will they know it was me")]
    [InlineData("If I send the head a screenshot of a parent's post, will they know it was me?")]
    public void Asking_whether_a_report_stays_anonymous_is_information(string question)
    {
        Assert.Equal(Verdict.Info, Engine.Answer(question).Verdict);
    }

    [Fact]
    public void Choosing_a_short_polite_reply_is_with_care_and_going_into_it_is_no()
    {
        var first = Engine.Answer("someone posted on the village facebook that one of our TAs is a drunk. can I comment defending her");
        Assert.Equal(Verdict.Depends, first.Verdict);
        Assert.NotNull(first.Pending);
        var pending = first.Pending!;
        Assert.Equal(Verdict.AllowedWithCare, Engine.Resolve(pending, "polite-only").Verdict);
        Assert.Equal(Verdict.NotAllowed, Engine.Resolve(pending, "would-discuss").Verdict);
    }

    [Theory]
    [InlineData("Ga i drydar 'diolch i'r llywodraethwyr am benderfyniad gwych arall 🙄'?")]
    [InlineData("Ga i bostio 'da iawn i'r pennaeth am syniad gwych arall 🙃' ar Facebook?")]
    public void An_eye_roll_in_a_Welsh_post_about_the_school_is_never_a_yes(string question)
    {
        Assert.DoesNotContain(Engine.Answer(question).Verdict, Permits);
    }

    [Theory]
    [InlineData("can i post 'y4 teacher problems: finding pritt stick lids in my hair' 😂")]
    [InlineData("a meme about kids who ask 'miss can i go toilet' 50 times a day, it's just a joke about teaching")]
    [InlineData("can I put up a funny meme about teachers surviving on coffee and biscuits lol")]
    public void Harmless_humour_about_teaching_life_with_no_butt_is_fine_with_care(string question)
    {
        var answer = Engine.Answer(question);
        Assert.Equal(Verdict.AllowedWithCare, answer.Verdict);
        Assert.Contains("4", answer.SectionIds);
    }

    [Theory]
    [InlineData("can i post 'my class are feral today' 😂")]
    [InlineData("can i post 'Y6 at Cadoxton are a nightmare' lol")]
    [InlineData("can i post a funny meme about kids who are so thick lol")]
    [InlineData("can i post a meme about kids who are little monsters lol")]
    [InlineData("can i post 'teacher problems: the deputy' 😂")]
    [InlineData("can i post a meme, the head is a joke lol")]
    [InlineData("can i post a meme about kids who never listen, especially Jack lol")]
    [InlineData("can i post 'the kids were wild today' lol")]
    [InlineData("Ga i bostio 'plant blwyddyn 6 yn wyllt heddiw' lol?")]
    [InlineData("i play minecraft with my own kids and one of my year 1 class joined the server and waved at me 😅 can i say hi")]
    public void A_joke_with_a_butt_or_about_our_own_pupils_is_never_a_yes(string question)
    {
        Assert.DoesNotContain(Engine.Answer(question).Verdict, Permits);
    }

    [Theory]
    [InlineData("Can I post a general moan about teacher workload in Wales on Facebook? Nothing about the school or anyone in it.")]
    [InlineData("can I share an article about the government's pay offer for TAs saying it's an insult")]
    public void A_complaint_about_the_professions_pay_or_workload_is_not_about_the_school(string question)
    {
        Assert.Equal(Verdict.AllowedWithCare, Engine.Answer(question).Verdict);
    }

    [Theory]
    [InlineData("can i post that our teachers' workload is a joke because the head is useless")]
    [InlineData("can i post a rant about teacher pay, our head is useless")]
    [InlineData("can i post that the TAs at our school are an insult to the profession and overpaid")]
    public void Pay_and_workload_beside_an_attack_on_someone_here_is_still_not_allowed(string question)
    {
        Assert.Equal(Verdict.NotAllowed, Engine.Answer(question).Verdict);
    }

    [Theory]
    [InlineData("The council are shutting the swimming baths in Barry, nothing to do with school. Can I have a moan about it on facebook?")]
    [InlineData("can i slag off ofsted on twitter, we're in wales so it's nothing to do with us")]
    public void Criticism_of_the_council_or_inspectors_with_the_school_ruled_out_depends_on_the_wording(string question)
    {
        var answer = Engine.Answer(question);
        Assert.Equal(Verdict.Depends, answer.Verdict);
        Assert.Contains("4", answer.SectionIds);
        var pending = answer.Pending!;
        Assert.Equal(Verdict.NotAllowed, Engine.Resolve(pending, "critical").Verdict);
        Assert.Equal(Verdict.AllowedWithCare, Engine.Resolve(pending, "neutral").Verdict);
    }

    [Theory]
    [InlineData("can i post that the council are useless, nothing to do with school, and our head agrees")]
    [InlineData("can i slag off the council for cutting our school budget on facebook")]
    [InlineData("can i post that estyn were clueless at our inspection, nothing to do with the kids")]
    public void Criticism_that_brings_the_school_or_its_people_in_is_not_allowed(string question)
    {
        Assert.Equal(Verdict.NotAllowed, Engine.Answer(question).Verdict);
    }
}
