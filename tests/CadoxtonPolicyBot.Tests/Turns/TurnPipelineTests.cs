using System.Net;
using CadoxtonPolicyBot.Infrastructure.Persistence;
using CadoxtonPolicyBot.Protocol;
using CadoxtonPolicyBot.Tests.Support;
using CadoxtonPolicyBot.Turns;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CadoxtonPolicyBot.Tests.Turns;

/// <summary>The turn pipeline through the real HTTP endpoint, on both databases.</summary>
public sealed class TurnPipelineTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Installing_the_app_sends_one_welcome_card_even_though_teams_announces_it_twice(string provider)
    {
        await using var bot = await BotTestHost.StartAsync(provider);
        var (installation, conversationUpdate) = bot.Install();

        var responses = await Task.WhenAll(bot.PostAsync(installation), bot.PostAsync(conversationUpdate));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var sent = await bot.Connector.WaitForMessagesAsync(1);
        await Task.Delay(200);
        var welcome = Assert.Single(bot.Connector.Messages);
        Assert.Contains("Welcome to the Cadoxton Policy Bot", welcome.CardText, StringComparison.Ordinal);
        Assert.Equal($"Bearer {BotTestHost.BotToken}", welcome.Authorization);
        Assert.Equal("/v3/conversations/a:personal-" + Staff.Alex + "/activities", Uri.UnescapeDataString(welcome.Path));
        Assert.NotNull(sent);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Every_turn_remembers_the_conversation_for_later_proactive_messages(string provider)
    {
        await using var bot = await BotTestHost.StartAsync(provider);

        using var response = await bot.PostAsync(bot.Message("help"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var scope = bot.Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<IConversationReferenceStore>();
        var reference = await store.FindPersonalAsync(Staff.Alex, CancellationToken.None);
        Assert.NotNull(reference);
        Assert.Equal(bot.Connector.ServiceUrl.ToString(), reference.ServiceUrl);
        Assert.Equal("29:" + Staff.Alex, reference.UserId);
        Assert.Equal(BotTestHost.TenantId, reference.TenantId);
    }

    [Fact]
    public async Task Help_is_answered_with_the_help_card()
    {
        await using var bot = await BotTestHost.StartAsync();

        using var response = await bot.PostAsync(bot.Message("Help!"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(await bot.Connector.WaitForMessagesAsync(1));
        Assert.Contains("Cadoxton Policy Bot help", reply.CardText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task In_a_channel_the_mention_is_stripped_and_the_answer_goes_into_the_thread()
    {
        await using var bot = await BotTestHost.StartAsync();
        var post = bot.ChannelMention("help");

        using var response = await bot.PostAsync(post);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(await bot.Connector.WaitForMessagesAsync(1));
        Assert.Contains("Cadoxton Policy Bot help", reply.CardText, StringComparison.Ordinal);
        Assert.EndsWith($"/activities/{post.Id}", reply.Path, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_card_button_is_answered_in_the_invoke_response_with_the_replacement_card()
    {
        await using var bot = await BotTestHost.StartAsync();

        var answer = await bot.InvokeAsync(bot.Execute(HelpCards.ShowHelpVerb));

        Assert.Equal(200, answer["statusCode"]!.GetValue<int>());
        Assert.Equal("application/vnd.microsoft.card.adaptive", answer["type"]!.GetValue<string>());
        Assert.Contains("Cadoxton Policy Bot help", answer["value"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Empty(bot.Connector.Messages);
    }

    [Fact]
    public async Task A_button_with_an_unknown_verb_gets_a_clear_error_and_changes_nothing()
    {
        await using var bot = await BotTestHost.StartAsync();

        var answer = await bot.InvokeAsync(bot.Execute("nothing.like.this"));

        Assert.Equal(400, answer["statusCode"]!.GetValue<int>());
        Assert.Equal("application/vnd.microsoft.error", answer["type"]!.GetValue<string>());
        Assert.Contains("no longer available", answer["value"]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("policy.feedback")]
    [InlineData("concern.start")]
    [InlineData("ack.progress")]
    public async Task A_card_button_pressed_without_an_entra_identity_is_refused_before_any_feature_sees_it(string verb)
    {
        await using var bot = await BotTestHost.StartAsync();
        var press = bot.Execute(verb);
        press.From!.AadObjectId = null;

        var answer = await bot.InvokeAsync(press);

        Assert.Equal(400, answer["statusCode"]!.GetValue<int>());
        Assert.Equal("I couldn't tell who you are from Teams, so nothing was done.", answer["value"]!["message"]!.GetValue<string>());
        Assert.Empty(bot.Connector.Messages);
    }

    [Fact]
    public async Task A_fault_in_a_handler_gives_the_user_a_short_apology_with_a_reference_and_saves_nothing()
    {
        await using var bot = await BotTestHost.StartAsync(configureServices: services => services.AddScoped<IMessageCommand, FaultyCommand>());

        using var response = await bot.PostAsync(bot.Message("break please"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var apology = Assert.Single(await bot.Connector.WaitForMessagesAsync(1));
        Assert.Contains("Sorry, something went wrong", apology.Activity!.Text, StringComparison.Ordinal);
        Assert.Contains("Reference:", apology.Activity.Text, StringComparison.Ordinal);
        await using var scope = bot.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BotDbContext>();
        Assert.False(await db.ConversationWelcomes.AnyAsync());
    }

    [Fact]
    public async Task Typing_and_other_activity_types_are_acknowledged_and_ignored()
    {
        await using var bot = await BotTestHost.StartAsync();
        var typing = bot.Message(string.Empty);
        typing.Type = ActivityTypes.Typing;

        using var response = await bot.PostAsync(typing);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await Task.Delay(100);
        Assert.Empty(bot.Connector.Messages);
    }

    /// <summary>A command that fails half-way, after adding a row it never saves.</summary>
    private sealed class FaultyCommand(BotDbContext db) : IMessageCommand
    {
        public bool Matches(IncomingMessage message) => message.Normalised == "break please";

        public Task HandleAsync(ITurnContext turn, IncomingMessage message, CancellationToken cancellationToken)
        {
            db.ConversationWelcomes.Add(new ConversationWelcome { ConversationId = "half-written" });
            throw new InvalidOperationException("A handler failed.");
        }
    }
}
