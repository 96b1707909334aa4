using System.Text;
using System.Text.Json.Nodes;
using CadoxtonPolicyBot.Features.PolicyAnswers;
using CadoxtonPolicyBot.Infrastructure.Persistence;
using CadoxtonPolicyBot.Policy;
using CadoxtonPolicyBot.Policy.Answers;
using CadoxtonPolicyBot.Tests.Protocol.Authentication;
using CadoxtonPolicyBot.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CadoxtonPolicyBot.Tests.Features.PolicyAnswers;

/// <summary>Policy questions through /api/messages: real tokens, real database (both providers), real connector client.</summary>
public sealed class PolicyChatTests
{
    private const string NotAllowedQuestion = "Can I go on Facebook on the school computer during lunch?";
    private const string DependsQuestion = "Can I post photos from the school trip to Barry Island?";
    private const string OutOfScopeQuestion = "Can I take Friday afternoon off for my sister's wedding?";
    private const string MessageType = "application/vnd.microsoft.activity.message";
    private static readonly PolicyDocument Policy = PolicyDocument.LoadEmbedded();

    private static readonly Dictionary<string, string?> HeadTeacherSettings = new()
    {
        ["Roles:HeadTeacherIds:0"] = Staff.HeadTeacher,
    };

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_not_allowed_question_is_answered_with_a_card_giving_the_verdict_and_quoting_the_section(string provider)
    {
        await using var bot = await BotTestHost.StartAsync(provider);

        using var response = await bot.PostAsync(bot.Message(NotAllowedQuestion));

        var reply = Assert.Single(await bot.Connector.WaitForMessagesAsync(1));
        var text = PolicyAnswerCardTests.Unescape(reply.CardText);
        Assert.Contains("Not allowed", text, StringComparison.Ordinal);
        Assert.Contains(NotAllowedQuestion, text, StringComparison.Ordinal);
        Assert.Contains("Procedure 1", text, StringComparison.Ordinal);
        Assert.Contains(Policy["1"].Text, text, StringComparison.Ordinal);
        Assert.Equal("Attention", reply.Card!["body"]![0]!["color"]!.GetValue<string>());
        Assert.StartsWith("No, please don't.", reply.Activity!.Summary, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_depends_answer_asks_and_the_pressed_option_replaces_it_with_the_final_verdict(string provider)
    {
        await using var bot = await BotTestHost.StartAsync(provider);
        using var asked = await bot.PostAsync(bot.Message(DependsQuestion));
        var question = Assert.Single(await bot.Connector.WaitForMessagesAsync(1));
        Assert.Contains("It depends", question.CardText, StringComparison.Ordinal);
        var yes = FollowUpOptionIds(question.Card!)[0];

        var final = await bot.InvokeAsync(bot.Execute(PolicyVerbs.FollowUp, new JsonObject { ["optionId"] = yes }, cardActivityId: question.Id));

        Assert.Equal(200, final["statusCode"]!.GetValue<int>());
        Assert.Equal("application/vnd.microsoft.card.adaptive", final["type"]!.GetValue<string>());
        var texts = PolicyAnswerCardTests.TextBlocks(final["value"]!);
        Assert.Equal("Not allowed", texts[0]);
        Assert.Contains(texts, t => PolicyAnswerCardTests.Unescape(t) == Policy["7"].Text || Policy["7"].Text.Contains(PolicyAnswerCardTests.Unescape(t), StringComparison.Ordinal) && t.Length > 40);
        Assert.DoesNotContain("Barry Island", final.ToJsonString(), StringComparison.Ordinal);

        // Answered: the same button again finds nothing open.
        var again = await bot.InvokeAsync(bot.Execute(PolicyVerbs.FollowUp, new JsonObject { ["optionId"] = yes }));
        Assert.Equal(MessageType, again["type"]!.GetValue<string>());
        Assert.Equal(PolicyCards.ExpiredMessage, again["value"]!.GetValue<string>());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_typed_no_on_the_next_turn_answers_the_open_follow_up(string provider)
    {
        await using var bot = await BotTestHost.StartAsync(provider);
        using var asked = await bot.PostAsync(bot.Message(DependsQuestion));
        var question = Assert.Single(await bot.Connector.WaitForMessagesAsync(1));
        var noLabel = PolicyAnswerCardTests.Actions(question.Card!).Where(a => a["verb"]?.GetValue<string>() == PolicyVerbs.FollowUp).ElementAt(1)["title"]!.GetValue<string>();

        using var replied = await bot.PostAsync(bot.Message("no"));

        var final = (await bot.Connector.WaitForMessagesAsync(2))[1];
        var text = PolicyAnswerCardTests.Unescape(final.CardText);
        Assert.DoesNotContain("It depends", text, StringComparison.Ordinal);
        Assert.Contains(noLabel, final.Card!.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("Allowed, with care", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Not covered by the policy", text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_follow_up_pressed_after_it_expired_asks_the_user_to_ask_again(string provider)
    {
        await using var bot = await BotTestHost.StartAsync(provider, new Dictionary<string, string?> { ["PolicyAnswers:FollowUpMinutes"] = "30" });
        using var asked = await bot.PostAsync(bot.Message(DependsQuestion));
        var question = Assert.Single(await bot.Connector.WaitForMessagesAsync(1));
        var option = FollowUpOptionIds(question.Card!)[0];

        bot.Time.Advance(TimeSpan.FromMinutes(31));
        var expired = await bot.InvokeAsync(bot.Execute(PolicyVerbs.FollowUp, new JsonObject { ["optionId"] = option }));

        Assert.Equal(MessageType, expired["type"]!.GetValue<string>());
        Assert.Equal("That question has expired, please ask again.", expired["value"]!.GetValue<string>());

        // Someone else's press (a forwarded card) finds no follow-up of theirs either.
        var other = await bot.InvokeAsync(bot.Execute(PolicyVerbs.FollowUp, new JsonObject { ["optionId"] = option }, userAadId: Staff.Megan));
        Assert.Equal(PolicyCards.ExpiredMessage, other["value"]!.GetValue<string>());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Feedback_only_counts_per_verdict_and_no_question_text_is_stored(string provider)
    {
        await using var bot = await BotTestHost.StartAsync(provider);
        using var asked = await bot.PostAsync(bot.Message(DependsQuestion));
        await bot.Connector.WaitForMessagesAsync(1);

        var thanks = await bot.InvokeAsync(bot.Execute(PolicyVerbs.Feedback, new JsonObject { ["verdict"] = "depends", ["helpful"] = true }));
        await bot.InvokeAsync(bot.Execute(PolicyVerbs.Feedback, new JsonObject { ["verdict"] = "depends", ["helpful"] = true }));
        await bot.InvokeAsync(bot.Execute(PolicyVerbs.Feedback, new JsonObject { ["verdict"] = "depends", ["helpful"] = false }));
        var bad = await bot.InvokeAsync(bot.Execute(PolicyVerbs.Feedback, new JsonObject { ["verdict"] = "<script>", ["helpful"] = true }));

        Assert.Contains("Thank you for your feedback", thanks["value"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(400, bad["statusCode"]!.GetValue<int>());
        await using (var scope = bot.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<BotDbContext>();
            var count = Assert.Single(await db.Set<AnswerFeedbackCount>().ToListAsync());
            Assert.Equal(("depends", 2L, 1L), (count.Verdict, count.Helpful, count.NotHelpful));
            // The open follow-up is facts only.
            var pending = Assert.Single(await db.Set<PendingFollowUpRecord>().ToListAsync());
            Assert.DoesNotContain("Barry", pending.State, StringComparison.OrdinalIgnoreCase);
        }

        if (bot.Database.SqliteFile is { } file)
        {
            AssertNotInDatabaseFiles(file, DependsQuestion, "Barry Island");
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_question_passed_on_with_consent_reaches_the_head_teacher_whose_reply_reaches_the_asker_and_the_text_is_deleted(string provider)
    {
        var log = new RecordingLoggerProvider();
        await using var bot = await BotTestHost.StartAsync(provider, HeadTeacherSettings, services => services.AddSingleton<ILoggerProvider>(log));
        using (await bot.PostAsync(bot.Message("help", Staff.HeadTeacher)))
        {
        }

        using (await bot.PostAsync(bot.Message(OutOfScopeQuestion)))
        {
        }

        var answer = (await bot.Connector.WaitForMessagesAsync(2))[1];
        var ask = PolicyAnswerCardTests.Actions(answer.Card!).Single(a => a["verb"]?.GetValue<string>() == PolicyVerbs.AskHeadTeacher);

        var consent = await bot.InvokeAsync(bot.Execute(PolicyVerbs.AskHeadTeacher, (JsonObject)ask["data"]!.DeepClone()));
        var consentText = PolicyAnswerCardTests.Unescape(string.Join("\n", PolicyAnswerCardTests.TextBlocks(consent["value"]!)));
        Assert.Contains("Your question will be sent privately to the head teacher, who will reply here. Only the head teacher can read it.", consentText, StringComparison.Ordinal);
        Assert.Contains("deleted once answered", consentText, StringComparison.Ordinal);
        Assert.Contains(OutOfScopeQuestion, consentText, StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync<PassedOnQuestion>(bot));

        var send = PolicyAnswerCardTests.Actions(consent["value"]!).Single(a => a["verb"]?.GetValue<string>() == PolicyVerbs.SendToHeadTeacher);
        var sent = await bot.InvokeAsync(bot.Execute(PolicyVerbs.SendToHeadTeacher, (JsonObject)send["data"]!.DeepClone()));

        Assert.Contains("Sent to the head teacher", sent["value"]!.ToJsonString(), StringComparison.Ordinal);
        var forHead = (await bot.Connector.WaitForMessagesAsync(3))[2];
        Assert.Equal($"/v3/conversations/a:personal-{Staff.HeadTeacher}/activities", Uri.UnescapeDataString(forHead.Path));
        Assert.Contains(OutOfScopeQuestion, PolicyAnswerCardTests.Unescape(forHead.CardText), StringComparison.Ordinal);
        Assert.Contains("Alex Wilber", forHead.Card!.ToJsonString(), StringComparison.Ordinal);
        if (bot.Database.SqliteFile is { } file)
        {
            AssertNotInDatabaseFiles(file, OutOfScopeQuestion, "sister's wedding");
        }

        var replyButton = PolicyAnswerCardTests.Actions(forHead.Card!).Single(a => a["verb"]?.GetValue<string>() == PolicyVerbs.Reply);
        var replyData = (JsonObject)replyButton["data"]!.DeepClone();
        replyData["reply"] = "Yes, of course. Enjoy the wedding!";
        var replied = await bot.InvokeAsync(bot.Execute(PolicyVerbs.Reply, (JsonObject)replyData.DeepClone(), userAadId: Staff.HeadTeacher));

        Assert.Contains("Reply sent", replied["value"]!.ToJsonString(), StringComparison.Ordinal);
        var toAsker = (await bot.Connector.WaitForMessagesAsync(4))[3];
        Assert.Equal($"/v3/conversations/a:personal-{Staff.Alex}/activities", Uri.UnescapeDataString(toAsker.Path));
        Assert.Contains("The head teacher replied to your question:", toAsker.CardText, StringComparison.Ordinal);
        Assert.Contains("Yes, of course. Enjoy the wedding!", toAsker.CardText, StringComparison.Ordinal);
        await using (var scope = bot.Services.CreateAsyncScope())
        {
            var row = Assert.Single(await scope.ServiceProvider.GetRequiredService<BotDbContext>().Set<PassedOnQuestion>().ToListAsync());
            Assert.NotNull(row.AnsweredAt);
            Assert.Equal(Staff.HeadTeacher, row.AnsweredByAadObjectId);
            Assert.Null(row.ProtectedQuestion);
            Assert.Null(row.ProtectedAskerName);
        }

        // The logs say what happened, by id, never what was asked or replied.
        Assert.Contains(log.Lines, l => l.Contains("passed on to the head teacher", StringComparison.Ordinal));
        Assert.DoesNotContain(log.Lines, l => l.Contains("wedding", StringComparison.OrdinalIgnoreCase) || l.Contains("Alex", StringComparison.Ordinal));

        // A second press (another head teacher, or the same card again) changes nothing.
        var twice = await bot.InvokeAsync(bot.Execute(PolicyVerbs.Reply, replyData, userAadId: Staff.HeadTeacher));
        Assert.Contains("already been answered", twice["value"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(4, bot.Connector.Messages.Count);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_reply_pressed_by_someone_who_is_not_the_head_teacher_is_rejected_and_changes_nothing(string provider)
    {
        await using var bot = await BotTestHost.StartAsync(provider, HeadTeacherSettings);
        var sent = await bot.InvokeAsync(bot.Execute(PolicyVerbs.SendToHeadTeacher, new JsonObject { ["question"] = OutOfScopeQuestion }));
        Assert.Contains("waiting for the head teacher", sent["value"]!.ToJsonString(), StringComparison.Ordinal);
        Guid id;
        await using (var scope = bot.Services.CreateAsyncScope())
        {
            id = (await scope.ServiceProvider.GetRequiredService<BotDbContext>().Set<PassedOnQuestion>().SingleAsync()).Id;
        }

        var forwarded = new JsonObject { ["questionId"] = id.ToString("N"), ["reply"] = "Sure, no problem." };
        var rejected = await bot.InvokeAsync(bot.Execute(PolicyVerbs.Reply, forwarded, userAadId: Staff.Megan));

        Assert.Equal(400, rejected["statusCode"]!.GetValue<int>());
        Assert.Contains("Only the head teacher", rejected["value"]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Empty(bot.Connector.Messages);
        await using (var scope = bot.Services.CreateAsyncScope())
        {
            var row = await scope.ServiceProvider.GetRequiredService<BotDbContext>().Set<PassedOnQuestion>().SingleAsync();
            Assert.Null(row.AnsweredAt);
            Assert.NotNull(row.ProtectedQuestion);
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_question_sent_before_the_head_teacher_has_a_chat_waits_and_is_shown_when_they_type_questions(string provider)
    {
        await using var bot = await BotTestHost.StartAsync(provider, HeadTeacherSettings);
        await bot.InvokeAsync(bot.Execute(PolicyVerbs.SendToHeadTeacher, new JsonObject { ["question"] = OutOfScopeQuestion }));
        Assert.Empty(bot.Connector.Messages);

        using (await bot.PostAsync(bot.Message("questions", Staff.HeadTeacher)))
        {
        }

        var waiting = Assert.Single(await bot.Connector.WaitForMessagesAsync(1));
        Assert.Contains(OutOfScopeQuestion, PolicyAnswerCardTests.Unescape(waiting.CardText), StringComparison.Ordinal);

        // For anyone else "questions" is not a command: no one else sees the waiting questions.
        using (await bot.PostAsync(bot.Message("questions", Staff.Megan)))
        {
        }

        var answered = (await bot.Connector.WaitForMessagesAsync(2))[1];
        Assert.DoesNotContain(OutOfScopeQuestion, PolicyAnswerCardTests.Unescape(answered.CardText), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task In_a_channel_an_at_mention_is_answered_in_the_thread(string provider)
    {
        await using var bot = await BotTestHost.StartAsync(provider);
        var post = bot.ChannelMention(NotAllowedQuestion);

        using var response = await bot.PostAsync(post);

        var reply = Assert.Single(await bot.Connector.WaitForMessagesAsync(1));
        Assert.EndsWith($"/activities/{post.Id}", reply.Path, StringComparison.Ordinal);
        var text = PolicyAnswerCardTests.Unescape(reply.CardText);
        Assert.Contains("Not allowed", text, StringComparison.Ordinal);
        // Issue 13.7: in a channel the question is never repeated in front of colleagues.
        Assert.DoesNotContain(NotAllowedQuestion, text, StringComparison.Ordinal);
        Assert.DoesNotContain("Cadoxton Policy Bot", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Markdown_in_a_question_is_echoed_literally()
    {
        await using var bot = await BotTestHost.StartAsync();

        using var response = await bot.PostAsync(bot.Message("Can I post **bold** [link](http://x) <at>x</at> on Facebook?"));

        var reply = Assert.Single(await bot.Connector.WaitForMessagesAsync(1));
        Assert.Contains(@"\*\*bold\*\* \[link\](http://x)", reply.CardText, StringComparison.Ordinal);
        Assert.DoesNotContain("**bold**", reply.CardText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("show the policy")]
    [InlineData("clause 7")]
    [InlineData("section 4")]
    public async Task Asking_to_see_the_policy_shows_the_sections_in_their_own_words(string request)
    {
        await using var bot = await BotTestHost.StartAsync();

        using var response = await bot.PostAsync(bot.Message(request));

        var reply = Assert.Single(await bot.Connector.WaitForMessagesAsync(1));
        var text = PolicyAnswerCardTests.Unescape(reply.CardText);
        Assert.Contains("What the policy says", text, StringComparison.Ordinal);
        var sections = request == "show the policy" ? Policy.Sections.Select(s => s.Id) : [request[^1..]];
        Assert.All(sections, id => Assert.Contains(Policy[id].Text, text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Read_the_full_policy_replaces_the_card_with_every_section()
    {
        await using var bot = await BotTestHost.StartAsync();

        var full = await bot.InvokeAsync(bot.Execute(PolicyVerbs.Read));

        var text = PolicyAnswerCardTests.Unescape(string.Join("\n", PolicyAnswerCardTests.TextBlocks(full["value"]!)));
        Assert.All(Policy.Sections, s => Assert.Contains(s.Text, text, StringComparison.Ordinal));
    }

    private static List<string> FollowUpOptionIds(JsonNode card) =>
        [.. PolicyAnswerCardTests.Actions(card).Where(a => a["verb"]?.GetValue<string>() == PolicyVerbs.FollowUp).Select(a => a["data"]!["optionId"]!.GetValue<string>())];

    private static async Task<int> CountAsync<T>(BotTestHost bot) where T : class
    {
        await using var scope = bot.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<BotDbContext>().Set<T>().CountAsync();
    }

    private static void AssertNotInDatabaseFiles(string sqliteFile, params string[] fragments)
    {
        foreach (var path in new[] { sqliteFile, sqliteFile + "-wal", sqliteFile + "-journal" }.Where(File.Exists))
        {
            byte[] bytes;
            using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete))
            using (var buffer = new MemoryStream())
            {
                stream.CopyTo(buffer);
                bytes = buffer.ToArray();
            }

            foreach (var fragment in fragments)
            {
                Assert.True(bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(fragment)) < 0, $"\"{fragment}\" was found in {Path.GetFileName(path)}.");
                Assert.True(bytes.AsSpan().IndexOf(Encoding.Unicode.GetBytes(fragment)) < 0, $"\"{fragment}\" (UTF-16) was found in {Path.GetFileName(path)}.");
            }
        }
    }
}
