using CadoxtonPolicyBot.Features.Concerns;
using CadoxtonPolicyBot.Turns;

namespace CadoxtonPolicyBot.Tests.Features.Concerns;

/// <summary>Typed Welsh commands start the concern flow or the list only as whole phrases, never for a policy question that says "pryder".</summary>
public sealed class WelshCommandRoutingTests
{
    private static IncomingMessage Typed(string text) => new(text, MessageText.Normalise(text));

    [Theory]
    [InlineData("Codi pryder")]
    [InlineData("codi pryder!")]
    [InlineData("Dw i eisiau codi pryder")]
    [InlineData("Rhoi gwybod am bryder")]
    public void A_welsh_request_to_raise_a_concern_starts_the_concern_flow(string typed) =>
        Assert.True(new ReportConcernCommand(null!).Matches(Typed(typed)));

    [Theory]
    [InlineData("Mae gen i bryder am bostio llun o ddisgybl ar Facebook, ga i?")]
    [InlineData("Oes pryder os ydw i'n rhannu llun o'r trip ar Instagram?")]
    [InlineData("Ga i godi pryder am lun ar Facebook fy hun?")]
    [InlineData("pryder")]
    public void A_welsh_policy_question_that_mentions_a_worry_is_left_to_the_answers(string typed)
    {
        Assert.False(new ReportConcernCommand(null!).Matches(Typed(typed)));
        Assert.False(new ConcernListCommand(null!, null!, null!, null!).Matches(Typed(typed)));
    }
}
