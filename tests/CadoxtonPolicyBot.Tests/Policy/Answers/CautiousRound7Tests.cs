using CadoxtonPolicyBot.Policy;
using CadoxtonPolicyBot.Policy.Answers;

namespace CadoxtonPolicyBot.Tests.Policy.Answers;

/// <summary>
/// Round 7: questions that got "it depends" although their own words decide them. The school's own posts passed on are
/// already public; national pay with the school ruled out in so many words is not about the school; news before its
/// announcement, or heard in the staffroom, is not public; PPA said as a time is working time. Every wording is written for
/// these tests. Each new permit path is attacked with the same sentence carrying a pupil, a name, a derogatory word, working
/// time, the school's computer, a hedge or Welsh, and none of those may become a yes.
/// </summary>
public sealed class CautiousRound7Tests
{
    private static readonly PolicyAnswerEngine Engine = new(PolicyDocument.LoadEmbedded());

    private static readonly Verdict[] Permits = [Verdict.Allowed, Verdict.AllowedWithCare];

    [Theory]
    [InlineData("can i retweet the school's posts from my personal twitter")]
    [InlineData("is it ok to like the school's posts about the summer fair")]
    [InlineData("can I share the school's tweets about the book fair on my own account")]
    [InlineData("Ga i rannu post yr ysgol am y cyngerdd Nadolig ar fy Facebook?")]
    public void Passing_on_the_schools_own_posts_is_passing_on_what_is_already_public(string question)
    {
        var answer = Engine.Answer(question);
        Assert.Contains(answer.Verdict, Permits);
        Assert.Contains("school-news-public", answer.RuleNames);
    }

    [Theory]
    // Something critical or derogatory added.
    [InlineData("can i retweet the school's posts and add that the head is useless")]
    [InlineData("can i share the school's tweets with a sarcastic comment about the parents at the gate")]
    [InlineData("ga i rannu post yr ysgol a dweud bod y pennaeth yn dwp")]
    // Pupils pictured, tagged or named.
    [InlineData("can i share the school's facebook post of the sports day photos on my own page")]
    [InlineData("can i share the school's posts and tag the year 6 pupils in them")]
    [InlineData("can i share the school's post and add 'so proud of Lily in my class'")]
    [InlineData("Ga i rannu post yr ysgol am y trip gyda lluniau o'r plant ar fy Facebook?")]
    // Something confidential or private added, or not announced yet.
    [InlineData("can i share the school's posts about the christmas fair and say which teachers are leaving")]
    [InlineData("can i share the school's post about the boy in year 4 who was excluded")]
    [InlineData("can i share the school's post about the new head before it's been announced")]
    // Working time or the school's computers.
    [InlineData("can i retweet the school's posts during my lesson")]
    [InlineData("can i retweet the school's tweets on the school computer")]
    // The school doing the posting, not its post: it is not out yet.
    [InlineData("i think the school posts it tomorrow, can i share it now")]
    [InlineData("the school tweets the results next week, can i post them today")]
    public void The_schools_own_posts_with_anything_added_or_at_the_wrong_time_are_never_a_yes(string question)
    {
        Assert.DoesNotContain(Engine.Answer(question).Verdict, Permits);
    }

    [Theory]
    [InlineData("is it bad to say on twitter that the pay offer is a joke and we're all underpaid? nothing about my school")]
    [InlineData("Can I post on facebook that the pay rise is an insult and I'm voting to strike? Not about our school at all")]
    public void A_complaint_about_national_pay_with_the_school_ruled_out_is_allowed_with_care(string question)
    {
        var answer = Engine.Answer(question);
        Assert.Equal(Verdict.AllowedWithCare, answer.Verdict);
        Assert.Contains("complaint-about-things-beyond-the-school", answer.RuleNames);
    }

    [Theory]
    // A colleague, a pupil, the Council or the governors named beside it.
    [InlineData("can i post that the pay offer is a joke and so is our head, nothing about my school")]
    [InlineData("can i post that the pay offer is a joke and Mrs Jones agrees, nothing about my school")]
    [InlineData("can i post that our pay is a joke and the kids in my class are feral, nothing about my school")]
    [InlineData("can i post that the pay offer is a joke, nothing about my school, the council are idiots")]
    [InlineData("can i post that teachers' pay is a joke and the governors are clowns, nothing about our school")]
    // A harder word than people use of pay.
    [InlineData("can i post that teachers pay is a joke and whoever set it is a thief, nothing about my school")]
    // Working time or the school's computer.
    [InlineData("can i post during my lesson that the pay offer is a joke? nothing about my school")]
    [InlineData("can i post on the school computer that the pay offer is a joke, nothing about my school")]
    // A hedge, or the school named after all.
    [InlineData("can i post that the pay offer is a joke? i don't think it's about my school")]
    [InlineData("I think it's nothing about my school, can I post that pay at our school is a joke")]
    // Welsh, with the head called stupid.
    [InlineData("Ga i bostio bod y cynnig cyflog yn jôc a bod y pennaeth yn dwp? Dim byd am yr ysgol")]
    public void A_pay_complaint_with_anyone_here_an_insult_or_the_wrong_time_is_never_a_yes(string question)
    {
        Assert.DoesNotContain(Engine.Answer(question).Verdict, Permits);
    }

