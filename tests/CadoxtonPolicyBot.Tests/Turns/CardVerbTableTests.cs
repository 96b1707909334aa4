using CadoxtonPolicyBot.Features.Acknowledgements;
using CadoxtonPolicyBot.Features.Concerns;
using CadoxtonPolicyBot.Features.PolicyAnswers;
using CadoxtonPolicyBot.Protocol;
using CadoxtonPolicyBot.Turns;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CadoxtonPolicyBot.Tests.Turns;

/// <summary>Card verbs are declared in one table per feature: verb, the role it requires, its handler.</summary>
public sealed class CardVerbTableTests
{
    [Fact]
    public async Task A_verb_declared_by_two_tables_stops_the_bot_at_start_up_naming_the_verb()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        CardVerbRegistry.AddCardVerbs(builder.Services, new CardVerbTable<FirstFeature>("no") { { "shared.verb", CardVerbRole.Anyone, (_, _, _, _) => Nothing() } });
        CardVerbRegistry.AddCardVerbs(builder.Services, new CardVerbTable<SecondFeature>("no") { { "shared.verb", CardVerbRole.HeadTeacher, (_, _, _, _) => Nothing() } });
        using var host = builder.Build();

        var refused = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Equal("The card verb \"shared.verb\" is declared more than once (by FirstFeature and SecondFeature).", Assert.Single(refused.Failures));
    }

    [Fact]
    public void The_head_teachers_buttons_are_declared_as_needing_the_head_teacher_and_every_verb_once()
    {
        var verbs = AcknowledgementCardActions.Verbs.Concat(PolicyCardActions.Verbs).ToList();

        Assert.Equal(verbs.Count, verbs.Select(v => v.Verb).Distinct().Count());
        Assert.Equal(
            [AcknowledgementCards.StartVerb, AcknowledgementCards.LaunchVerb, AcknowledgementCards.ProgressVerb, AcknowledgementCards.RemindVerb,
             AcknowledgementCards.CloseVerb, AcknowledgementCards.ExportVerb, PolicyVerbs.Reply],
            verbs.Where(v => v.Requires == CardVerbRole.HeadTeacher).Select(v => v.Verb));
        Assert.All(verbs.Where(v => v.Requires != CardVerbRole.Anyone), v => Assert.False(string.IsNullOrWhiteSpace(v.Refusal)));
    }

    [Fact]
    public async Task A_feature_that_declares_a_verb_another_feature_owns_stops_the_bot_at_start_up()
    {
        // The policy answer card offers "concern.start"; a feature that took the verb for itself would steal the button.
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        CardVerbRegistry.AddCardVerbs(builder.Services, ConcernCardActions.Verbs);
        CardVerbRegistry.AddCardVerbs(builder.Services, new CardVerbTable<FirstFeature>("no") { { PolicyVerbs.StartConcern, CardVerbRole.Anyone, (_, _, _, _) => Nothing() } });
        using var host = builder.Build();

        var refused = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Equal("The card verb \"concern.start\" is declared more than once (by ConcernCardActions and FirstFeature).", Assert.Single(refused.Failures));
    }

    [Fact]
    public void The_three_features_declare_each_verb_once_between_them()
    {
        var verbs = AcknowledgementCardActions.Verbs.Concat(PolicyCardActions.Verbs).Concat(ConcernCardActions.Verbs).Select(v => v.Verb).ToList();

        Assert.Equal(verbs.Count, verbs.Distinct(StringComparer.Ordinal).Count());
        Assert.Contains(PolicyVerbs.StartConcern, verbs);
    }

    private static Task<CardActionResult> Nothing() => Task.FromResult<CardActionResult>(new CardActionResult.ShowMessage("nothing"));

    private sealed class FirstFeature;

    private sealed class SecondFeature;
}
