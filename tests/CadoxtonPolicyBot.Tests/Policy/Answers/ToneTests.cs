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
}