    [Theory]
    [InlineData("the new head has been chosen but the governors haven't announced it yet. can I post congratulations on facebook?")]
    [InlineData("they told us staff first that we're getting a new hall. can I share the news on insta before the official announcement?")]
    [InlineData("the budget figures governors haven't seen yet look awful, can i post them on linkedin without the school name")]
    [InlineData("I heard in the staffroom that one of the TAs is leaving. can I mention it in the parents' whatsapp group?")]
    [InlineData("Ges i wybod yn y staffroom bod y dirprwy yn gadael. Ga i ddweud ar grŵp Facebook y rhieni?")]
    [InlineData("can I post on the staff whatsapp that Mrs Hughes is off with her nerves again")]
    [InlineData("Glywes i bod Mr Rees off gyda'i nerfe eto. Ga i ddweud ar Facebook?")]
    public void News_before_its_announcement_heard_in_the_staffroom_or_about_a_colleagues_health_is_confidential(string question)
    {
        var answer = Engine.Answer(question);
        Assert.Equal(Verdict.NotAllowed, answer.Verdict);
        Assert.Contains("3", answer.SectionIds);
    }

    [Theory]
    [InlineData("can I moan on twitter during my PPA time that the laminator's jammed")]
    [InlineData("is it ok to post on insta in my ppa time, just about my weekend")]
    public void Posting_during_PPA_is_personal_use_in_working_time(string question)
    {
        var answer = Engine.Answer(question);
        Assert.Equal(Verdict.NotAllowed, answer.Verdict);
        Assert.Contains("2", answer.SectionIds);
    }

    [Theory]
    [InlineData("can I put a joke on facebook about the dinner ladies being grumpy old bags")]
    [InlineData("can I post that the mums at pick-up are so nosy lol")]
    [InlineData("leaving for a new job, can i post 'so glad to escape this hellhole' and tag my colleagues")]
    [InlineData("I wouldn't name anyone, can I post that one of the dads at our school gate is a dealer")]
    [InlineData("not naming her, can I post that one of our TAs comes in drunk")]
    [InlineData("can I share the school's results with a comment that the head fiddled the data")]
    [InlineData("Ga i bostio bod y dinner ladies yn grumpy old bags?")]
    public void Everyday_insults_and_accusations_about_the_schools_people_are_not_allowed(string question)
    {
        var answer = Engine.Answer(question);
        Assert.Equal(Verdict.NotAllowed, answer.Verdict);
        Assert.Contains("4", answer.SectionIds);
    }

    [Theory]
    // Said of oneself or of people who are not the school's, an insult word is not about the school community.
    [InlineData("can I post that I'm a grumpy old bag before my coffee lol")]
    [InlineData("is it ok to post 'nosy neighbours strike again' about my street")]
    public void An_insult_word_said_of_oneself_or_strangers_is_not_read_as_about_the_school(string question)
    {
        Assert.DoesNotContain("derogatory-about-school-community", Engine.Answer(question).RuleNames);
    }

    [Theory]
    [InlineData("the head announced to staff and parents that I'm the new SENCo from september. ok to put it on linkedin?")]
    [InlineData("the head told all the parents we're closing early on friday for the staff training, can I share that on my facebook")]
    public void What_has_been_announced_to_the_parents_is_already_public(string question)
    {
        Assert.Contains(Engine.Answer(question).Verdict, Permits);
    }

    [Theory]
    // Announced to the staff only, or told to a parent by the asker.
    [InlineData("the head announced to staff that we're getting a new hall, can I post about it")]
    [InlineData("the head announced in the staff meeting that Mrs Jones is leaving, can I post goodbye to her")]
    [InlineData("I told the parents at pick up that the trip is cancelled, can I post it on facebook")]
    // A hedge, or not yet.
    [InlineData("i think the parents have had the letter about the closure, can i post it")]
    [InlineData("the parents haven't had the letter yet, can I post that we're closing early")]
    [InlineData("before the head announced it to parents, can I post it")]
    // A pupil's incident, a colleague's health or an insult added to what was announced.
    [InlineData("the head announced to parents that a boy in year 3 was excluded, can I post about it")]
    [InlineData("the head announced to parents that Mrs Jones is off with stress, can I post get well soon on facebook")]
    [InlineData("parents have had the letter about the closure, can I post that it's about time the council shut this dump")]
    [InlineData("Mae'r rhieni wedi cael y llythyr am y cau. Ga i bostio bod y pennaeth yn dwp?")]
    public void Announced_to_the_staff_only_hedged_or_with_anything_added_is_never_a_yes(string question)
    {
        Assert.DoesNotContain(Engine.Answer(question).Verdict, Permits);
    }
}
